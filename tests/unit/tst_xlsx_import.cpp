// SPDX-License-Identifier: GPL-3.0-or-later
// GPU usage from .xlsx workbooks: each of Excel's realities in a workbook of its own, imported
// through the same importer as CSV and compared with the CSV of the same rows.
#include "AppProcess.h"
#include "TestSupport.h"
#include "XlsxFixture.h"
#include "import/ExcelSerialDate.h"
#include "import/GpuUsageImporter.h"
#include "import/XlsxDateStyles.h"
#include "store/SqliteConnection.h"

#include <QTemporaryDir>
#include <QTest>

using kai::import::ExcelSerialDate;
using kai::import::GpuUsageImporter;
using kai::import::GpuUsageImportResult;
using kai::test::XlsxFixture;
using Outcome = kai::import::GpuUsageImportResult::Outcome;

namespace {
const QByteArray CsvHeader = "period_start,consortium,gpu_model,gpu_hours_used,provider,node,utilization_pct\n";
const QStringList HeaderNames = {QStringLiteral("period_start"), QStringLiteral("consortium"), QStringLiteral("gpu_model"),
                                 QStringLiteral("gpu_hours_used"), QStringLiteral("provider"), QStringLiteral("node"),
                                 QStringLiteral("utilization_pct")};
// The rows of CsvRows below, the way Excel stores them (1900 date system).
const QByteArray CsvRows = "2027-03-01T09:00,lg,B200,8,nhn-cloud,n1,50\n"
                           "2027-03-01T10:00,LG AI연구원,B200,4,nhn-cloud,n1,\n"
                           "2027-03-02,Upstage,H100,24.5,,node 2,80\n";
constexpr int Excel1904Offset = 1462;

// The stored samples as text, without their source (named after the file).
QStringList storedRows(kai::store::SqliteConnection &connection)
{
    QStringList rows;
    kai::store::SqliteStatement query = connection.prepare(QStringLiteral(
        "SELECT u.period_start, u.period_end, c.code, n.name, m.name, p.code, u.gpu_hours, ifnull(u.utilization_pct, '-') "
        "FROM gpu_usage u JOIN consortium c ON c.id = u.consortium_id JOIN gpu_node n ON n.id = u.node_id "
        "JOIN gpu_model m ON m.id = u.gpu_model_id JOIN gpu_provider p ON p.id = u.provider_id ORDER BY 1, 3, 4"));
    while (query.step()) {
        QStringList fields;
        for (int column = 0; column < query.columnCount(); ++column)
            fields.append(query.columnText(column));
        rows.append(fields.join(u'|'));
    }
    return rows;
}

QString serial(double days)
{
    return QString::number(days, 'g', 17);
}
} // namespace

class TestXlsxImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<kai::test::SampleDatabase> m_sample;
    std::unique_ptr<kai::store::Database> m_db;

    QString path(const QString &name) const { return m_sample->dirPath() + u'/' + name; }
    kai::store::SqliteConnection &connection() { return m_db->connection(); }

    GpuUsageImportResult import(const QString &file, const QString &sheet = QString(), bool strict = false)
    {
        GpuUsageImporter importer(connection());
        importer.setSheet(sheet);
        importer.setStrict(strict);
        return importer.importFile(file);
    }

    QString writeWorkbook(const XlsxFixture &workbook, const QString &name = QStringLiteral("usage.xlsx"))
    {
        const QString file = path(name);
        if (!workbook.write(file))
            qFatal("cannot write the workbook %s", qPrintable(file));
        return file;
    }

    // CsvRows as Excel keeps them: date-time, custom and date styles, shared and inline strings,
    // a number stored as text, an omitted cell, a formula with its saved result, a text-styled number.
    static XlsxFixture usageWorkbook(int dayOffset = 0)
    {
        XlsxFixture w;
        const double day = 46447 - dayOffset;  // 2027-03-01 in the 1900 system
        QString rows = w.header(HeaderNames);
        rows += XlsxFixture::row(2, XlsxFixture::number(QStringLiteral("A2"), serial(day + 0.375), 2) + w.shared(QStringLiteral("B2"), QStringLiteral("lg"))
                                        + XlsxFixture::inlineText(QStringLiteral("C2"), QStringLiteral("B200")) + XlsxFixture::number(QStringLiteral("D2"), QStringLiteral("8"))
                                        + w.shared(QStringLiteral("E2"), QStringLiteral("nhn-cloud")) + XlsxFixture::inlineText(QStringLiteral("F2"), QStringLiteral("n1"))
                                        + XlsxFixture::number(QStringLiteral("G2"), QStringLiteral("50"), 5));
        rows += XlsxFixture::row(3, XlsxFixture::number(QStringLiteral("A3"), serial(day + 10.0 / 24), 3)
                                        + w.shared(QStringLiteral("B3"), QStringLiteral("LG AI연구원")) + w.shared(QStringLiteral("C3"), QStringLiteral("B200"))
                                        + w.shared(QStringLiteral("D3"), QStringLiteral("4")) + w.shared(QStringLiteral("E3"), QStringLiteral("nhn-cloud"))
                                        + w.shared(QStringLiteral("F3"), QStringLiteral("n1")) + QStringLiteral("<c r=\"G3\" s=\"5\"/>"));
        rows += XlsxFixture::row(4, XlsxFixture::number(QStringLiteral("A4"), serial(day + 1), 1)
                                        + XlsxFixture::inlineText(QStringLiteral("B4"), QStringLiteral("Upstage"))
                                        + XlsxFixture::inlineText(QStringLiteral("C4"), QStringLiteral("H100"))
                                        + QStringLiteral("<c r=\"D4\"><f>SUM(20,4.5)</f><v>24.5</v></c>")
                                        + XlsxFixture::inlineText(QStringLiteral("F4"), QStringLiteral("node 2"))
                                        + XlsxFixture::number(QStringLiteral("G4"), QStringLiteral("80"), 4)
                                        + QStringLiteral("<c r=\"K4\" s=\"2\"/>"));
        w.sheets.append({QStringLiteral("Usage"), rows, QString()});
        return w;
    }

    QStringList rowsOfCsv()
    {
        const kai::test::SampleDatabase other;
        const auto db = other.open();
        const QString csv = kai::test::writeFile(other.dirPath() + QStringLiteral("/usage.csv"), CsvHeader + CsvRows);
        GpuUsageImporter importer(db->connection());
        const GpuUsageImportResult result = importer.importFile(csv);
        if (result.inserted != 3)
            qFatal("the CSV twin did not import");
        return storedRows(db->connection());
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

    void serialDates_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<bool>("system1904");
        QTest::addColumn<bool>("withTime");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first day") << 1.0 << false << false << QStringLiteral("1900-01-01");
        QTest::newRow("last real day before the phantom") << 59.0 << false << false << QStringLiteral("1900-02-28");
        QTest::newRow("first day after the phantom") << 61.0 << false << false << QStringLiteral("1900-03-01");
        QTest::newRow("2025") << 45658.0 << false << false << QStringLiteral("2025-01-01");
        QTest::newRow("date-time") << 46447.375 << false << true << QStringLiteral("2027-03-01T09:00:00");
        QTest::newRow("time without a time style") << 46447.5 << false << false << QStringLiteral("2027-03-01T12:00:00");
        QTest::newRow("rounds to the second") << 46447.0 + 10.0 / 24 - 1e-10 << false << true
                                              << QStringLiteral("2027-03-01T10:00:00");
        QTest::newRow("milliseconds") << 46447.0 + 0.5 / 86400 << false << true << QStringLiteral("2027-03-01T00:00:00.500");
        QTest::newRow("1904 day 0") << 0.0 << true << false << QStringLiteral("1904-01-01");
        QTest::newRow("1904 2025") << 45658.0 - Excel1904Offset << true << false << QStringLiteral("2025-01-01");
    }

    void serialDates()
    {
        QFETCH(double, serial);
        QFETCH(bool, system1904);
        QFETCH(bool, withTime);
        QFETCH(QString, expected);
        std::string text;
        QCOMPARE(ExcelSerialDate::toIso(serial, system1904 ? ExcelSerialDate::System::Excel1904 : ExcelSerialDate::System::Excel1900,
                                        withTime, text),
                 ExcelSerialDate::Problem::None);
        QCOMPARE(QString::fromStdString(text), expected);
    }

    void serialDatesExcelCannotShow()
    {
        std::string text;
        using S = ExcelSerialDate::System;
        QCOMPARE(ExcelSerialDate::toIso(60, S::Excel1900, false, text), ExcelSerialDate::Problem::LeapYearBug);
        QCOMPARE(ExcelSerialDate::toIso(0.5, S::Excel1900, false, text), ExcelSerialDate::Problem::BeforeFirstDay);
        QCOMPARE(ExcelSerialDate::toIso(-1, S::Excel1904, false, text), ExcelSerialDate::Problem::BeforeFirstDay);
        QCOMPARE(ExcelSerialDate::toIso(3e6, S::Excel1900, false, text), ExcelSerialDate::Problem::TooLate);
    }

    void dateFormatCodes()
    {
        using D = kai::import::XlsxDateStyles;
        QCOMPARE(D::formatCodeKind(u"yyyy\\-mm\\-dd"), D::Date);
        QCOMPARE(D::formatCodeKind(u"[$-412]yyyy\"년\" m\"월\" d\"일\""), D::Date);
        QCOMPARE(D::formatCodeKind(u"yyyy-mm-dd hh:mm"), D::DateTime);
        QCOMPARE(D::formatCodeKind(u"[h]:mm"), D::DateTime);
        QCOMPARE(D::formatCodeKind(u"#,##0.0\"h\""), D::NotDate);
        QCOMPARE(D::formatCodeKind(u"[Red]0.00;[Blue]-0.00"), D::NotDate);
        QCOMPARE(D::formatCodeKind(u"0.00E+00"), D::NotDate);
        QCOMPARE(D::builtInKind(14), D::Date);
        QCOMPARE(D::builtInKind(22), D::DateTime);
        QCOMPARE(D::builtInKind(49), D::NotDate);
    }

    void workbookImportsTheSameRowsAsTheCsv()
    {
        const GpuUsageImportResult result = import(writeWorkbook(usageWorkbook()));
        QCOMPARE(result.outcome, Outcome::Committed);
        QCOMPARE(result.rowsRead, 3);
        QCOMPARE(result.inserted, 3);
        QVERIFY2(result.issues.isEmpty(), qPrintable(result.issues.value(0).reason));
        QCOMPARE(storedRows(connection()), rowsOfCsv());
    }

    void date1904WorkbookImportsTheSameRows()
    {
        XlsxFixture workbook = usageWorkbook(Excel1904Offset);
        workbook.date1904 = true;
        const GpuUsageImportResult result = import(writeWorkbook(workbook));
        QCOMPARE(result.inserted, 3);
        QCOMPARE(storedRows(connection()), rowsOfCsv());
    }

    void reimportAddsNothing()
    {
        const QString file = writeWorkbook(usageWorkbook());
        QCOMPARE(import(file).inserted, 3);
        const GpuUsageImportResult again = import(file);
        QCOMPARE(again.outcome, Outcome::Committed);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.duplicates, 3);
    }

    void formulaWithoutResultErrorValueAndPhantomDayAreErrorRows()
    {
        XlsxFixture w;
        const auto rest = [&](int r) {
            return w.shared(QStringLiteral("B%1").arg(r), QStringLiteral("lg")) + w.shared(QStringLiteral("C%1").arg(r), QStringLiteral("B200"));
        };
        QString rows = w.header(HeaderNames.mid(0, 4));
        rows += XlsxFixture::row(2, XlsxFixture::number(QStringLiteral("A2"), serial(46447.375), 2) + rest(2) + XlsxFixture::number(QStringLiteral("D2"), QStringLiteral("8")));
        rows += XlsxFixture::row(3, XlsxFixture::number(QStringLiteral("A3"), serial(46447.5), 2) + rest(3) + QStringLiteral("<c r=\"D3\"><f>B3*2</f></c>"));
        rows += XlsxFixture::row(4, XlsxFixture::number(QStringLiteral("A4"), serial(46447.625), 2) + rest(4) + QStringLiteral("<c r=\"D4\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"));
        rows += XlsxFixture::row(5, XlsxFixture::number(QStringLiteral("A5"), QStringLiteral("60"), 1) + rest(5) + XlsxFixture::number(QStringLiteral("D5"), QStringLiteral("1")));
        w.sheets.append({QStringLiteral("Usage"), rows, QString()});
        const GpuUsageImportResult result = import(writeWorkbook(w));
        QCOMPARE(result.outcome, Outcome::Committed);
        QCOMPARE(result.inserted, 1);
        QCOMPARE(result.skipped, 3);
        QCOMPARE(result.issues.size(), 3);
        QCOMPARE(result.issues[0].line, 3);
        QVERIFY2(result.issues[0].reason.contains(u"D3") && result.issues[0].reason.contains(u"formula"), qPrintable(result.issues[0].reason));
        QCOMPARE(result.issues[1].line, 4);
        QVERIFY(result.issues[1].reason.contains(u"#DIV/0!"));
        QCOMPARE(result.issues[2].line, 5);
        QVERIFY2(result.issues[2].reason.contains(u"1900"), qPrintable(result.issues[2].reason));
        QVERIFY(!result.reportPath.isEmpty());
    }

    void hiddenRowsAndMergedCellsAreReported()
    {
        XlsxFixture w;
        QString rows = w.header(HeaderNames.mid(0, 4) + QStringList{QStringLiteral("node")});
        for (int r = 2; r <= 6; ++r) {
            const QString attributes = r >= 3 && r <= 5 ? QStringLiteral(" hidden=\"1\"") : QString();
            rows += XlsxFixture::row(r, XlsxFixture::number(QStringLiteral("A%1").arg(r), serial(46447 + r / 24.0), 2)
                                            + w.shared(QStringLiteral("B%1").arg(r), QStringLiteral("lg"))
                                            + w.shared(QStringLiteral("C%1").arg(r), QStringLiteral("B200"))
                                            + XlsxFixture::number(QStringLiteral("D%1").arg(r), QStringLiteral("1"))
                                            + (r == 2 ? w.shared(QStringLiteral("E2"), QStringLiteral("n1")) : QString()),
                                     attributes);
        }
        w.sheets.append({QStringLiteral("Usage"), rows,
                         QStringLiteral("<mergeCells count=\"1\"><mergeCell ref=\"E2:E6\"/></mergeCells>")});
        const GpuUsageImportResult result = import(writeWorkbook(w));
        QCOMPARE(result.outcome, Outcome::Committed);
        QCOMPARE(result.inserted, 5);
        QCOMPARE(result.skipped, 0);
        QCOMPARE(result.issues.size(), 2);
        QCOMPARE(result.issues[0].line, 3);
        QVERIFY2(result.issues[0].reason.contains(u"3 to 5") && result.issues[0].reason.contains(u"hidden"),
                 qPrintable(result.issues[0].reason));
        QCOMPARE(result.issues[1].line, 2);
        QVERIFY2(result.issues[1].reason.contains(u"E2:E6"), qPrintable(result.issues[1].reason));
    }

    void sheetIsChosenByName()
    {
        XlsxFixture w = usageWorkbook();
        w.sheets.prepend({QStringLiteral("메모"), XlsxFixture::row(1, XlsxFixture::inlineText(QStringLiteral("A1"), QStringLiteral("notes"))), QString()});
        const QString file = writeWorkbook(w);
        const GpuUsageImportResult first = import(file);
        QCOMPARE(first.outcome, Outcome::Failed);
        QVERIFY2(first.error.contains(u"period_start"), qPrintable(first.error));
        const GpuUsageImportResult missing = import(file, QStringLiteral("Sheet9"));
        QCOMPARE(missing.outcome, Outcome::Failed);
        QVERIFY2(missing.error.contains(u"Sheet9") && missing.error.contains(u"메모, Usage"), qPrintable(missing.error));
        QCOMPARE(import(file, QStringLiteral("Usage")).inserted, 3);
    }

    void unreadableWorkbooksAreRefusedByName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray cfb = QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(504, '\0');
        QTest::newRow("xls") << QStringLiteral("old.xls") << cfb + QByteArray("W\0o\0r\0k\0b\0o\0o\0k\0", 16) << QStringLiteral(".xls");
        QTest::newRow("encrypted") << QStringLiteral("locked.xlsx")
                                   << cfb + QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32)
                                   << QStringLiteral("password");
        QTest::newRow("renamed text") << QStringLiteral("renamed.xlsx") << CsvHeader + CsvRows
                                      << QStringLiteral("not an Excel workbook");
        QTest::newRow("truncated zip") << QStringLiteral("cut.xlsx") << QByteArray("PK\x03\x04\x14\0\0\0", 8)
                                       << QStringLiteral("damaged");
    }

    void unreadableWorkbooksAreRefusedByName()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString file = kai::test::writeFile(path(name), bytes);
        const GpuUsageImportResult result = import(file);
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY2(result.error.contains(name) && result.error.contains(reason), qPrintable(result.error));
        QCOMPARE(connection().queryInt(QStringLiteral("SELECT count(*) FROM gpu_usage WHERE source_id IN "
                                                      "(SELECT id FROM source WHERE code LIKE 'IMPORT:%')")),
                 0);
    }

    void zipWithoutWorkbookIsRefused()
    {
        const QString file = path(QStringLiteral("other.xlsx"));
        QVERIFY(XlsxFixture::writeZip(file, {{QStringLiteral("readme.txt"), QByteArray("hello")}}));
        const GpuUsageImportResult result = import(file);
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY2(result.error.contains(u"other.xlsx") && result.error.contains(u"xl/workbook.xml"), qPrintable(result.error));
    }

    void damagedSheetImportsNothing()
    {
        XlsxFixture w = usageWorkbook();
        auto parts = w.parts();
        for (auto &[name, bytes] : parts) {
            if (name.startsWith(u"xl/worksheets/"))
                bytes.chop(bytes.size() - bytes.lastIndexOf("<row r=\"4\"") - 20);
        }
        const QString file = path(QStringLiteral("cut.xlsx"));
        QVERIFY(XlsxFixture::writeZip(file, parts));
        const GpuUsageImportResult result = import(file);
        QCOMPARE(result.outcome, Outcome::Failed);
        QCOMPARE(result.inserted, 0);
        QVERIFY2(result.error.contains(u"cut.xlsx") && result.error.contains(u"damaged"), qPrintable(result.error));
        QVERIFY(storedRows(connection()).isEmpty() || !storedRows(connection()).join(u'\n').contains(u"n1"));
    }

    void cancelLeavesTheDatabaseUnchanged()
    {
        XlsxFixture w;
        QString rows = w.header(HeaderNames.mid(0, 4) + QStringList{QStringLiteral("node")});
        for (int r = 2; r <= 20001; ++r) {
            rows += XlsxFixture::row(r, XlsxFixture::number(QStringLiteral("A%1").arg(r), serial(46447 + (r / 100) / 24.0), 2)
                                            + w.shared(QStringLiteral("B%1").arg(r), QStringLiteral("lg"))
                                            + w.shared(QStringLiteral("C%1").arg(r), QStringLiteral("B200"))
                                            + XlsxFixture::number(QStringLiteral("D%1").arg(r), QStringLiteral("1"))
                                            + XlsxFixture::inlineText(QStringLiteral("E%1").arg(r), QStringLiteral("n%1").arg(r % 100)));
        }
        w.sheets.append({QStringLiteral("Usage"), rows, QString()});
        const QString file = writeWorkbook(w);
        const QStringList before = storedRows(connection());
        std::atomic<bool> cancel{false};
        GpuUsageImporter importer(connection());
        importer.setCancelFlag(&cancel);
        qint64 lastDone = 0;
        qint64 total = 0;
        importer.setProgressHandler([&](qint64 done, qint64 bytesTotal, qint64) {
            lastDone = done;
            total = bytesTotal;
            cancel = true;
        });
        const GpuUsageImportResult result = importer.importFile(file);
        QCOMPARE(result.outcome, Outcome::Cancelled);
        QVERIFY(lastDone > 0 && lastDone <= total);
        QCOMPARE(storedRows(connection()), before);
        QCOMPARE(import(file).inserted, 20000);
    }

    void commandLineReadsTheNamedSheetAndRefusesAnXls()
    {
        XlsxFixture w = usageWorkbook();
        w.sheets.prepend({QStringLiteral("Notes"), QString(), QString()});
        const QString file = writeWorkbook(w);
        m_db.reset();
        QTemporaryDir home;
        const kai::test::AppRun run = kai::test::runApp(
            {QStringLiteral("import-gpu-usage"), file, QStringLiteral("--sheet"), QStringLiteral("Usage"), QStringLiteral("--db"), m_sample->path()},
            home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"imported: 3"), qPrintable(run.out));
        const QString xls = kai::test::writeFile(path(QStringLiteral("old.xls")), QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(504, '\0'));
        const kai::test::AppRun refused =
            kai::test::runApp({QStringLiteral("import-gpu-usage"), xls, QStringLiteral("--db"), m_sample->path()}, home.path());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"old.xls") && refused.err.contains(u".xlsx"), qPrintable(refused.err));
        const kai::test::AppRun misplaced =
            kai::test::runApp({QStringLiteral("check"), QStringLiteral("--sheet"), QStringLiteral("Usage"), QStringLiteral("--db"), m_sample->path()}, home.path());
        QCOMPARE(misplaced.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestXlsxImport)
#include "tst_xlsx_import.moc"
