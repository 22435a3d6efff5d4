// SPDX-License-Identifier: GPL-3.0-or-later
// GPU usage imported into a server (COPY into the month-partitioned gpu_usage) against a throwaway
// cluster: rows, new month partitions and the daily rollup land in one transaction; a bad line in
// strict mode names file, line and reason and leaves the server as it was; a second import of the
// same file changes nothing; a cancelled import leaves nothing, not even its new partitions.
#include "AppProcess.h"
#include "PgTestCluster.h"
#include "PgUsageImportSupport.h"
#include "TestSupport.h"

#include "domain/UtcDateTime.h"
#include "import/GpuUsageImportJob.h"
#include "import/GpuUsageImporter.h"
#include "store/Database.h"
#include "store/DatabaseFingerprint.h"
#include "store/GpuUsageRollupCache.h"
#include "store/StoreError.h"
#include "store/postgres/PgConnection.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cstdio>

using namespace kai;
using kai::test::importWithoutReport;
using kai::test::leftoverLoadingTables;
using kai::test::PgUsageHeader;
using kai::test::queryInt;
using kai::test::runApp;
using kai::test::usagePartitions;

namespace {
test::PgTestCluster *cluster = nullptr;

// Two months the sample has no usage in, so the import must create both partitions.
const QByteArray TwoMonths = PgUsageHeader
    + "2027-01-31T23:00:00Z,skt,skt-pg1,H100,skt,6.5,81.25\n"
      "2027-02-01T00:00:00Z,skt,skt-pg1,H100,skt,6.25,\n"
      "2027-02-01T00:00:00Z,upstage,up-pg1,B200,kakao-cloud,7.125,90\n";

qint64 usageRows(store::SqlConnection &connection)
{
    return queryInt(connection, QStringLiteral("SELECT COUNT(*) FROM gpu_usage"));
}

// Whether the server refuses the statement as breaking a reference (a foreign key's rule).
bool refusedAsForeignKey(store::PgConnection &server, const QString &sql)
{
    try {
        server.execute(sql);
    } catch (const store::StoreError &error) {
        return error.message().contains(QLatin1String("foreign key"));
    }
    return false;
}

qint64 changeLogRows(store::SqlConnection &connection)
{
    return queryInt(connection, QStringLiteral("SELECT COUNT(*) FROM change_log"));
}
} // namespace

class TestPostgresImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_uri;

    std::unique_ptr<store::Database> openServer()
    {
        store::Database::OpenResult opened = store::Database::open(m_uri, {});
        if (!opened)
            qWarning("%s", qPrintable(opened.error));
        return std::move(opened.database);
    }

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        m_uri = cluster->createDatabase(QStringLiteral("imports"));
        QVERIFY2(!m_uri.isEmpty(), qPrintable(cluster->reason()));
        const test::AppRun run =
            runApp({QStringLiteral("init"), QStringLiteral("--db"), m_uri, QStringLiteral("--sample")}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    // Through the app's command line, as an office would load a month's report.
    void importLandsRowsPartitionsAndRollupTogether()
    {
        std::unique_ptr<store::Database> server = openServer();
        QVERIFY(server);
        const qint64 rowsBefore = usageRows(server->sql());
        const qint64 partitionsBefore = usagePartitions(server->sql());
        const QString csv = test::writeFile(m_home.filePath(QStringLiteral("two-months.csv")), TwoMonths);
        const test::AppRun run =
            runApp({QStringLiteral("import-gpu-usage"), csv, QStringLiteral("--db"), m_uri}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(QLatin1String("imported: 3")), qPrintable(run.out));

        QCOMPARE(usageRows(server->sql()), rowsBefore + 3);
        QCOMPARE(usagePartitions(server->sql()), partitionsBefore + 2);
        QCOMPARE(queryInt(server->sql(), QStringLiteral("SELECT COUNT(*) FROM gpu_usage_2027_02")), 2);
        // The rollup of 1 February 2027 (day 20850) holds both of its samples, as SQL would sum them.
        store::SqlQuery day = server->sql().query(QStringLiteral(
            "SELECT SUM(samples), SUM(gpu_hours), SUM(utilization_hours) FROM gpu_usage_daily WHERE day = ?1"));
        day.bind(1, qint64(QDate(1970, 1, 1).daysTo(QDate(2027, 2, 1))));
        QVERIFY(day.step());
        QCOMPARE(day.columnInt(0), 2);
        QCOMPARE(day.columnDouble(1), 6.25 + 7.125);
        QCOMPARE(day.columnDouble(2), 7.125);  // the row without a utilisation counts no utilisation hours
        QCOMPARE(queryInt(server->sql(), QStringLiteral("SELECT COALESCE(SUM(samples), 0) FROM gpu_usage_daily")),
                 usageRows(server->sql()));
    }

    // The view's rollup kept in memory on a server too, read again after another client's import.
    void rollupCacheFollowsImportsOfOtherClients()
    {
        std::unique_ptr<store::Database> viewer = openServer();
        QVERIFY(viewer);
        store::GpuUsageRollupCache cache;
        const auto samples = [&] {
            qint64 total = 0;
            for (const domain::GpuUsageTotal &t : cache.totals(viewer->sql(), QDate(2025, 6, 1), QDate(2027, 12, 31)))
                total += t.samples;
            return total;
        };
        const qint64 before = samples();
        QCOMPARE(samples(), before);
        QCOMPARE(cache.reads(), 1);  // unchanged: not read again
        const QString csv = test::writeFile(m_home.filePath(QStringLiteral("cache.csv")),
                                            PgUsageHeader + "2027-11-01T00:00:00Z,skt,skt-cache1,H100,skt,2,50\n");
        std::unique_ptr<store::Database> writer = openServer();
        import::GpuUsageImporter importer(writer->sql());
        QVERIFY(importer.importFile(csv).committed());
        QCOMPARE(samples(), before + 1);
        QCOMPARE(cache.reads(), 2);
    }

    void importingTheSameFileAgainChangesNothing()
    {
        std::unique_ptr<store::Database> server = openServer();
        QVERIFY(server);
        const QString csv = test::writeFile(m_home.filePath(QStringLiteral("two-months.csv")), TwoMonths);
        const QByteArray before = store::DatabaseFingerprint(server->sql()).sha256();
        const qint64 partitionsBefore = usagePartitions(server->sql());
        const import::GpuUsageImportResult result = importWithoutReport(server->sql(), csv);
        QVERIFY2(result.committed(), qPrintable(result.error));
        QCOMPARE(result.inserted, 0);
        QCOMPARE(result.duplicates, 3);
        QCOMPARE(result.skipped, 0);
        QCOMPARE(store::DatabaseFingerprint(server->sql()).sha256().toHex(), before.toHex());
        QCOMPARE(usagePartitions(server->sql()), partitionsBefore);
    }

    void badLineNamesFileLineAndReasonAndLeavesTheServerUnchanged()
    {
        std::unique_ptr<store::Database> server = openServer();
        QVERIFY(server);
        const QString csv = test::writeFile(m_home.filePath(QStringLiteral("bad.csv")),
                                            PgUsageHeader
                                                + "2027-03-01T00:00:00Z,skt,skt-pg2,H100,skt,5,50\n"
                                                  "2027-03-01T01:00:00Z,skt,skt-pg2,H100,skt,-5,50\n");
        const QByteArray before = store::DatabaseFingerprint(server->sql()).sha256();
        const qint64 partitionsBefore = usagePartitions(server->sql());
        const qint64 logBefore = changeLogRows(server->sql());
        import::GpuUsageImporter importer(server->sql());
        importer.setStrict(true);
        importer.setWriteReport(false);
        const import::GpuUsageImportResult result = importer.importFile(csv);
        QCOMPARE(result.outcome, import::GpuUsageImportResult::Outcome::RejectedStrict);
        QVERIFY2(result.error.contains(QLatin1String("bad.csv, line 3: gpu_hours_used")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("Nothing was imported")), qPrintable(result.error));
        QCOMPARE(store::DatabaseFingerprint(server->sql()).sha256().toHex(), before.toHex());
        QCOMPARE(usagePartitions(server->sql()), partitionsBefore);  // March's partition went with the rollback
        QCOMPARE(changeLogRows(server->sql()), logBefore);
        QVERIFY(!server->sql().inTransaction());
    }

    // The window's Import GPU Usage… runs this job on a worker thread with its own connection,
    // opened from the server's URI as the window shows it.
    void theWindowsImportJobWritesToTheServer()
    {
        const QString csv = test::writeFile(m_home.filePath(QStringLiteral("window.csv")),
                                            PgUsageHeader + "2027-10-01T00:00:00Z,motif,motif-pg1,H200,,3.5,70\n");
        std::unique_ptr<store::Database> server = openServer();
        QVERIFY(server);
        const qint64 rowsBefore = usageRows(server->sql());
        import::GpuUsageImportJob job(server->path(), csv, true);
        const import::GpuUsageImportResult result = job.run();
        QVERIFY2(result.committed(), qPrintable(result.error));
        QCOMPARE(result.inserted, 1);
        QCOMPARE(usageRows(server->sql()), rowsBefore + 1);
    }

    // The partitioned table's references are checked per statement (migration 11): still refused
    // both ways, an id that names nothing and a parent that usage still names.
    void referencesStillHoldOnThePartitionedTable()
    {
        std::unique_ptr<store::PgConnection> server = store::PgConnection::open(m_uri, false);
        const auto refused = [&server](const QString &sql) { return refusedAsForeignKey(*server, sql); };
        QVERIFY(refused(QStringLiteral(
            "INSERT INTO gpu_usage SELECT period_start + 7, 999999, node_id, gpu_model_id, period_end + 7, provider_id, "
            "gpu_hours, utilization_pct, source_id FROM gpu_usage LIMIT 1")));
        QVERIFY(refused(QStringLiteral("UPDATE gpu_usage SET source_id = 999999 "
                                       "WHERE period_start = (SELECT MIN(period_start) FROM gpu_usage)")));
        QVERIFY(refused(QStringLiteral("DELETE FROM gpu_node WHERE id = (SELECT MIN(node_id) FROM gpu_usage)")));
    }

    // Each month's partition checks what is written into it directly (migration 12), as gpu_usage
    // does for what is written through it: an import copies into the month's table itself.
    void referencesHoldOnEachMonthPartition()
    {
        std::unique_ptr<store::PgConnection> server = store::PgConnection::open(m_uri, false);
        const auto refused = [&server](const QString &sql) { return refusedAsForeignKey(*server, sql); };
        QVERIFY(refused(QStringLiteral(
            "INSERT INTO gpu_usage_2025_09 SELECT period_start + 7, consortium_id, 999999, gpu_model_id, period_end + 7, "
            "provider_id, gpu_hours, utilization_pct, source_id FROM gpu_usage_2025_09 LIMIT 1")));
        QVERIFY(refused(QStringLiteral("UPDATE gpu_usage_2025_09 SET provider_id = 999999 "
                                       "WHERE period_start = (SELECT MIN(period_start) FROM gpu_usage_2025_09)")));
    }

    // A month loaded into a table of its own has no triggers while it loads (migration 13): the
    // attach checks every row's references, refuses the table when one names no row (the whole
    // statement fails, nothing is attached), and guards the partition it makes.
    void aLoadedMonthIsCheckedWhenAttached()
    {
        std::unique_ptr<store::PgConnection> server = store::PgConnection::open(m_uri, false);
        const QString month = QString::number(kai::utcDateTime(QDate(2028, 3, 1), QTime(0, 0)).toSecsSinceEpoch());
        const QString load = QStringLiteral(
            "SELECT kai_gpu_usage_load_month(%1); "
            "INSERT INTO gpu_usage_2028_03 SELECT %1 + 3600, consortium_id, %2, gpu_model_id, %1 + 7200, provider_id, "
            "gpu_hours, utilization_pct, source_id FROM gpu_usage LIMIT 1; "
            "SELECT kai_gpu_usage_attach_month(%1);");
        const qint64 partitionsBefore = usagePartitions(*server);
        QVERIFY(refusedAsForeignKey(*server, load.arg(month, QStringLiteral("999999"))));
        QCOMPARE(queryInt(*server, QStringLiteral("SELECT COUNT(*) FROM pg_class WHERE relname = 'gpu_usage_2028_03'")), 0);
        QCOMPARE(usagePartitions(*server), partitionsBefore);

        server->execute(load.arg(month, QStringLiteral("node_id")));
        QCOMPARE(usagePartitions(*server), partitionsBefore + 1);
        QCOMPARE(queryInt(*server, QStringLiteral("SELECT COUNT(*) FROM gpu_usage_2028_03")), 1);
        QCOMPARE(queryInt(*server, QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgrelid = 'gpu_usage_2028_03'::regclass "
                                               "AND tgname LIKE 'gpu_usage_month_references_on_%'")),
                 2);
        // Its rows reached gpu_usage past every trigger: the importer's kept node spans (migration 14)
        // no longer describe the rows.
        QCOMPARE(queryInt(*server, QStringLiteral("SELECT COUNT(*) FROM gpu_usage_node_span_state WHERE NOT covers_all")), 1);
        QVERIFY(refusedAsForeignKey(*server, QStringLiteral("INSERT INTO gpu_usage_2028_03 SELECT period_start + 60, consortium_id, "
                                                            "999999, gpu_model_id, period_end + 60, provider_id, gpu_hours, "
                                                            "utilization_pct, source_id FROM gpu_usage_2028_03")));
    }

    // Months the server has no partition for are loaded as tables of their own and then attached,
    // building their key: afterwards each is a partition with its key, none is left apart, and a
    // row of the file that repeats an earlier one is found as already present, not refused later.
    void newMonthsAreAttachedWithTheirKey()
    {
        std::unique_ptr<store::Database> server = openServer();
        QVERIFY(server);
        const qint64 partitionsBefore = usagePartitions(server->sql());
        const QString csv = test::writeFile(m_home.filePath(QStringLiteral("new-months.csv")),
                                            PgUsageHeader + "2027-05-02T00:00:00Z,skt,skt-key1,H100,skt,4,50\n"
                                                          "2027-06-02T00:00:00Z,skt,skt-key1,H100,skt,4,50\n"
                                                          "2027-05-02T00:00:00Z,skt,skt-key1,H100,skt,4,50\n");
        const import::GpuUsageImportResult result = importWithoutReport(server->sql(), csv);
        QVERIFY2(result.committed(), qPrintable(result.error));
        QCOMPARE(result.inserted, 2);
        QCOMPARE(result.duplicates, 1);
        QCOMPARE(usagePartitions(server->sql()), partitionsBefore + 2);
        QCOMPARE(leftoverLoadingTables(server->sql()), 0);
        QCOMPARE(queryInt(server->sql(), QStringLiteral("SELECT COUNT(*) FROM pg_constraint WHERE contype = 'c' "
                                                     "AND conname LIKE 'gpu_usage_2027___month'")),
                 0);
        bool duplicateRefused = false;
        try {
            server->sql().execute(QStringLiteral("INSERT INTO gpu_usage_2027_06 SELECT * FROM gpu_usage_2027_06"));
        } catch (const store::StoreError &error) {
            duplicateRefused = error.message().contains(QLatin1String("duplicate key"));
        }
        QVERIFY(duplicateRefused);
    }

    // A file that keeps going back to months it has met (sorted by node, say) goes on through
    // gpu_usage in one stream after a while, the months it was loading attached first.
    void aFileThatKeepsChangingMonthsImportsWhole()
    {
        std::unique_ptr<store::Database> server = openServer();
        QVERIFY(server);
        const qint64 partitionsBefore = usagePartitions(server->sql());
        const qint64 rowsBefore = usageRows(server->sql());
        QByteArray content = PgUsageHeader;
        const QDateTime july = kai::utcDateTime(QDate(2027, 7, 1), QTime(0, 0));
        const QDateTime august = kai::utcDateTime(QDate(2027, 8, 1), QTime(0, 0));
        for (int hour = 0; hour < 200; ++hour) {
            for (const QDateTime &month : {july, august})
                content += month.addSecs(hour * 3600).toString(Qt::ISODate).toLatin1() + ",upstage,up-zigzag,B200,kakao-cloud,2,50\n";
        }
        const QString csv = test::writeFile(m_home.filePath(QStringLiteral("zigzag.csv")), content);
        const import::GpuUsageImportResult result = importWithoutReport(server->sql(), csv);
        QVERIFY2(result.committed(), qPrintable(result.error));
        QCOMPARE(result.inserted, 400);
        QCOMPARE(usageRows(server->sql()), rowsBefore + 400);
        QCOMPARE(usagePartitions(server->sql()), partitionsBefore + 2);
        QCOMPARE(queryInt(server->sql(), QStringLiteral("SELECT COUNT(*) FROM gpu_usage_2027_08")), 200);
    }

    // An editor who does not own the tables imports into new months and into months that exist:
    // the month tables are created, granted and attached by the owner's functions.
    void anEditorRoleImportsIntoNewAndExistingMonths()
    {
        QVERIFY(cluster->execute(QStringLiteral("imports"),
                                 QStringLiteral("CREATE ROLE usage_loader LOGIN; GRANT kai_editor TO usage_loader")));
        QString uri = m_uri;
        uri.replace(QLatin1String("//kai@"), QStringLiteral("//usage_loader@"));
        QVERIFY(uri != m_uri);
        store::Database::OpenResult opened = store::Database::open(uri, {});
        QVERIFY2(opened, qPrintable(opened.error));
        QVERIFY(!opened.database->isReadOnly());
        const qint64 rowsBefore = usageRows(opened.database->sql());
        const QString csv = test::writeFile(m_home.filePath(QStringLiteral("editor.csv")),
                                            PgUsageHeader + "2025-09-10T00:00:00Z,motif,motif-ed1,H200,,3,60\n"
                                                          "2027-10-10T00:00:00Z,motif,motif-ed1,H200,,3,60\n");
        const import::GpuUsageImportResult result = importWithoutReport(opened.database->sql(), csv);
        QVERIFY2(result.committed(), qPrintable(result.error));
        QCOMPARE(result.inserted, 2);
        QCOMPARE(usageRows(opened.database->sql()), rowsBefore + 2);
    }

    // Text COPY (KAI_PG_COPY_FORMAT=text, for measuring both) stores the same values as binary:
    // the shortest text that reads back as the same double, and a missing utilisation as NULL.
    void textCopyStoresTheSameValues()
    {
        qputenv("KAI_PG_COPY_FORMAT", "text");
        const auto restore = qScopeGuard([] { qunsetenv("KAI_PG_COPY_FORMAT"); });
        std::unique_ptr<store::Database> server = openServer();
        QVERIFY(server);
        const QString csv = test::writeFile(m_home.filePath(QStringLiteral("text-copy.csv")),
                                            PgUsageHeader + "2026-12-05T00:00:00Z,skt,skt-text1,H100,skt,1.1,\n"
                                                          "2026-12-05T01:00:00Z,skt,skt-text1,H100,skt,0.30000000000000004,33.3\n");
        const import::GpuUsageImportResult result = importWithoutReport(server->sql(), csv);
        QVERIFY2(result.committed(), qPrintable(result.error));
        QCOMPARE(result.inserted, 2);
        store::SqlQuery rows = server->sql().query(QStringLiteral(
            "SELECT u.gpu_hours, u.utilization_pct FROM gpu_usage u JOIN gpu_node n ON n.id = u.node_id "
            "WHERE n.name = 'skt-text1' ORDER BY u.period_start"));
        QVERIFY(rows.step());
        QCOMPARE(rows.columnDouble(0), 1.1);
        QVERIFY(!rows.columnOptionalDouble(1));
        QVERIFY(rows.step());
        QCOMPARE(rows.columnDouble(0), 0.1 + 0.2);
        QCOMPARE(*rows.columnOptionalDouble(1), 33.3);
        QVERIFY(!rows.step());
    }

    // A server at schema version 11 with usage in it (made here from a current one by undoing
    // what migrations 12 to 14 add) is upgraded by init: every existing month partition is guarded and
    // an editor may copy into it, and the import then works as on a new server.
    void upgradingFromVersion11GuardsTheExistingMonths()
    {
        const QString uri = cluster->createSampleDatabase(QStringLiteral("from_v11"));
        QVERIFY2(!uri.isEmpty(), qPrintable(cluster->reason()));
        QVERIFY(cluster->execute(QStringLiteral("from_v11"), QStringLiteral(R"(
DO $$
DECLARE t text;
BEGIN
    FOR t IN SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
              WHERE i.inhparent = 'gpu_usage'::regclass AND c.relkind = 'r' LOOP
        EXECUTE format('DROP TRIGGER gpu_usage_month_references_on_insert ON %I', t);
        EXECUTE format('DROP TRIGGER gpu_usage_month_references_on_update ON %I', t);
        EXECUTE format('DROP TRIGGER gpu_usage_month_spans_on_write ON %I', t);
        EXECUTE format('REVOKE INSERT ON %I FROM kai_editor', t);
    END LOOP;
END $$;
DROP TRIGGER gpu_usage_spans_on_write ON gpu_usage;
DROP TABLE gpu_usage_node_span, gpu_usage_node_span_state;
DROP FUNCTION kai_gpu_usage_spans_unknown();
DROP FUNCTION kai_gpu_usage_forget_spans();
DROP FUNCTION kai_gpu_usage_spans_watched();
DROP FUNCTION kai_gpu_usage_watch_spans(text);
DROP FUNCTION kai_gpu_usage_load_month(bigint);
DROP FUNCTION kai_gpu_usage_attach_month(bigint);
DROP FUNCTION kai_gpu_usage_guard_month(text);
DROP FUNCTION kai_gpu_usage_check_month_references(text);
UPDATE kai_schema SET version = 11;
CREATE ROLE v11_loader LOGIN; GRANT kai_editor TO v11_loader;)")));
        const qint64 monthTables = queryInt(*store::PgConnection::open(uri, false),
                                         QStringLiteral("SELECT COUNT(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                                                        "WHERE i.inhparent = 'gpu_usage'::regclass AND c.relkind = 'r'"));
        QVERIFY(monthTables > 0);
        const test::AppRun run = runApp({QStringLiteral("init"), QStringLiteral("--db"), uri}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(QLatin1String("(it had 11)")), qPrintable(run.out));
        std::unique_ptr<store::PgConnection> upgraded = store::PgConnection::open(uri, false);
        QCOMPARE(queryInt(*upgraded, QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname LIKE 'gpu_usage_month_references_on_%'")),
                 2 * monthTables);
        QCOMPARE(queryInt(*upgraded, QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname LIKE 'gpu_usage_%spans_on_write'")),
                 monthTables + 1);
        QCOMPARE(queryInt(*upgraded, QStringLiteral("SELECT COUNT(*) FROM gpu_usage_node_span_state WHERE covers_all")), 1);

        QString loaderUri = uri;
        loaderUri.replace(QLatin1String("//kai@"), QStringLiteral("//v11_loader@"));
        store::Database::OpenResult opened = store::Database::open(loaderUri, {});
        QVERIFY2(opened, qPrintable(opened.error));
        const QString csv = test::writeFile(m_home.filePath(QStringLiteral("after-upgrade.csv")),
                                            PgUsageHeader + "2025-09-11T00:00:00Z,motif,motif-v11,H200,,3,60\n"
                                                          "2027-12-11T00:00:00Z,motif,motif-v11,H200,,3,60\n");
        const import::GpuUsageImportResult result = importWithoutReport(opened.database->sql(), csv);
        QVERIFY2(result.committed(), qPrintable(result.error));
        QCOMPARE(result.inserted, 2);
    }

    // Migration 14: the spans of each node's periods are kept on the server, so that an import does
    // not read all of gpu_usage first. Any other write to usage rows, into a month's table or through
    // gpu_usage, marks them unknown; the next import then reads them from the rows again and so still
    // refuses a period that overlaps the row written behind its back, and leaves them known again.
    void keptNodeSpansFollowWritesOfOtherClients()
    {
        std::unique_ptr<store::Database> server = openServer();
        QVERIFY(server);
        store::SqlConnection &sql = server->sql();
        const auto spansKnown = [&sql] {
            return queryInt(sql, QStringLiteral("SELECT covers_all::int FROM gpu_usage_node_span_state")) == 1;
        };
        // Rows in which the kept spans and those of the stored rows differ, either way.
        const QString stored = QStringLiteral(
            "SELECT consortium_id, node_id, gpu_model_id, MIN(period_start), MAX(period_end), MAX(period_end - period_start) "
            "FROM gpu_usage GROUP BY 1, 2, 3");
        const QString kept = QStringLiteral(
            "SELECT consortium_id, node_id, gpu_model_id, first_start, last_end, longest FROM gpu_usage_node_span");
        const auto spansDiffer = [&] {
            return queryInt(sql, QStringLiteral("SELECT COUNT(*) FROM ((%1 EXCEPT %2) UNION ALL (%2 EXCEPT %1)) d").arg(stored, kept));
        };
        const auto importLine = [&](const QString &name, const QByteArray &line) {
            return importWithoutReport(sql, test::writeFile(m_home.filePath(name), PgUsageHeader + line));
        };
        const auto refusedAsOverlap = [](const import::GpuUsageImportResult &result) {
            return result.committed() && result.inserted == 0 && result.issues.size() == 1
                && result.issues[0].reason.contains(QLatin1String("overlaps"));
        };

        QCOMPARE(importLine(QStringLiteral("span-1.csv"), "2027-06-10T00:00:00Z,skt,skt-span1,H100,skt,1,50\n").inserted, 1);
        QVERIFY(spansKnown());
        QCOMPARE(spansDiffer(), 0);

        // Another client makes the hour of 10 June last until the 13th, in the month's own table.
        sql.execute(QStringLiteral("UPDATE gpu_usage_2027_06 SET period_end = period_end + 3 * 86400 "
                                   "WHERE node_id = (SELECT id FROM gpu_node WHERE name = 'skt-span1')"));
        QVERIFY(!spansKnown());
        QVERIFY(refusedAsOverlap(importLine(QStringLiteral("span-2.csv"), "2027-06-12T10:00:00Z,skt,skt-span1,H100,skt,1,50\n")));
        QVERIFY(spansKnown());
        QCOMPARE(spansDiffer(), 0);

        // And a copy of that row ten days later, through gpu_usage.
        sql.execute(QStringLiteral(
            "INSERT INTO gpu_usage SELECT period_start + 10 * 86400, consortium_id, node_id, gpu_model_id, "
            "period_end + 10 * 86400, provider_id, gpu_hours, utilization_pct, source_id FROM gpu_usage_2027_06 "
            "WHERE node_id = (SELECT id FROM gpu_node WHERE name = 'skt-span1')"));
        QVERIFY(!spansKnown());
        QVERIFY(refusedAsOverlap(importLine(QStringLiteral("span-3.csv"), "2027-06-22T10:00:00Z,skt,skt-span1,H100,skt,1,50\n")));
        QVERIFY(spansKnown());
        QCOMPARE(spansDiffer(), 0);

        // The kept span of the node deleted by hand: it would hide all of the node's rows.
        sql.execute(QStringLiteral("DELETE FROM gpu_usage_node_span WHERE node_id = (SELECT id FROM gpu_node WHERE name = 'skt-span1')"));
        QVERIFY(!spansKnown());
        QVERIFY(refusedAsOverlap(importLine(QStringLiteral("span-4.csv"), "2027-06-11T10:00:00Z,skt,skt-span1,H100,skt,1,50\n")));
        QCOMPARE(spansDiffer(), 0);

        // The month's trigger disabled by its owner: a row written then goes unseen, so the importer
        // trusts no kept spans while any table of usage rows lacks its enabled trigger.
        sql.execute(QStringLiteral("ALTER TABLE gpu_usage_2027_06 DISABLE TRIGGER gpu_usage_month_spans_on_write"));
        sql.execute(QStringLiteral(
            "INSERT INTO gpu_usage_2027_06 SELECT period_start + 14 * 86400, consortium_id, node_id, gpu_model_id, "
            "period_end + 14 * 86400, provider_id, gpu_hours, utilization_pct, source_id FROM gpu_usage_2027_06 "
            "WHERE node_id = (SELECT id FROM gpu_node WHERE name = 'skt-span1') ORDER BY period_start LIMIT 1"));
        QVERIFY(spansKnown());
        QVERIFY(refusedAsOverlap(importLine(QStringLiteral("span-5.csv"), "2027-06-25T10:00:00Z,skt,skt-span1,H100,skt,1,50\n")));
        sql.execute(QStringLiteral("ALTER TABLE gpu_usage_2027_06 ENABLE TRIGGER gpu_usage_month_spans_on_write"));
        QCOMPARE(spansDiffer(), 0);
    }

    // A month someone detached from gpu_usage holds rows no kept span includes: an import of that
    // month is refused with a reason (migration 14) instead of loading into the table and attaching it.
    void aDetachedMonthIsNotImportedInto()
    {
        std::unique_ptr<store::Database> server = openServer();
        QVERIFY(server);
        store::SqlConnection &sql = server->sql();
        const qint64 from = kai::utcDateTime(QDate(2027, 1, 1), QTime(0, 0)).toSecsSinceEpoch();
        const qint64 to = kai::utcDateTime(QDate(2027, 2, 1), QTime(0, 0)).toSecsSinceEpoch();
        sql.execute(QStringLiteral("ALTER TABLE gpu_usage DETACH PARTITION gpu_usage_2027_01"));
        const auto reattach = qScopeGuard([&] {
            sql.execute(QStringLiteral("ALTER TABLE gpu_usage ATTACH PARTITION gpu_usage_2027_01 FOR VALUES FROM (%1) TO (%2)")
                            .arg(from).arg(to));
        });
        const qint64 rowsBefore = usageRows(sql);
        const QString csv = test::writeFile(m_home.filePath(QStringLiteral("detached.csv")),
                                            PgUsageHeader + "2027-01-15T00:00:00Z,skt,skt-pg1,H100,skt,1,50\n");
        const import::GpuUsageImportResult result = importWithoutReport(sql, csv);
        QVERIFY(!result.committed());
        QVERIFY2(result.error.contains(QLatin1String("gpu_usage_2027_01\" is not part of gpu_usage")), qPrintable(result.error));
        QCOMPARE(usageRows(sql), rowsBefore);
        QVERIFY(!sql.inTransaction());
    }

    // Cancelled once COPY has sent rows of a new month: the rows, the partition, the nodes and the
    // change-log entry all go with the rollback, and the connection takes the next import.
    void cancelLeavesNothing()
    {
        std::unique_ptr<store::Database> server = openServer();
        QVERIFY(server);
        const QByteArray content = PgUsageHeader
            + test::hourlyUsageLines(kai::utcDateTime(QDate(2027, 4, 1), QTime(0, 0)), 4000, 10, "skt", "skt-cancel",
                                     "H100,skt,4.5,60");
        const QString csv = test::writeFile(m_home.filePath(QStringLiteral("large.csv")), content);
        const QByteArray before = store::DatabaseFingerprint(server->sql()).sha256();
        const qint64 partitionsBefore = usagePartitions(server->sql());
        const qint64 logBefore = changeLogRows(server->sql());
        std::atomic<bool> cancel{false};
        qint64 rowsWhenCancelled = 0;
        import::GpuUsageImporter importer(server->sql());
        importer.setCancelFlag(&cancel);
        importer.setProgressHandler([&](qint64, qint64, qint64 rows) {
            rowsWhenCancelled = rows;
            cancel = true;
        });
        const import::GpuUsageImportResult result = importer.importFile(csv);
        QCOMPARE(result.outcome, import::GpuUsageImportResult::Outcome::Cancelled);
        QVERIFY(rowsWhenCancelled > 0);
        QCOMPARE(result.inserted, 0);
        QCOMPARE(store::DatabaseFingerprint(server->sql()).sha256().toHex(), before.toHex());
        QCOMPARE(usagePartitions(server->sql()), partitionsBefore);
        QCOMPARE(changeLogRows(server->sql()), logBefore);
        QCOMPARE(queryInt(server->sql(), QStringLiteral("SELECT COUNT(*) FROM gpu_node WHERE name LIKE 'skt-cancel%'")), 0);

        const import::GpuUsageImportResult whole = importWithoutReport(server->sql(), csv);
        QVERIFY2(whole.committed(), qPrintable(whole.error));
        QCOMPARE(whole.inserted, 40000);
        // April to September 2027, some of them made by the tests above.
        QCOMPARE(queryInt(server->sql(), QStringLiteral("SELECT COUNT(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                                                     "WHERE c.relkind = 'r' AND c.relname BETWEEN 'gpu_usage_2027_04' AND 'gpu_usage_2027_09'")),
                 6);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    test::PgTestCluster server;
    if (!server.start()) {
        std::fprintf(stderr, "SKIP: no PostgreSQL test cluster: %s\n", qPrintable(server.reason()));
        return 77;
    }
    cluster = &server;
    TestPostgresImport test;
    try {
        return QTest::qExec(&test, argc, argv);
    } catch (...) {
        // Qt Test rethrows an exception that escaped a test; catching it here stops the server too.
        std::fprintf(stderr, "FAIL: an exception escaped a test\n");
        return 1;
    }
}

#include "tst_postgres_import.moc"
