// SPDX-License-Identifier: GPL-3.0-or-later
// The cached per-table checksums behind DatabaseFingerprint: they must give exactly the checksum a
// full scan gives, and a write by any program (here a bare SQLite connection, as the sqlite3 shell
// would make) must stop a table's entry from being trusted.
#include "TestSupport.h"
#include "import/GpuUsageImporter.h"
#include "store/ContentChecksumCache.h"
#include "store/DatabaseFingerprint.h"
#include "store/Database.h"
#include "store/SqliteConnection.h"

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

    void writeByAnotherProgramInvalidatesItsTable_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("table");
        QTest::newRow("update") << "UPDATE source SET title = title || '.' WHERE id = 1" << "source";
        QTest::newRow("insert") << "INSERT INTO gpu_node (name) VALUES ('added-by-hand')" << "gpu_node";
        QTest::newRow("delete") << "DELETE FROM gpu_usage WHERE period_start = (SELECT min(period_start) FROM gpu_usage)"
                                << "gpu_usage";
        QTest::newRow("delete all") << "DELETE FROM gpu_usage_daily" << "gpu_usage_daily";
        QTest::newRow("alter") << "ALTER TABLE gpu_node ADD COLUMN note TEXT" << "gpu_node";
        QTest::newRow("trigger dropped") << "DROP TRIGGER \"content_checksum source update\"" << "source";
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
        QVERIFY(!ContentChecksumCache::trusted(db->connection()).contains(QStringLiteral("change_note")));
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
            QCOMPARE(trusted.value(table), ContentChecksumCache::scan(db->connection(), table));
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

        // The INSERT guard is back: an insert by another program still invalidates the entry.
        otherProgram(sample.path())
            .execute(QStringLiteral("INSERT INTO gpu_usage SELECT period_start + 1, consortium_id, node_id, gpu_model_id, "
                                    "period_end + 1, provider_id, gpu_hours, utilization_pct, source_id "
                                    "FROM gpu_usage ORDER BY period_start DESC LIMIT 1"));
        QVERIFY(!ContentChecksumCache::trusted(db->connection(), table));
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
