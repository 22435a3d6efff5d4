// SPDX-License-Identifier: GPL-3.0-or-later
// The cached per-table checksums behind DatabaseFingerprint: they must give exactly the checksum a
// full scan gives. A write by any program (here a bare SQLite connection, as the sqlite3 shell
// would make) is journaled by the tables' triggers and keeps the entry exact without a scan; what
// cannot be journaled (ALTER TABLE, a dropped trigger, an INSERT that may replace rows) must stop
// a table's entry from being trusted.
#include "TestSupport.h"
#include "import/GpuUsageImporter.h"
#include "store/ContentChecksumCache.h"
#include "store/DatabaseFingerprint.h"
#include "store/Database.h"
#include "store/SqliteConnection.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using kai::store::ContentChecksumCache;
using kai::store::DatabaseFingerprint;
using kai::store::SqliteConnection;

namespace {
// The checksum with every entry ignored: what the fingerprint was before it had a cache.
QByteArray scannedFingerprint(const QString &path)
{
    SqliteConnection scratch = SqliteConnection::open(path, SqliteConnection::OpenMode::ReadWrite);
    scratch.execute(QStringLiteral("BEGIN"));
    scratch.execute(QStringLiteral("DELETE FROM content_checksum"));
    const QByteArray checksum = DatabaseFingerprint(scratch).sha256();
    scratch.execute(QStringLiteral("ROLLBACK"));
    return checksum;
}

SqliteConnection otherProgram(const QString &path)
{
    return SqliteConnection::open(path, SqliteConnection::OpenMode::ReadWrite);
}
} // namespace

class TestContentChecksumCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { kai::test::enterTestMode(); }

    void sampleDatabaseHasEveryEntry()
    {
        kai::test::SampleDatabase sample;
        auto db = sample.open(true);
        const QStringList tables = ContentChecksumCache::contentTables(db->connection());
        QVERIFY(tables.contains(QStringLiteral("gpu_usage")));
        QVERIFY(!tables.contains(ContentChecksumCache::tableName()));
        const auto trusted = ContentChecksumCache::trusted(db->connection());
        for (const QString &table : tables)
            QVERIFY2(trusted.contains(table), qPrintable(table));
        for (const QString &table : tables)
            QCOMPARE(trusted.value(table), ContentChecksumCache::scan(db->connection(), table));
        QCOMPARE(DatabaseFingerprint(db->connection()).sha256(), scannedFingerprint(sample.path()));
    }

    void writeByAnotherProgramIsJournaled_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("table");
        QTest::newRow("update") << "UPDATE consortium SET name_en = name_en || '.' WHERE id = 1" << "consortium";
        QTest::newRow("insert") << "INSERT INTO gpu_node (name) VALUES ('added-by-hand')" << "gpu_node";
        QTest::newRow("delete") << "DELETE FROM gpu_usage WHERE period_start = (SELECT min(period_start) FROM gpu_usage)"
                                << "gpu_usage";
        QTest::newRow("delete all") << "DELETE FROM gpu_usage_daily" << "gpu_usage_daily";
    }

    // Trusted without a scan, equal to a scan, and different from before.
    void writeByAnotherProgramIsJournaled()
    {
        QFETCH(QString, sql);
        QFETCH(QString, table);
        kai::test::SampleDatabase sample;
        const QByteArray before = scannedFingerprint(sample.path());
        {
            SqliteConnection other = otherProgram(sample.path());
            other.execute(QStringLiteral("PRAGMA foreign_keys = OFF"));
            other.execute(sql);
        }
        auto db = sample.open(true);
        const auto trusted = ContentChecksumCache::trusted(db->connection());
        QVERIFY(trusted.contains(table));
        QCOMPARE(trusted.value(table), ContentChecksumCache::scan(db->connection(), table));
        const QByteArray after = DatabaseFingerprint(db->connection()).sha256();
        QCOMPARE(after, scannedFingerprint(sample.path()));
        QVERIFY(after != before);
    }

    void writeByAnotherProgramInvalidatesItsTable_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("table");
        // source has a generated column: its guards drop the entry instead of journaling.
        QTest::newRow("not journaled") << "UPDATE source SET title = title || '.' WHERE id = 1" << "source";
        QTest::newRow("replace") << "INSERT OR REPLACE INTO gpu_node (id, name) SELECT id, name || '-renamed' FROM gpu_node LIMIT 1"
                                 << "gpu_node";
        // An insert colliding with a stored key, whatever its conflict clause.
        QTest::newRow("upsert") << "INSERT INTO gpu_model (id, code, name, h100_equivalent, source_id) "
                                   "SELECT id, code, name || ' (2)', h100_equivalent, source_id FROM gpu_model LIMIT 1 "
                                   "ON CONFLICT (id) DO UPDATE SET name = excluded.name"
                                << "gpu_model";
        QTest::newRow("alter") << "ALTER TABLE gpu_node ADD COLUMN note TEXT" << "gpu_node";
        QTest::newRow("trigger dropped") << "DROP TRIGGER \"content_checksum consortium update\"" << "consortium";
    }

    void writeByAnotherProgramInvalidatesItsTable()
    {
        QFETCH(QString, sql);
        QFETCH(QString, table);
        kai::test::SampleDatabase sample;
        const QByteArray before = scannedFingerprint(sample.path());
        {
            SqliteConnection other = otherProgram(sample.path());
            other.execute(QStringLiteral("PRAGMA foreign_keys = OFF"));
            other.execute(sql);
        }
        auto db = sample.open(true);
        const auto trusted = ContentChecksumCache::trusted(db->connection());
        QVERIFY(!trusted.contains(table));
        QCOMPARE(trusted.size(), ContentChecksumCache::contentTables(db->connection()).size() - 1);
        const QByteArray after = DatabaseFingerprint(db->connection()).sha256();
        QCOMPARE(after, scannedFingerprint(sample.path()));
        if (!sql.startsWith(QLatin1String("DROP TRIGGER")))
            QVERIFY(after != before);
    }

    void rewriteWithSameContentKeepsTheChecksum()
    {
        kai::test::SampleDatabase sample;
        const QByteArray before = scannedFingerprint(sample.path());
        {
            SqliteConnection other = otherProgram(sample.path());
            other.execute(QStringLiteral("UPDATE round_result SET rank = rank"));
            other.execute(QStringLiteral("VACUUM"));
        }
        auto db = sample.open(true);
        QCOMPARE(DatabaseFingerprint(db->connection()).sha256(), before);
    }

    void tableAddedLaterIsScannedUntilCovered()
    {
        kai::test::SampleDatabase sample;
        const QByteArray before = scannedFingerprint(sample.path());
        {
            SqliteConnection other = otherProgram(sample.path());
            other.execute(QStringLiteral("CREATE TABLE change_note (id INTEGER PRIMARY KEY, text TEXT)"));
            other.execute(QStringLiteral("INSERT INTO change_note (text) VALUES ('one')"));
        }
        auto db = sample.open(false);  // a writable open installs the new table's triggers
        QVERIFY(!ContentChecksumCache::trusted(db->connection()).contains(QStringLiteral("change_note")));
        const QByteArray withNote = DatabaseFingerprint(db->connection()).sha256();
        QVERIFY(withNote != before);
        ContentChecksumCache::refresh(db->connection());
        QVERIFY(ContentChecksumCache::trusted(db->connection()).contains(QStringLiteral("change_note")));
        QCOMPARE(DatabaseFingerprint(db->connection()).sha256(), withNote);
        db->connection().execute(QStringLiteral("INSERT INTO change_note (text) VALUES ('two')"));
        QVERIFY(ContentChecksumCache::trusted(db->connection()).contains(QStringLiteral("change_note")));
        QCOMPARE(DatabaseFingerprint(db->connection()).sha256(), scannedFingerprint(sample.path()));
    }

    void importKeepsEveryEntryEqualToAScan()
    {
        kai::test::SampleDatabase sample;
        const QString csv = kai::test::writeFile(
            sample.dirPath() + QStringLiteral("/usage.csv"),
            "period_start,consortium,node,gpu_model,provider,gpu_hours_used,utilization_pct\n"
            "2026-03-01T09:00,lg,lg-n001,B200,nhn-cloud,7.2,90\n"
            "2026-03-01T09:00,LG AI연구원,\"lg-n002, rack 7\",H100,,6,\n"
            "2026-03-02,Upstage,,B200,kakao-cloud,180.5,\n"
            "2026-03-02,Upstage,,B200,kakao-cloud,180.5,\n");
        auto db = sample.open(false);
        const auto result = kai::import::GpuUsageImporter(db->connection()).importFile(csv);
        QVERIFY2(result.committed(), qPrintable(result.error));
        QCOMPARE(result.inserted, 3);
        const auto trusted = ContentChecksumCache::trusted(db->connection());
        for (const QString &table : ContentChecksumCache::contentTables(db->connection())) {
            QVERIFY2(trusted.contains(table), qPrintable(table));
            QVERIFY2(trusted.value(table) == ContentChecksumCache::scan(db->connection(), table), qPrintable(table));
        }
        QCOMPARE(DatabaseFingerprint(db->connection()).sha256(), scannedFingerprint(sample.path()));
    }

    // The import drops gpu_usage's INSERT guard inside its transaction and hashes rows on its
    // parsing thread, in batches: across many batches, with nodes first seen in late batches, the
    // entry still equals a scan; a rejected import leaves the guard and the entry as they were.
    void largeImportAndRejectedImportKeepTheGuard()
    {
        kai::test::SampleDatabase sample;
        QByteArray rows = "period_start,consortium,node,gpu_model,provider,gpu_hours_used,utilization_pct\n";
        for (int hour = 0; hour < 2500; ++hour) {
            const QByteArray stamp = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc())
                                         .addSecs(hour * 3600)
                                         .toString(Qt::ISODate)
                                         .toLatin1();
            for (int node = 0; node < 4; ++node)
                rows += stamp + ",lg,lg-n" + QByteArray::number(node + hour / 1000 * 4) + ",B200,,1.5,50\n";
        }
        const QString csv = kai::test::writeFile(sample.dirPath() + QStringLiteral("/usage.csv"), rows);
        const QString bad = kai::test::writeFile(sample.dirPath() + QStringLiteral("/bad.csv"),
                                                 rows + "2026-03-01T00:00,nobody,x,B200,,1,\n");
        auto db = sample.open(false);
        const QString table = QStringLiteral("gpu_usage");
        const auto before = ContentChecksumCache::trusted(db->connection(), table);
        QVERIFY(before);

        kai::import::GpuUsageImporter strict(db->connection());
        strict.setStrict(true);
        strict.setWriteReport(false);
        QCOMPARE(strict.importFile(bad).outcome, kai::import::GpuUsageImportResult::Outcome::RejectedStrict);
        QCOMPARE(ContentChecksumCache::trusted(db->connection(), table), before);

        const auto result = kai::import::GpuUsageImporter(db->connection()).importFile(csv);
        QVERIFY2(result.committed(), qPrintable(result.error));
        QCOMPARE(result.inserted, 10000);
        const auto after = ContentChecksumCache::trusted(db->connection(), table);
        QVERIFY(after);
        QCOMPARE(*after, ContentChecksumCache::scan(db->connection(), table));
        QCOMPARE(DatabaseFingerprint(db->connection()).sha256(), scannedFingerprint(sample.path()));

        // The INSERT guards are back: an insert by another program is journaled.
        otherProgram(sample.path())
            .execute(QStringLiteral("INSERT INTO gpu_usage SELECT period_start + 1, consortium_id, node_id, gpu_model_id, "
                                    "period_end + 1, provider_id, gpu_hours, utilization_pct, source_id "
                                    "FROM gpu_usage ORDER BY period_start DESC LIMIT 1"));
        QCOMPARE(ContentChecksumCache::trusted(db->connection(), table), ContentChecksumCache::scan(db->connection(), table));
        QCOMPARE(after->rows + 1, ContentChecksumCache::trusted(db->connection(), table)->rows);
    }

    // Imports, a write by another program and an edit by the application (folded by refresh in its
    // transaction), one after another: every entry stays equal to a full scan, and the journal is
    // empty after the application's write.
    void entriesFollowImportsAndEdits()
    {
        kai::test::SampleDatabase sample;
        const QByteArray header = "period_start,consortium,node,gpu_model,provider,gpu_hours_used,utilization_pct\n";
        const QString first = kai::test::writeFile(sample.dirPath() + QStringLiteral("/first.csv"),
                                                   header + "2026-04-01T09:00,lg,lg-j1,B200,,7.2,90\n"
                                                            "2026-04-01T10:00,lg,lg-j1,B200,,7.0,\n");
        const QString second = kai::test::writeFile(sample.dirPath() + QStringLiteral("/second.csv"),
                                                    header + "2026-04-02T09:00,skt,skt-j2,H100,,3,50\n");
        auto db = sample.open(false);
        const auto importFile = [&](const QString &csv) {
            const auto result = kai::import::GpuUsageImporter(db->connection()).importFile(csv);
            QVERIFY2(result.committed(), qPrintable(result.error));
        };
        const auto expectEqualToScans = [&] {
            const auto trusted = ContentChecksumCache::trusted(db->connection());
            for (const QString &table : ContentChecksumCache::contentTables(db->connection())) {
                if (trusted.contains(table))
                    QVERIFY2(trusted.value(table) == ContentChecksumCache::scan(db->connection(), table), qPrintable(table));
            }
            QVERIFY(trusted.contains(QStringLiteral("gpu_usage")));
            QCOMPARE(DatabaseFingerprint(db->connection()).sha256(), scannedFingerprint(sample.path()));
        };
        importFile(first);
        expectEqualToScans();
        {
            SqliteConnection other = otherProgram(sample.path());
            other.execute(QStringLiteral("UPDATE gpu_usage SET gpu_hours = gpu_hours + 1 "
                                         "WHERE period_start = (SELECT max(period_start) FROM gpu_usage)"));
            other.execute(QStringLiteral("DELETE FROM gpu_usage WHERE period_start = (SELECT min(period_start) FROM gpu_usage)"));
        }
        expectEqualToScans();
        importFile(second);  // starts from the entry plus the other program's journal
        expectEqualToScans();
        db->connection().execute(QStringLiteral("BEGIN IMMEDIATE"));
        db->connection().execute(QStringLiteral("UPDATE consortium SET name_en = name_en || ' (edited)' WHERE id = 2"));
        ContentChecksumCache::refresh(db->connection());
        db->connection().execute(QStringLiteral("COMMIT"));
        expectEqualToScans();
        QCOMPARE(db->connection().queryInt(QStringLiteral("SELECT count(*) FROM content_checksum_change")), 0);
    }

    // A database guarded by the first version (any write dropped the entry) gets the journaling
    // guards at its next writable open and keeps its entries: they were exact.
    void firstVersionGuardsKeepTheirEntries()
    {
        kai::test::SampleDatabase sample;
        const QString table = QStringLiteral("gpu_node");
        {
            SqliteConnection raw = otherProgram(sample.path());
            for (const char *event : {"replace", "insert", "update", "delete"})
                raw.execute(QStringLiteral("DROP TRIGGER \"content_checksum %1 %2\"").arg(table, QLatin1String(event)));
            for (const char *event : {"insert", "update", "delete"}) {
                raw.execute(QStringLiteral("CREATE TRIGGER \"content_checksum %1 %2\" AFTER %3 ON \"%1\" BEGIN "
                                           "DELETE FROM content_checksum WHERE table_name = '%1'; END")
                                .arg(table, QLatin1String(event), QString::fromLatin1(event).toUpper()));
            }
        }
        {
            auto reader = sample.open(true);  // read-only: the first version's guards are trusted as they are
            QCOMPARE(ContentChecksumCache::trusted(reader->connection(), table),
                     ContentChecksumCache::scan(reader->connection(), table));
        }
        auto db = sample.open(false);
        const auto entry = ContentChecksumCache::trusted(db->connection(), table);
        QVERIFY(entry);
        QCOMPARE(*entry, ContentChecksumCache::scan(db->connection(), table));
        QCOMPARE(db->connection().queryInt(QStringLiteral(
                     "SELECT count(*) FROM sqlite_schema WHERE name = 'content_checksum gpu_node replace'")),
                 1);
    }

    // The journaling guards name every column, and SQLite refuses to drop a column a trigger names:
    // a migration frees the columns first, and the entries of tables it leaves alone survive it.
    void aMigrationMayDropAColumn()
    {
        kai::test::SampleDatabase sample;
        {
            SqliteConnection other = otherProgram(sample.path());
            other.execute(QStringLiteral("CREATE TABLE change_note (id INTEGER PRIMARY KEY, text TEXT, extra TEXT)"));
        }
        auto db = sample.open(false);  // installs change_note's guards
        SqliteConnection &connection = db->connection();
        connection.execute(QStringLiteral("INSERT INTO gpu_node (name) VALUES ('journaled-before-the-migration')"));
        const QString dropColumn = QStringLiteral("ALTER TABLE change_note DROP COLUMN extra");
        connection.execute(QStringLiteral("BEGIN IMMEDIATE"));
        QVERIFY_THROWS_EXCEPTION(kai::store::StoreError, connection.execute(dropColumn));
        ContentChecksumCache::freeColumnsForMigration(connection);
        connection.execute(dropColumn);
        connection.execute(QStringLiteral("COMMIT"));
        db.reset();
        db = sample.open(false);  // journals again
        const auto trusted = ContentChecksumCache::trusted(db->connection());
        QVERIFY(trusted.contains(QStringLiteral("gpu_usage")));
        QCOMPARE(trusted.value(QStringLiteral("gpu_node")), ContentChecksumCache::scan(db->connection(), QStringLiteral("gpu_node")));
        QCOMPARE(DatabaseFingerprint(db->connection()).sha256(), scannedFingerprint(sample.path()));
        db->connection().execute(QStringLiteral("INSERT INTO gpu_node (name) VALUES ('journaled-after-the-migration')"));
        QCOMPARE(ContentChecksumCache::trusted(db->connection(), QStringLiteral("gpu_node")),
                 ContentChecksumCache::scan(db->connection(), QStringLiteral("gpu_node")));
    }

    // A database whose guards must be installed opens, writable, while another program holds the
    // write lock (it failed after the busy wait before); the guards follow at the next open.
    void openWhileAnotherProgramWritesInstallsGuardsLater()
    {
        kai::test::SampleDatabase sample;
        const QString table = QStringLiteral("consortium");
        {
            SqliteConnection raw = otherProgram(sample.path());
            for (const char *event : {"insert", "update", "delete"})
                raw.execute(QStringLiteral("DROP TRIGGER \"content_checksum %1 %2\"").arg(table, QLatin1String(event)));
        }
        SqliteConnection writer = otherProgram(sample.path());
        writer.execute(QStringLiteral("BEGIN IMMEDIATE"));
        writer.execute(QStringLiteral("UPDATE source SET title = title"));
        {
            auto opened = kai::store::Database::open(sample.path(), {});
            QVERIFY2(opened, qPrintable(opened.error));
            QVERIFY(!opened.database->isReadOnly());
            QVERIFY(!ContentChecksumCache::trusted(opened.database->connection()).contains(table));
            QVERIFY(!DatabaseFingerprint(opened.database->connection()).sha256().isEmpty());
        }
        writer.execute(QStringLiteral("ROLLBACK"));
        auto db = sample.open(false);
        db->connection().execute(QStringLiteral("BEGIN IMMEDIATE"));
        ContentChecksumCache::refresh(db->connection());
        db->connection().execute(QStringLiteral("COMMIT"));
        const auto trusted = ContentChecksumCache::trusted(db->connection());
        QVERIFY(trusted.contains(table));
        QCOMPARE(trusted.value(table), ContentChecksumCache::scan(db->connection(), table));
        QCOMPARE(DatabaseFingerprint(db->connection()).sha256(), scannedFingerprint(sample.path()));
    }
};

QTEST_GUILESS_MAIN(TestContentChecksumCache)
#include "tst_content_checksum_cache.moc"
