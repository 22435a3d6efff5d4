// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, limits: the largest accepted values, the longest accepted names, 100k unknown columns
// and a 10 MB line give a clear result, bounded memory and no overflow.
#include "TestSupport.h"
#include "import/CsvReader.h"
#include "import/GpuUsageImporter.h"
#include "import/GpuUsageRowValidator.h"
#include "items/DisplayFormat.h"
#include "store/GpuUsageRepository.h"
#include "store/GpuUsageRollup.h"
#include "store/SqliteConnection.h"

#include <QBuffer>
#include <QFile>
#include <QTest>
#include <cmath>

using kai::import::GpuUsageImporter;
using kai::import::GpuUsageImportResult;
using kai::import::GpuUsageRowValidator;

namespace {
const QByteArray Header = "period_start,period_end,consortium,gpu_model,gpu_hours_used,provider,node,utilization_pct";

// Hours of the whole program, 2025-06-01 to 2028-01-01 (exclusive), KST start to UTC end.
QByteArray wholeProgramRow(const QByteArray &consortium, const QByteArray &model, const QByteArray &node)
{
    const qint64 seconds = (QDate(2025, 6, 1).daysTo(QDate(2028, 1, 1))) * 86400;
    const double ceiling = GpuUsageRowValidator::ceilingFor(seconds, !node.isEmpty());
    return "2025-06-01T00:00Z,2028-01-01T00:00Z," + consortium + ',' + model + ','
        + QByteArray::number(ceiling, 'f', 0) + ",," + node + ",100\n";
}
} // namespace

class TestImportLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<kai::test::SampleDatabase> m_sample;
    std::unique_ptr<kai::store::Database> m_db;

    GpuUsageImportResult importBytes(const QByteArray &content)
    {
        const QString path = m_sample->dirPath() + QStringLiteral("/limits.csv");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write the test CSV");
        file.close();
        GpuUsageImporter importer(m_db->connection());
        return importer.importFile(path);
    }

private slots:
    void initTestCase() { kai::test::enterTestMode(); }

    void init()
    {
        m_sample = std::make_unique<kai::test::SampleDatabase>();
        m_db = m_sample->open();
        QVERIFY(m_db);
    }

    void cleanup()
    {
        m_db.reset();
        m_sample.reset();
    }

    void largestAcceptedValuesDoNotOverflowAnyAggregate()
    {
        QByteArray csv = Header + '\n';
        int rows = 0;
        for (const char *consortium : {"lg", "upstage", "skt", "naver", "ncai"}) {
            for (const char *model : {"B200", "H100", "H200"}) {
                csv += wholeProgramRow(consortium, model, QByteArray());
                for (int node = 0; node < 20; ++node)
                    csv += wholeProgramRow(consortium, model, "limit-node-" + QByteArray::number(node));
                rows += 21;
            }
        }
        const GpuUsageImportResult result = importBytes(csv);
        QVERIFY2(result.issues.isEmpty(), qPrintable(result.issues.isEmpty() ? QString() : result.issues.first().reason));
        QCOMPARE(result.inserted, rows);

        kai::store::SqliteConnection &db = m_db->connection();
        kai::store::SqliteStatement totals = db.prepare(QStringLiteral(
            "SELECT sum(gpu_hours), max(gpu_hours), sum(utilization_weighted) FROM gpu_usage_daily"));
        QVERIFY(totals.step());
        for (int column = 0; column < 3; ++column) {
            const double value = totals.columnDouble(column);
            QVERIFY(std::isfinite(value) && value > 0);
            QVERIFY(value < 9.0e18);  // still exact in qint64 when shown rounded
        }
        QVERIFY(kai::store::GpuUsageRollup::differences(db).isEmpty());

        kai::store::GpuUsageRepository repository(db);
        kai::store::GpuUsageRepository::Filter all;
        const auto buckets = repository.usage(all, kai::store::GpuUsageRepository::Granularity::Month);
        double used = 0;
        double h100 = 0;
        for (const auto &bucket : buckets) {
            used += bucket.gpuHours;
            h100 += bucket.h100Hours;
        }
        QVERIFY(std::isfinite(used) && std::isfinite(h100) && h100 < 9.0e18);
        const QString shown = kai::DisplayFormat(kai::domain::Language::English).gpuHours(h100);
        QVERIFY2(!shown.startsWith(QLatin1Char('-')) && shown.size() > 10, qPrintable(shown));
    }

    void justOverTheLargestValuesIsRejected()
    {
        const qint64 hour = 3600;
        const QByteArray over = QByteArray::number(GpuUsageRowValidator::ceilingFor(hour, true) + 0.001, 'f', 3);
        const GpuUsageImportResult result =
            importBytes(Header + "\n2027-03-01T09:00,,lg,B200," + over + ",,n1,\n2027-03-01T09:00,,lg,B200,1,,n2,100.0001\n"
                        + "2027-03-01T09:00,,lg,B200,1.7976931348623157e308,,n3,\n");
        QCOMPARE(result.inserted, 0);
        QCOMPARE(result.issues.size(), 3);
        QCOMPARE(result.issues[0].column, QStringLiteral("gpu_hours_used"));
        QCOMPARE(result.issues[1].column, QStringLiteral("utilization_pct"));
        QCOMPARE(result.issues[2].column, QStringLiteral("gpu_hours_used"));
    }

    void longestAcceptedNames()
    {
        const QByteArray longest(GpuUsageRowValidator::MaxNameBytes, 'n');
        const QByteArray korean = QStringLiteral("노").repeated(GpuUsageRowValidator::MaxNameBytes / 3).toUtf8();
        const GpuUsageImportResult result = importBytes(Header + "\n2027-03-01,,lg,B200,1,," + longest + ",\n"
                                                        + "2027-03-01,,lg,B200,1,," + korean + ",\n"
                                                        + "2027-03-01,,lg,B200,1,," + longest + "n,\n");
        QCOMPARE(result.inserted, 2);
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues[0].line, 4);
        QCOMPARE(result.issues[0].column, QStringLiteral("node"));
    }

    void hundredThousandUnknownColumns()
    {
        QByteArray header = Header;
        QByteArray filler;
        for (int column = 0; column < 100000; ++column) {
            header += ",x" + QByteArray::number(column);
            filler += ',';
        }
        const GpuUsageImportResult result =
            importBytes(header + '\n' + "2027-03-01,,lg,B200,1,,n1,50" + filler + '\n' + "2027-03-02,,lg,B200,1,,n1,50"
                        + filler + '\n');
        QCOMPARE(result.outcome, GpuUsageImportResult::Outcome::Committed);
        QCOMPARE(result.inserted, 2);
        QCOMPARE(result.unknownColumns.size(), 100000);
        QCOMPARE(result.issues.size(), GpuUsageImporter::MaxListedIssues);
        QCOMPARE(result.issuesNotListed, 100000 - GpuUsageImporter::MaxListedIssues);
    }

    void tenMegabyteLineIsReportedAndTheRestImported()
    {
        const QByteArray huge(10 << 20, 'h');
        const GpuUsageImportResult result = importBytes(Header + "\n2027-03-01,,lg,B200,1,,n1,\n2027-03-02,,lg,B200,1,,"
                                                        + huge + ",\n2027-03-03,,lg,B200,1,,n1,\n");
        QCOMPARE(result.rowsRead, 3);
        QCOMPARE(result.inserted, 2);
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues[0].line, 3);
        QVERIFY2(result.issues[0].reason.contains(QLatin1String("4 MiB")), qPrintable(result.issues[0].reason));
    }

    void overlongRecordsKeepNothing()
    {
        // Memory stays bounded: neither the bytes nor the fields of an over-long record are kept.
        QByteArray bytes = QByteArray(10 << 20, ',') + "\nlast,line\n";
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        kai::import::CsvReader reader(buffer);
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.fieldCount(), 1);
        QCOMPARE(reader.field(0).size(), size_t(0));
        QVERIFY(!reader.error().isEmpty());
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.lineNumber(), 2);
        QCOMPARE(reader.fieldCount(), 2);
        QVERIFY(reader.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportLimits)
#include "tst_import_limits.moc"
