// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "store/SqliteConnection.h"
#include "store/SqliteTransaction.h"
#include "store/StoreError.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace kai::store;

class TestSqliteLayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { kai::test::enterTestMode(); }

    void openingAMissingPathDoesNotCreateIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        QVERIFY_THROWS_EXCEPTION(StoreError, SqliteConnection::open(path, SqliteConnection::OpenMode::ReadWrite));
        QVERIFY_THROWS_EXCEPTION(StoreError, SqliteConnection::open(path, SqliteConnection::OpenMode::ReadOnly));
        QVERIFY(!QFileInfo::exists(path));
    }

    void boundParametersRoundTripKoreanText()
    {
        SqliteConnection db = SqliteConnection::open(QStringLiteral(":memory:"), SqliteConnection::OpenMode::Create);
        db.execute(QStringLiteral("CREATE TABLE t (name TEXT, n INTEGER, x REAL, missing TEXT)"));
        // A quote in the value would break assembled SQL; bound, it is just text.
        const QString name = QStringLiteral("업스테이지 컨소시엄 'Upstage'; DROP TABLE t;--");
        db.prepare(QStringLiteral("INSERT INTO t VALUES (?1, ?2, ?3, ?4)"))
            .bind(1, name)
            .bind(2, qint64(1) << 40)
            .bind(3, 95.5)
            .bindNull(4)
            .run();
        SqliteStatement query = db.prepare(QStringLiteral("SELECT name, n, x, missing FROM t"));
        QVERIFY(query.step());
        QCOMPARE(query.columnText(0), name);
        QCOMPARE(query.columnInt(1), qint64(1) << 40);
        QCOMPARE(query.columnDouble(2), 95.5);
        QVERIFY(query.isNull(3));
        QVERIFY(!query.columnOptionalDouble(3).has_value());
        QVERIFY(!query.step());
    }

    void connectionSettingsEnableForeignKeys()
    {
        SqliteConnection db = SqliteConnection::open(QStringLiteral(":memory:"), SqliteConnection::OpenMode::Create);
        db.applyConnectionSettings();
        QCOMPARE(db.queryInt(QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(db.queryInt(QStringLiteral("PRAGMA synchronous")), 2);  // FULL
        db.execute(QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY); "
                                  "CREATE TABLE c (p INTEGER REFERENCES p(id))"));
        QVERIFY_THROWS_EXCEPTION(StoreError, db.execute(QStringLiteral("INSERT INTO c VALUES (42)")));
    }

    void connectionSettingsRefuseToRunInsideATransaction()
    {
        SqliteConnection db = SqliteConnection::open(QStringLiteral(":memory:"), SqliteConnection::OpenMode::Create);
        SqliteTransaction transaction(db);
        QVERIFY_THROWS_EXCEPTION(StoreError, db.applyConnectionSettings());
    }

    void transactionRollsBackUnlessCommitted()
    {
        SqliteConnection db = SqliteConnection::open(QStringLiteral(":memory:"), SqliteConnection::OpenMode::Create);
        db.execute(QStringLiteral("CREATE TABLE t (n INTEGER)"));
        {
            SqliteTransaction transaction(db);
            db.execute(QStringLiteral("INSERT INTO t VALUES (1)"));
        }
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM t")), 0);
        QVERIFY(!db.inTransaction());
        {
            SqliteTransaction transaction(db);
            db.execute(QStringLiteral("INSERT INTO t VALUES (1)"));
            transaction.commit();
        }
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM t")), 1);
    }

    void progressHandlerCancelsALongQuery()
    {
        SqliteConnection db = SqliteConnection::open(QStringLiteral(":memory:"), SqliteConnection::OpenMode::Create);
        int calls = 0;
        db.setProgressHandler(1000, [&calls] { return ++calls < 5; });
        try {
            db.queryInt(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                                       "SELECT count(*) FROM n"));
            QFAIL("the query should have been interrupted");
        } catch (const StoreError &error) {
            QVERIFY(error.isInterrupted());
        }
        QCOMPARE(calls, 5);
    }

    void backupCopiesTheDatabase()
    {
        QTemporaryDir dir;
        SqliteConnection db = SqliteConnection::open(dir.filePath(QStringLiteral("a.sqlite")),
                                                     SqliteConnection::OpenMode::Create);
        db.execute(QStringLiteral("CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (7)"));
        const QString copy = dir.filePath(QStringLiteral("b.sqlite"));
        db.backupTo(copy);
        SqliteConnection restored = SqliteConnection::open(copy, SqliteConnection::OpenMode::ReadOnly);
        QCOMPARE(restored.queryInt(QStringLiteral("SELECT n FROM t")), 7);
        QVERIFY(restored.isReadOnly());
    }

    void errorsCarryTheSqliteMessage()
    {
        SqliteConnection db = SqliteConnection::open(QStringLiteral(":memory:"), SqliteConnection::OpenMode::Create);
        try {
            db.prepare(QStringLiteral("SELECT * FROM no_such_table"));
            QFAIL("prepare should fail");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QLatin1String("no_such_table")), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSqliteLayer)
#include "tst_sqlite_layer.moc"
