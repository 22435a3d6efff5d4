// SPDX-License-Identifier: GPL-3.0-or-later
// How database files are opened and refused (issue 13, files and paths): a healthy database in a
// read-only folder opens read-only, a refused file gets no side files, a missing path says why,
// and an upgrade retried again and again keeps only the newest backups.
#include "TestFolders.h"
#include "TestSupport.h"
#include "files/MissingPathExplainer.h"
#include "files/NativeFileName.h"
#include "store/Database.h"
#include "store/MigrationRunner.h"
#include "store/SqliteConnection.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace kai::store;
using kai::files::MissingPathExplainer;

namespace {
QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// A write-ahead-log SQLite file, made by SQLite itself and then closed (no -wal left behind).
QString createWalDatabase(const QString &path, const QString &sql)
{
    SqliteConnection db = SqliteConnection::open(path, SqliteConnection::OpenMode::Create);
    db.execute(QStringLiteral("PRAGMA journal_mode = WAL"));
    db.execute(sql);
    return path;
}

QString createVersionOneDatabase(const QString &path)
{
    SqliteConnection db = SqliteConnection::open(path, SqliteConnection::OpenMode::Create);
    db.applyConnectionSettings();
    MigrationRunner::migrate(db, 1);
    db.execute(QStringLiteral("PRAGMA journal_mode = WAL"));
    return path;
}
} // namespace

class TestDatabaseFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { kai::test::enterTestMode(); }

    // Item 11: inspecting a WAL-mode file used to create an empty -wal and a 32 KB -shm beside it.
    void refusedFilesGetNoSideFiles_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("another application's") << QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
                                               << QStringLiteral("another application");
        QTest::newRow("written by a newer version")
            << QStringLiteral("CREATE TABLE t (x); PRAGMA application_id = 1262569796; PRAGMA user_version = 99;")
            << QStringLiteral("newer");
    }

    void refusedFilesGetNoSideFiles()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = createWalDatabase(dir.filePath(QStringLiteral("file.sqlite")), sql);
        const QStringList before = listing(dir.path());
        const QByteArray hash = kai::test::fileHash(path);
        const Database::OpenResult opened = Database::open(path, {});
        QVERIFY(!opened);
        QVERIFY2(opened.error.contains(expected), qPrintable(opened.error));
        QCOMPARE(listing(dir.path()), before);
        QCOMPARE(kai::test::fileHash(path), hash);
    }

    void aDamagedDatabaseGetsNoSideFiles()
    {
        QTemporaryDir dir;
        kai::test::SampleDatabase sample;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(QFile::copy(sample.path(), path));
        {
            // Overwrite the schema page's b-tree (page 1 after the 100-byte header).
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(100);
            file.write(QByteArray(3000, '\xA5'));
        }
        const QStringList before = listing(dir.path());
        const Database::OpenResult opened = Database::open(path, {});
        QVERIFY(!opened);
        QVERIFY2(opened.error.contains(QLatin1String("damaged")), qPrintable(opened.error));
        QCOMPARE(listing(dir.path()), before);
    }

    // Item 10: it used to say "damaged … attempt to write a readonly database".
    void aHealthyDatabaseInAReadOnlyFolderOpensReadOnly()
    {
        kai::test::SampleDatabase sample;
        kai::test::ReadOnlyFolder folder({sample.path()});
        if (!folder.skipReason().isEmpty())
            QSKIP(qPrintable(folder.skipReason()));
        const QString path = folder.filePath(QStringLiteral("sample.sqlite"));
        const QStringList before = listing(folder.path());
        {
            Database::OpenResult opened = Database::open(path, {});
            QVERIFY2(opened, qPrintable(opened.error));
            QVERIFY(opened.fellBackToReadOnly);
            QVERIFY(opened.database->isReadOnly());
            QVERIFY2(opened.notes.join(QLatin1Char(' ')).contains(QLatin1String("opened read-only")),
                     qPrintable(opened.notes.join(QLatin1Char(' '))));
            QVERIFY(opened.database->connection().queryInt(QStringLiteral("SELECT count(*) FROM consortium")) > 0);
            // A second reader at the same time, as exports do.
            Database::OpenOptions readOnly;
            readOnly.readOnly = true;
            QVERIFY(Database::open(path, readOnly));
        }
        QCOMPARE(listing(folder.path()), before);
    }

    void unmergedChangesInAReadOnlyFolderAreExplained()
    {
        QTemporaryDir source;
        const QString path = source.filePath(QStringLiteral("busy.sqlite"));
        QVERIFY(QFile::copy(kai::test::SampleDatabase().path(), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        // A -wal with a committed change, as a crashed writer leaves it (no checkpoint at close).
        SqliteConnection writer = SqliteConnection::open(path, SqliteConnection::OpenMode::ReadWrite);
        writer.execute(QStringLiteral("PRAGMA wal_autocheckpoint = 0; UPDATE program SET name_en = name_en || ' (changed)'"));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        QFile::copy(path + QStringLiteral("-wal"), source.filePath(QStringLiteral("copy-wal")));
        writer.close();
        // The close merged the -wal; put the unmerged one back beside a copy of the old file.
        QTemporaryDir staged;
        QVERIFY(QFile::copy(kai::test::SampleDatabase().path(), staged.filePath(QStringLiteral("busy.sqlite"))));
        QVERIFY(QFile::copy(source.filePath(QStringLiteral("copy-wal")), staged.filePath(QStringLiteral("busy.sqlite-wal"))));
        kai::test::ReadOnlyFolder folder({staged.filePath(QStringLiteral("busy.sqlite")),
                                          staged.filePath(QStringLiteral("busy.sqlite-wal"))});
        if (!folder.skipReason().isEmpty())
            QSKIP(qPrintable(folder.skipReason()));
        const Database::OpenResult opened = Database::open(folder.filePath(QStringLiteral("busy.sqlite")), {});
        QVERIFY(!opened);
        QVERIFY2(opened.error.contains(QLatin1String("not yet merged")), qPrintable(opened.error));
        QVERIFY(!opened.error.contains(QLatin1String("damaged")));
    }

    // Item 13: a symbolic link loop is not "does not exist".
    void aMissingPathSaysWhy()
    {
        QTemporaryDir dir;
        const QString loop = dir.filePath(QStringLiteral("loop.sqlite"));
        if (!QFile::link(dir.filePath(QStringLiteral("loop2.sqlite")), loop))
            QSKIP("this file system cannot make symbolic links");
        QVERIFY(QFile::link(loop, dir.filePath(QStringLiteral("loop2.sqlite"))));
        QCOMPARE(MissingPathExplainer::classify(loop), MissingPathExplainer::Kind::LinkLoop);
        Database::OpenResult opened = Database::open(loop, {});
        QVERIFY2(opened.error.contains(QLatin1String("loop")) && !opened.error.contains(QLatin1String("does not exist")),
                 qPrintable(opened.error));

        const QString dangling = dir.filePath(QStringLiteral("dangling.sqlite"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone.sqlite")), dangling));
        opened = Database::open(dangling, {});
        QVERIFY2(opened.error.contains(QLatin1String("symbolic link to")) && opened.error.contains(QLatin1String("gone.sqlite")),
                 qPrintable(opened.error));

        QCOMPARE(MissingPathExplainer::classify(dir.filePath(QStringLiteral("caf\uFFFD.sqlite"))),
                 MissingPathExplainer::Kind::UndecodableName);
        QVERIFY(Database::open(dir.filePath(QStringLiteral("none.sqlite")), {}).error.contains(QLatin1String("does not exist")));
    }

    // Item 13: an older, writable database is not "needs write access" to a caller that can upgrade.
    void anOlderWritableDatabaseOffersTheUpgrade()
    {
        QTemporaryDir dir;
        const QString path = createVersionOneDatabase(dir.filePath(QStringLiteral("old.sqlite")));
        Database::OpenOptions check;
        check.readOnly = true;
        check.migrate = false;
        const QByteArray before = kai::test::fileHash(path);
        const Database::OpenResult opened = Database::open(path, check);
        QVERIFY(!opened);
        QVERIFY(opened.upgradeAvailable);
        QCOMPARE(kai::test::fileHash(path), before);
    }

    // Item 13: every retried upgrade used to leave one more full-size backup.
    void aRetriedUpgradeKeepsOnlyTheNewestBackups()
    {
        QTemporaryDir dir;
        const QString path = createVersionOneDatabase(dir.filePath(QStringLiteral("stuck.sqlite")));
        {
            // Version 2 creates this table: with it already there, the upgrade fails every time.
            SqliteConnection db = SqliteConnection::open(path, SqliteConnection::OpenMode::ReadWrite);
            db.execute(QStringLiteral("CREATE TABLE gpu_usage_daily (x)"));
        }
        for (int attempt = 0; attempt < MigrationRunner::KeptBackups + 3; ++attempt) {
            const Database::OpenResult opened = Database::open(path, {});
            QVERIFY(!opened);
            QVERIFY2(opened.error.contains(QLatin1String("a copy from before the upgrade is at")), qPrintable(opened.error));
            QVERIFY2(opened.error.contains(QLatin1String("stuck.sqlite.v1-backup-")), qPrintable(opened.error));
        }
        const QStringList backups = MigrationRunner::backupsOf(path, 1);
        QCOMPARE(backups.size(), MigrationRunner::KeptBackups);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*-backup-*")}, QDir::Files).size(), MigrationRunner::KeptBackups);
        for (const QString &backup : backups)
            QVERIFY(QFileInfo(backup).size() > 0);
    }

    // Item 12: names whose bytes are not UTF-8 are recognised from the raw bytes.
    void nativeFileNamesThatAreNotUtf8AreRecognised()
    {
        using kai::files::NativeFileName;
        QVERIFY(NativeFileName::isRepresentable("/tmp/\xed\x95\x9c\xea\xb8\x80.sqlite"));  // 한글
        QVERIFY(NativeFileName::isRepresentable("plain.sqlite"));
#ifndef Q_OS_WIN
        QVERIFY(!NativeFileName::isRepresentable("caf\xe9.sqlite"));          // Latin-1
        QVERIFY(!NativeFileName::isRepresentable("\xc7\xd1\xb1\xdb.csv"));    // 한글 in CP949
        QVERIFY(!NativeFileName::isRepresentable("\xed\xa0\x80"));           // a surrogate
        QVERIFY(!NativeFileName::isRepresentable("\xc0\xaf"));               // an overlong '/'
        QVERIFY(!NativeFileName::isRepresentable("\xe2\x82"));               // cut short
#endif
        QCOMPARE(NativeFileName::escaped("caf\xe9 \xed\x95\x9c.sqlite"), QStringLiteral("caf\\xE9 한.sqlite"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseFiles)
#include "tst_database_files.moc"
