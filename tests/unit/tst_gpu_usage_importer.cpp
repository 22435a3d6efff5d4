// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "UsageImportFixture.h"
#include "import/GpuUsageImporter.h"
#include "import/ImportReportWriter.h"
#include "store/GpuNodeSpanCache.h"
#include "store/GpuUsageRepository.h"
#include "store/GpuUsageRollup.h"
#include "store/SqliteTransaction.h"
#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"
#include "store/StoreError.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QTimeZone>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using kai::import::GpuUsageImporter;
using kai::import::GpuUsageImportResult;
using Outcome = kai::import::GpuUsageImportResult::Outcome;

namespace {
using kai::test::contentHash;
using kai::test::spansOfStoredRows;
const QByteArray &Header = kai::test::UsageCsvHeader;

qint64 dayOf(const QDate &date)
{
    return QDate(1970, 1, 1).daysTo(date);
}

// A usage CSV of `rows` valid rows: seven nodes hour by hour from 1 Jan 2027 (up to 61,320 rows stay
// inside the program's last year).
QByteArray hourlyRows(int rows)
{
    QByteArray csv = Header;
    const QDateTime start(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int row = 0; row < rows; ++row)
        csv += QStringLiteral("%1,lg,B200,8,,n%2,50\n")
                   .arg(start.addSecs(row / 7 * 3600).toString(Qt::ISODate))
                   .arg(row % 7)
                   .toUtf8();
    return csv;
}
} // namespace

class TestGpuUsageImporter : public QObject
{
    Q_OBJECT

private:
    kai::test::UsageImportFixture m_fixture;

    QString writeCsv(const QString &name, const QByteArray &content) { return m_fixture.writeCsv(name, content); }
    GpuUsageImportResult importBytes(const QByteArray &content, bool strict = false)
    {
        return m_fixture.importBytes(content, strict);
    }
    kai::store::SqliteConnection &connection() { return m_fixture.connection(); }

private slots:
    void initTestCase() { kai::test::enterTestMode(); }

    void init() { QVERIFY(m_fixture.open()); }
    void cleanup() { m_fixture.close(); }

    void validRowsByCodeAndByLeadOrganisationName()
    {
        const GpuUsageImportResult result = importBytes(
            "\xEF\xBB\xBF" + Header
            + "2027-03-01T09:00,lg,B200,8,nhn-cloud,n1,50\r\n"
              "2027-03-01T10:00+09:00,LG AI연구원,B200,4,nhn-cloud,n1,\r\n"
              "2027-03-02,Upstage,H100,24.5,,\"node, 2\",80\r\n");
        QCOMPARE(result.outcome, Outcome::Committed);
        QCOMPARE(result.inserted, 3);
        QCOMPARE(result.skipped, 0);
        QVERIFY(result.issues.isEmpty());
        QVERIFY(result.reportPath.isEmpty());
        QCOMPARE(connection().queryInt(QStringLiteral(
                     "SELECT count(*) FROM gpu_usage u JOIN gpu_provider p ON p.id = u.provider_id "
                     "JOIN gpu_node n ON n.id = u.node_id "
                     "WHERE n.name = 'node, 2' AND p.code = 'undisclosed' AND u.period_end - u.period_start = 86400")),
                 1);
        QCOMPARE(connection().queryInt(QStringLiteral("SELECT count(*) FROM gpu_node WHERE name = 'node, 2'")), 1);
    }

    void rollupMatchesHandComputedTotals()
    {
        const GpuUsageImportResult result = importBytes(Header
                                                        + "2027-03-01T09:00,lg,B200,8,nhn-cloud,n1,50\n"
                                                          "2027-03-01T10:00,lg,B200,4,nhn-cloud,n1,\n"
                                                          "2027-03-01T10:00,lg,H100,10,nhn-cloud,n2,100\n"
                                                          "2027-03-20T10:00,lg,B200,6,nhn-cloud,n1,25\n"
                                                          "2027-04-01T10:00,skt,H100,3,skt,n9,60\n");
        QCOMPARE(result.inserted, 5);
        QCOMPARE(result.firstDay, dayOf(QDate(2027, 3, 1)));
        QCOMPARE(result.lastDay, dayOf(QDate(2027, 4, 1)));
        kai::store::GpuUsageRepository repository(connection());
        kai::store::GpuUsageRepository::Filter filter;
        filter.from = QDate(2027, 3, 1);
        filter.to = QDate(2027, 4, 30);
        const auto months = repository.usage(filter, kai::store::GpuUsageRepository::Granularity::Month);
        // March: lg B200 (8 + 4 + 6 = 18 h, H100-equivalent x2 = 36), lg H100 10 h; April: skt H100 3 h.
        QCOMPARE(months.size(), 3);
        QCOMPARE(months[0].period, QDate(2027, 3, 1));
        const auto lgB200 = std::find_if(months.begin(), months.end(), [](const auto &b) {
            return b.period == QDate(2027, 3, 1) && b.gpuHours > 17;
        });
        QVERIFY(lgB200 != months.end());
        QCOMPARE(lgB200->gpuHours, 18.0);
        QCOMPARE(lgB200->h100Hours, 36.0);
        QCOMPARE(lgB200->samples, 3);
        // Utilisation is weighted by hours, over the samples that carried one: 8x50 + 6x25 over 14 h.
        QCOMPARE(lgB200->utilizationWeighted, 550.0);
        QCOMPARE(lgB200->utilizationHours, 14.0);
        QCOMPARE(months[2].period, QDate(2027, 4, 1));
        QCOMPARE(months[2].gpuHours, 3.0);
        const auto days = repository.usage(filter, kai::store::GpuUsageRepository::Granularity::Day);
        QCOMPARE(days.size(), 4);
    }

    void incrementalRollupEqualsAFullRebuild()
    {
        const QByteArray csv = Header + "2027-03-01T09:00,lg,B200,8,nhn-cloud,n1,50\n2027-03-01T23:30Z,lg,B200,4,nhn-cloud,n2,25\n"
                                        "2027-03-02,lg,B200,0.5,nhn-cloud,n1,\n2027-03-01T10:00,skt,H100,2,,n3,100\n";
        QCOMPARE(importBytes(csv).inserted, 4);
        const QByteArray incremental = contentHash(connection());
        {
            kai::store::SqliteTransaction transaction(connection());
            kai::store::GpuUsageRollup::rebuild(connection());
            transaction.commit();
        }
        QCOMPARE(contentHash(connection()), incremental);
    }

    void eachKindOfBadRowIsSkippedWithLineAndColumn()
    {
        const GpuUsageImportResult result = importBytes(Header
                                                        + "2027-02-30,lg,B200,8,,n1,50\n"           // 2 bad date
                                                          "2027-03-01,nobody,B200,8,,n1,50\n"        // 3 consortium
                                                          "2027-03-01,lg,A100,8,,n1,50\n"            // 4 model
                                                          "2027-03-01,lg,B200,-1,,n1,50\n"           // 5 negative
                                                          "2027-03-01,lg,B200,8,,n1,100.5\n"         // 6 over 100
                                                          "2027-03-01,lg,B200,8,,\"multi\nline\"\n"  // 7 wrong count
                                                          "2027-03-01,lg,B200,eight,,n1,50\n"        // 9 not a number
                                                          "2027-03-01,lg,B200,8,,n1,50\n");          // 10 valid
        QCOMPARE(result.outcome, Outcome::Committed);
        QCOMPARE(result.rowsRead, 8);
        QCOMPARE(result.inserted, 1);
        QCOMPARE(result.skipped, 7);
        const QList<std::pair<qint64, const char *>> expected = {
            {2, "period_start"}, {3, "consortium"}, {4, "gpu_model"}, {5, "gpu_hours_used"},
            {6, "utilization_pct"}, {7, ""}, {9, "gpu_hours_used"}};
        QCOMPARE(result.issues.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(result.issues[i].line, expected[i].first);
            QCOMPARE(result.issues[i].column, QString::fromLatin1(expected[i].second));
            QCOMPARE(result.issues[i].file, QStringLiteral("usage.csv"));
            QVERIFY(!result.issues[i].reason.isEmpty());
        }
        QVERIFY(result.issues[5].reason.contains(QLatin1String("expected 7")));
        QCOMPARE(result.reportPath, kai::import::ImportReportWriter::reportPathFor(m_fixture.sample().dirPath()
                                                                                   + QStringLiteral("/usage.csv")));
        QFile report(result.reportPath);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = report.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 8);
        QCOMPARE(lines[0], QByteArray("file,line,column,reason"));
        QVERIFY(lines[1].startsWith("usage.csv,2,period_start,"));
    }

    void unknownColumnsAreReportedAndIgnored()
    {
        const GpuUsageImportResult result =
            importBytes("gpu_model,comment,period_start,gpu_hours_used,consortium\nB200,hello,2027-03-01,8,skt\n");
        QCOMPARE(result.outcome, Outcome::Committed);
        QCOMPARE(result.inserted, 1);
        QCOMPARE(result.unknownColumns, QStringList{QStringLiteral("comment")});
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues[0].line, 1);
        QCOMPARE(result.issues[0].column, QStringLiteral("comment"));
    }

    void missingRequiredColumnIsFatal()
    {
        const QByteArray before = contentHash(connection());
        const GpuUsageImportResult result = importBytes("period_start,consortium,gpu_model\n2027-03-01,lg,B200\n");
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY(result.error.contains(QLatin1String("gpu_hours_used")));
        QCOMPARE(contentHash(connection()), before);
    }

    void strictModeImportsNothing()
    {
        const QByteArray before = contentHash(connection());
        const GpuUsageImportResult result =
            importBytes(Header + "2027-03-01,lg,B200,8,,n1,50\n2027-03-02,lg,B200,-8,,n1,50\n", true);
        QCOMPARE(result.outcome, Outcome::RejectedStrict);
        QCOMPARE(result.inserted, 0);
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues[0].line, 3);
        QCOMPARE(contentHash(connection()), before);
    }

    // A bad line in the middle of a file of several parsing batches: strict mode writes nothing and
    // names the line and the reason; a lenient import stores every other row and reports that line.
    void badLineInTheMiddleNamesLineAndReason()
    {
        QByteArray csv = Header;
        constexpr int Rows = 10000, BadRow = 6000;
        for (int row = 0; row < Rows; ++row)
            csv += QStringLiteral("%1,lg,B200,%2,,n%3,50\n")
                       .arg(QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()).addSecs(row / 4 * 3600).toString(Qt::ISODate))
                       .arg(row == BadRow ? QStringLiteral("-8") : QStringLiteral("8"))
                       .arg(row % 4)
                       .toUtf8();
        const qint64 badLine = BadRow + 2;  // after the header, 1-based
        const QByteArray before = contentHash(connection());
        const GpuUsageImportResult strict = importBytes(csv, true);
        QCOMPARE(strict.outcome, Outcome::RejectedStrict);
        QCOMPARE(strict.inserted, 0);
        QCOMPARE(contentHash(connection()), before);
        QVERIFY2(strict.error.contains(QStringLiteral("usage.csv, line %1").arg(badLine)), qPrintable(strict.error));
        QVERIFY2(strict.error.contains(QStringLiteral("gpu_hours_used")), qPrintable(strict.error));
        QVERIFY2(strict.error.contains(QStringLiteral("Nothing was imported")), qPrintable(strict.error));

        const GpuUsageImportResult lenient = importBytes(csv);
        QCOMPARE(lenient.outcome, Outcome::Committed);
        QCOMPARE(lenient.inserted, Rows - 1);
        QCOMPARE(lenient.issues.size(), 1);
        QCOMPARE(lenient.issues[0].line, badLine);
    }

    void reimportAddsNothing()
    {
        const QByteArray csv = Header + "2027-03-01T09:00,lg,B200,8,nhn-cloud,n1,50\n2027-03-01T10:00,lg,B200,4,,n1,\n";
        QCOMPARE(importBytes(csv).inserted, 2);
        const QByteArray after = contentHash(connection());
        const GpuUsageImportResult again = importBytes(csv);
        QCOMPARE(again.outcome, Outcome::Committed);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.duplicates, 2);
        QCOMPARE(connection().queryInt(QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(contentHash(connection()), after);
    }

    // The import suspends SQLite's CHECKs (the validator enforces them); the connection gets them back,
    // also for a statement prepared before the import and run after it.
    void checkConstraintsHoldAgainAfterAnImport()
    {
        const QString negativeHours = QStringLiteral(
            "INSERT INTO gpu_usage (period_start, consortium_id, node_id, gpu_model_id, period_end, provider_id, "
            "gpu_hours, utilization_pct, source_id) SELECT 1800000000, c.id, n.id, m.id, 1800003600, p.id, -1, NULL, s.id "
            "FROM consortium c, gpu_node n, gpu_model m, gpu_provider p, source s LIMIT 1");
        kai::store::SqliteStatement preparedBefore = connection().prepare(negativeHours);
        QCOMPARE(importBytes(Header + "2027-03-01T09:00,lg,B200,8,,n1,50\n").inserted, 1);
        QCOMPARE(connection().queryInt(QStringLiteral("PRAGMA ignore_check_constraints")), 0);
        QCOMPARE(connection().queryInt(QStringLiteral("PRAGMA foreign_keys")), 1);
        const QByteArray after = contentHash(connection());
        QVERIFY_THROWS_EXCEPTION(kai::store::StoreError, preparedBefore.run());
        QVERIFY_THROWS_EXCEPTION(kai::store::StoreError, connection().execute(negativeHours));
        QCOMPARE(contentHash(connection()), after);
    }

    void cancelMidFileLeavesTheDatabaseUnchanged()
    {
        const QByteArray csv = hourlyRows(60000);
        const QByteArray before = contentHash(connection());
        std::atomic<bool> cancel = false;
        qint64 rowsAtCancel = 0;
        GpuUsageImporter importer(connection());
        importer.setCancelFlag(&cancel);
        importer.setProgressHandler([&](qint64, qint64, qint64 rows) {
            if (!cancel) {
                rowsAtCancel = rows;
                cancel = true;
            }
        });
        const GpuUsageImportResult result = importer.importFile(writeCsv(QStringLiteral("big.csv"), csv));
        QCOMPARE(result.outcome, Outcome::Cancelled);
        QVERIFY(rowsAtCancel > 0 && rowsAtCancel < 60000);
        QCOMPARE(result.inserted, 0);
        QVERIFY(!connection().inTransaction());
        QCOMPARE(contentHash(connection()), before);
        // The connection stays usable: the same file imports completely afterwards.
        GpuUsageImporter again(connection());
        QCOMPARE(again.importFile(m_fixture.sample().dirPath() + QStringLiteral("/big.csv")).inserted, 60000);
    }

    // The commit is durable in the write-ahead log; copying the log into the database file waits
    // for checkpoint(), so that the result can be shown first.
    void theCommitLeavesTheCheckpointForLater()
    {
        // A threshold the import crosses many times over: an automatic checkpoint would copy the log.
        QCOMPARE(connection().queryInt(QStringLiteral("PRAGMA wal_autocheckpoint = 8")), 8);
        const QByteArray csv = hourlyRows(5000);
        const QString file = m_fixture.sample().path();
        const qint64 fileBefore = QFileInfo(file).size();
        GpuUsageImporter importer(connection());
        QCOMPARE(importer.importFile(writeCsv(QStringLiteral("usage.csv"), csv)).inserted, 5000);
        QCOMPARE(QFileInfo(file).size(), fileBefore);
        QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() > 100 * 1024);
        QCOMPARE(connection().queryInt(QStringLiteral("PRAGMA wal_autocheckpoint")), 8);  // restored
        importer.checkpoint();
        QVERIFY2(QFileInfo(file).size() > fileBefore + 100 * 1024, qPrintable(QString::number(QFileInfo(file).size())));
        QCOMPARE(connection().queryInt(QStringLiteral("SELECT count(*) FROM gpu_usage WHERE source_id = "
                                                      "(SELECT max(id) FROM source)")), 5000);
    }

    void cancelWhileSqliteWorksLeavesTheDatabaseUnchanged()
    {
        // A file shorter than one progress step: the only progress call comes after the last row,
        // so the cancel lands while SQLite writes the rollup and is delivered by sqlite3 interrupt.
        const QByteArray before = contentHash(connection());
        std::atomic<bool> cancel = false;
        GpuUsageImporter importer(connection());
        importer.setCancelFlag(&cancel);
        importer.setProgressHandler([&](qint64, qint64, qint64) { cancel = true; });
        const GpuUsageImportResult result = importer.importFile(
            writeCsv(QStringLiteral("small.csv"), Header + "2027-03-01T09:00,lg,B200,8,,n1,50\n2027-03-02,skt,H100,3,,n2,\n"));
        QCOMPARE(result.outcome, Outcome::Cancelled);
        QVERIFY(!connection().inTransaction());
        QCOMPARE(contentHash(connection()), before);
        QCOMPARE(connection().queryInt(QStringLiteral("PRAGMA foreign_keys")), 1);
    }

    // Issue 13, item 4: nothing a period cannot hold, nothing non-finite.
    void absurdGpuHoursAreRejected()
    {
        const GpuUsageImportResult result = importBytes(Header
                                                        + "2027-03-01T09:00,lg,B200,1e19,,n1,\n"         // 2
                                                          "2027-03-01T09:00,lg,B200,1e300,,n2,\n"        // 3
                                                          "2027-03-01T09:00,lg,B200,1.797e308,,n3,\n"    // 4
                                                          "2027-03-01T09:00,lg,B200,inf,,n4,\n"          // 5
                                                          "2027-03-01T09:00,lg,B200,nan,,n5,\n"          // 6
                                                          "2027-03-01T09:00,lg,B200,1000000,,n6,\n"      // 7
                                                          "2027-03-01T09:00,lg,B200,72.001,,n7,\n"       // 8
                                                          "2027-03-01T09:00,lg,B200,72,,n8,\n"           // 9 ok
                                                          "2027-03-02,lg,B200,1728,,n9,\n"               // 10 ok: 72 x 24
                                                          "2027-03-02,lg,B200,1728.5,,n10,\n"            // 11
                                                          "2027-03-01T09:00,lg,B200,65536,,,\n"          // 12 ok
                                                          "2027-03-01T10:00,lg,B200,65537,,,\n");        // 13
        QCOMPARE(result.inserted, 3);
        QCOMPARE(result.skipped, 9);
        const QList<qint64> rejected = {2, 3, 4, 5, 6, 7, 8, 11, 13};
        for (int i = 0; i < rejected.size(); ++i) {
            QCOMPARE(result.issues[i].line, rejected[i]);
            QCOMPARE(result.issues[i].column, QStringLiteral("gpu_hours_used"));
        }
        QVERIFY2(result.issues[5].reason.contains(QLatin1String("72 GPUs")), qPrintable(result.issues[5].reason));
        QCOMPARE(connection().queryInt(QStringLiteral("SELECT count(*) FROM gpu_usage_daily WHERE gpu_hours > 1e12")), 0);
    }

    // Issue 13, item 5: the periods of one node may not overlap, in one file or across imports.
    void overlappingPeriodsOfOneNodeAreRejected()
    {
        const GpuUsageImportResult first = importBytes(Header
                                                       + "2027-03-06T00:00Z,lg,B200,8,,n1,\n"   // 2 hourly
                                                         "2027-03-06,lg,B200,180,,n1,\n"       // 3 daily, same instant
                                                         "2027-03-07,lg,B200,180,,n1,\n"       // 4 daily
                                                         "2027-03-07T05:00Z,lg,B200,8,,n1,\n"  // 5 inside line 4
                                                         "2027-03-05T23:00Z,lg,B200,8,,n1,\n"  // 6 adjacent: fine
                                                         "2027-03-07T05:00Z,lg,B200,8,,n2,\n"  // 7 another node
                                                         "2027-03-07T05:00Z,lg,H100,8,,n1,\n"); // 8 another model
        QCOMPARE(first.inserted, 5);
        QCOMPARE(first.duplicates, 0);
        QCOMPARE(first.issues.size(), 2);
        QCOMPARE(first.issues[0].line, 3);
        QCOMPARE(first.issues[1].line, 5);
        for (const auto &issue : first.issues)
            QVERIFY2(issue.reason.contains(QLatin1String("overlaps")), qPrintable(issue.reason));
        QVERIFY2(first.issues[1].reason.contains(QLatin1String("2027-03-07T00:00:00Z")), qPrintable(first.issues[1].reason));
        // Against stored rows: an hourly row inside a stored day, a day over a stored hour.
        const GpuUsageImportResult second = importBytes(Header
                                                        + "2027-03-07T12:00+09:00,lg,B200,8,,n1,\n"
                                                          "2027-03-05,lg,B200,100,,n1,\n"
                                                          "2027-03-08,lg,B200,100,,n1,\n");
        QCOMPARE(second.inserted, 1);
        QCOMPARE(second.issues.size(), 2);
        QCOMPARE(connection().queryInt(QStringLiteral(
                     "SELECT count(*) FROM gpu_usage a JOIN gpu_usage b ON a.consortium_id = b.consortium_id "
                     "AND a.node_id = b.node_id AND a.gpu_model_id = b.gpu_model_id AND a.period_start < b.period_start "
                     "AND b.period_start < a.period_end")),
                 0);
    }

    // An import starts from every node's span; kept after each import (GpuNodeSpanCache), they spare
    // the next import a read of every usage row, and must be exactly the spans of the stored rows.
    void keptNodeSpansAreThoseOfTheStoredRows()
    {
        QCOMPARE(importBytes(Header + "2027-03-06,lg,B200,180,,n1,\n2027-03-09T05:00Z,lg,B200,8,,n1,\n").inserted, 2);
        std::optional<kai::store::GpuNodeSpans> kept = kai::store::GpuNodeSpanCache::load(connection());
        QVERIFY(kept);
        QCOMPARE(*kept, spansOfStoredRows(connection()));
        QVERIFY(!kept->empty());
        // Refused, and nothing written: the kept spans stay valid.
        QCOMPARE(importBytes(Header + "2027-03-06T10:00Z,lg,B200,8,,n1,\n").inserted, 0);
        QVERIFY(kai::store::GpuNodeSpanCache::load(connection()));
        QCOMPARE(importBytes(Header + "2027-03-10,skt,H100,20,,n9,\n").inserted, 1);
        kept = kai::store::GpuNodeSpanCache::load(connection());
        QVERIFY(kept);
        QCOMPARE(*kept, spansOfStoredRows(connection()));
    }

    // Kept spans that no longer describe the rows must not be used: an overlap they would hide is
    // still refused, because the import reads the spans from the rows again.
    void keptNodeSpansAreNotUsedAfterAnotherWrite_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QByteArray>("overlapping");
        // The stored day of 6 March is made to last until 9 March by another program.
        QTest::newRow("usage row changed by another program")
            << "UPDATE gpu_usage SET period_end = period_end + 3 * 86400 WHERE period_end - period_start = 86400"
            << QByteArray("2027-03-08T10:00Z,lg,B200,8,,n1,\n");
        // The kept spans themselves edited: a longest period of one second would hide the stored day.
        QTest::newRow("kept spans changed") << "UPDATE gpu_usage_node_span SET longest = 1"
                                            << QByteArray("2027-03-06T10:00Z,lg,B200,8,,n1,\n");
    }

    void keptNodeSpansAreNotUsedAfterAnotherWrite()
    {
        QFETCH(QString, sql);
        QFETCH(QByteArray, overlapping);
        QCOMPARE(importBytes(Header + "2027-03-06,lg,B200,180,,n1,\n2027-03-12T05:00Z,lg,B200,8,,n1,\n").inserted, 2);
        QVERIFY(kai::store::GpuNodeSpanCache::load(connection()));
        kai::store::SqliteConnection::open(m_fixture.sample().path(), kai::store::SqliteConnection::OpenMode::ReadWrite).execute(sql);
        QVERIFY(!kai::store::GpuNodeSpanCache::load(connection()));
        const GpuUsageImportResult result = importBytes(Header + overlapping);
        QCOMPARE(result.inserted, 0);
        QCOMPARE(result.issues.size(), 1);
        QVERIFY2(result.issues[0].reason.contains(QLatin1String("overlaps")), qPrintable(result.issues[0].reason));
    }

    // Issue 13, item 6: one key, two sets of values in one file.
    void sameKeyWithOtherValuesNamesBothLines()
    {
        const QByteArray csv = Header
            + "2027-03-01T09:00,lg,B200,8,,n1,50\n"   // 2
              "2027-03-01T10:00,lg,B200,8,,n1,50\n"   // 3
              "2027-03-01T09:00,lg,B200,9,,n1,50\n"   // 4: other hours than line 2
              "2027-03-01T09:00,lg,B200,8,,n1,50\n";  // 5: same as line 2
        const GpuUsageImportResult result = importBytes(csv);
        QCOMPARE(result.inserted, 2);
        QCOMPARE(result.duplicates, 1);
        QCOMPARE(result.skipped, 1);
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues[0].line, 4);
        QVERIFY2(result.issues[0].reason.contains(QLatin1String("line 2")), qPrintable(result.issues[0].reason));
        // Against a stored row (this file imported before): the reason says it is stored.
        const GpuUsageImportResult again = importBytes(Header + "2027-03-01T10:00,lg,B200,8,,n1,60\n");
        QCOMPARE(again.issues.size(), 1);
        QVERIFY2(again.issues[0].reason.contains(QLatin1String("already stored")), qPrintable(again.issues[0].reason));
    }

    void sameKeyWithOtherValuesRejectsTheFileInStrictMode()
    {
        const QByteArray before = contentHash(connection());
        const GpuUsageImportResult result = importBytes(
            Header + "2027-03-01T09:00,lg,B200,8,,n1,50\n2027-03-01T09:00,lg,B200,8,,n1,51\n", true);
        QCOMPARE(result.outcome, Outcome::RejectedStrict);
        QVERIFY2(result.error.contains(QLatin1String("line 2")), qPrintable(result.error));
        QVERIFY(result.error.contains(QLatin1String("line 3")));
        QCOMPARE(contentHash(connection()), before);
    }

    // Issue 13, item 7: only dates of the program (the as-of date's range).
    void datesOutsideTheProgramAreRejected()
    {
        const GpuUsageImportResult result = importBytes(
            "period_start,period_end,consortium,gpu_model,gpu_hours_used,node\n"
            "0000-01-01,,lg,B200,1,n1\n"                     // 2
            "9999-12-31,,lg,B200,1,n1\n"                     // 3
            "1969-12-31,,lg,B200,1,n1\n"                     // 4
            "2262-04-12,,lg,B200,1,n1\n"                     // 5
            "2025-05-31,,lg,B200,1,n1\n"                     // 6
            "2027-12-31T23:00,2028-01-01T01:00,lg,B200,1,n2\n"  // 7 end
            "2025-06-01,,lg,B200,1,n1\n"                     // 8 ok: first day
            "2027-12-31,2028-01-01,lg,B200,1,n1\n"           // 9 ok: ends at midnight after the last day
            "2027-12-31T23:00,,lg,B200,1,n3\n");             // 10 ok
        QCOMPARE(result.inserted, 3);
        const QList<std::pair<qint64, const char *>> expected = {{2, "period_start"}, {3, "period_start"},
                                                                 {4, "period_start"}, {5, "period_start"},
                                                                 {6, "period_start"}, {7, "period_end"}};
        QCOMPARE(result.issues.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(result.issues[i].line, expected[i].first);
            QCOMPARE(result.issues[i].column, QString::fromLatin1(expected[i].second));
            QVERIFY2(result.issues[i].reason.contains(QLatin1String("2025-06-01 to 2027-12-31")),
                     qPrintable(result.issues[i].reason));
        }
    }

    // Issue 13, item 8: NUL bytes and broken UTF-8 never reach the database.
    void nulBytesAndInvalidUtf8AreRejectedWithTheirColumn()
    {
        QByteArray csv = "period_start,consortium,gpu_model,gpu_hours_used,node,comment\n";
        csv += QByteArray("2027-03-01,lg,B200,1,n\0x,\n", 26);   // 2: NUL in node
        csv += "2027-03-01,lg\xff,B200,1,n1,\n";                  // 3: invalid UTF-8 in consortium
        csv += "2027-03-01,lg,B200,1,n1,\xc3\x28\n";              // 4: invalid UTF-8 in an ignored column
        csv += "2027-03-01,lg,B200,1,\xed\xa0\x80,\n";            // 5: an encoded surrogate
        csv += "2027-03-01,lg,B200,1,\xeb\x85\xb8\xeb\x93\x9c,\n";  // 6: valid Korean node name
        const GpuUsageImportResult result = importBytes(csv);
        QCOMPARE(result.inserted, 1);
        const QList<std::pair<qint64, const char *>> expected = {
            {2, "node"}, {3, "consortium"}, {4, "comment"}, {5, "node"}};
        QCOMPARE(result.issues.size(), expected.size() + 1);  // + the unknown column
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(result.issues[i + 1].line, expected[i].first);
            QCOMPARE(result.issues[i + 1].column, QString::fromLatin1(expected[i].second));
        }
        QVERIFY(result.issues[1].reason.contains(QLatin1String("NUL")));
        QCOMPARE(connection().queryInt(QStringLiteral("SELECT count(*) FROM gpu_node WHERE instr(name, char(0)) > 0 "
                                                      "OR name LIKE 'n%x'")),
                 0);
    }

    // Issue 13, item 13 (names): a decomposed Korean name matches its composed form.
    void decomposedKoreanNamesMatch()
    {
        const QByteArray nfd = QStringLiteral("LG AI연구원").normalized(QString::NormalizationForm_D).toUtf8();
        QVERIFY(nfd != QStringLiteral("LG AI연구원").toUtf8());
        const QByteArray provider = QStringLiteral("카카오").normalized(QString::NormalizationForm_D).toUtf8();
        const GpuUsageImportResult result = importBytes(Header + "2027-03-01," + nfd + ",B200,8," + provider + ",n1,\n");
        QCOMPARE(result.inserted, 1);
        QCOMPARE(connection().queryInt(QStringLiteral("SELECT count(*) FROM gpu_usage u JOIN gpu_provider p ON "
                                                      "p.id = u.provider_id JOIN gpu_node n ON n.id = u.node_id "
                                                      "WHERE p.code = 'kakao-cloud' AND n.name = 'n1'")),
                 1);
    }

    void reportQuotesFieldsThatNeedIt()
    {
        const QString path = m_fixture.sample().dirPath() + QStringLiteral("/r.csv");
        QVERIFY(kai::import::ImportReportWriter::write(
                    path, {{QStringLiteral("a,b.csv"), 3, QStringLiteral("node"), QStringLiteral("say \"x\"")}}, 0)
                    .isEmpty());
        QFile report(path);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QCOMPARE(report.readAll(), QByteArray("file,line,column,reason\n\"a,b.csv\",3,node,\"say \"\"x\"\"\"\n"));
    }
};

QTEST_GUILESS_MAIN(TestGpuUsageImporter)
#include "tst_gpu_usage_importer.moc"
