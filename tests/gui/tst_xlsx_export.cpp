// SPDX-License-Identifier: GPL-3.0-or-later
// Tables to .xlsx, read back with an independent reader (openpyxl, through tests/scripts/
// xlsx_dump.py): the same values and types as the item models the views show, the provenance
// rows, a frozen header with an autofilter, Korean headers in Korean, and masking in press.
#include "BuildPaths.h"
#include "AppProcess.h"
#include "TestSupport.h"
#include "export/ExportContext.h"
#include "export/XlsxExport.h"
#include "export/XlsxWorkbookWriter.h"
#include "gpu/GpuImportTemplate.h"
#include "import/GpuUsageColumns.h"
#include "import/GpuUsageImporter.h"
#include "items/ConsortiumTableModel.h"
#include "items/DisplayFormat.h"
#include "items/DomainText.h"
#include "items/SnapshotTableModel.h"
#include "items/SourceTableModel.h"
#include "items/StageTableModel.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kai;

namespace {
constexpr int HeaderRow = ui::XlsxWorkbookWriter::ProvenanceRows + 1;  // 0-based

// The workbook as openpyxl reads it, or an empty object when no Python with openpyxl is here.
QJsonObject readBack(const QString &path)
{
    const QString script = QDir::cleanPath(kai::test::testDataDir() + QStringLiteral("/../scripts/xlsx_dump.py"));
    for (const QString &python : {QStandardPaths::findExecutable(QStringLiteral("python3")), QStringLiteral("/usr/bin/python3")}) {
        if (python.isEmpty())
            continue;
        QProcess dump;
        dump.start(python, {script, path});
        if (dump.waitForFinished(60000) && dump.exitStatus() == QProcess::NormalExit && dump.exitCode() == 0)
            return QJsonDocument::fromJson(dump.readAllStandardOutput()).object();
    }
    return {};
}

QJsonObject sheetNamed(const QJsonObject &book, const QString &name)
{
    for (const QJsonValue &sheet : book.value(QStringLiteral("sheets")).toArray()) {
        if (sheet.toObject().value(QStringLiteral("name")).toString() == name)
            return sheet.toObject();
    }
    return {};
}

QJsonValue cellAt(const QJsonObject &sheet, int row, int column)
{
    return sheet.value(QStringLiteral("rows")).toArray().at(row).toArray().at(column);
}
} // namespace

class TestXlsxExport : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase m_sample;
    QTemporaryDir m_out;

    std::unique_ptr<ui::ExportContext> context(domain::Language language, ui::ExportProfile profile)
    {
        QString error;
        auto opened = ui::ExportContext::openCopy(m_sample.path(), {QDate(2026, 11, 29), language, profile}, &error);
        if (!opened)
            qFatal("cannot open the sample: %s", qPrintable(error));
        return opened;
    }

    QJsonObject exportWorkbook(const ui::ExportContext &context, const QString &name)
    {
        const QString path = m_out.filePath(name);
        const QString error = ui::XlsxExport(context).write(std::nullopt, path);
        if (!error.isEmpty())
            qFatal("export failed: %s", qPrintable(error));
        return readBack(path);
    }

    // Every cell of the model against the sheet: a date shown as a date is a date, a figure shown
    // as that figure is a number (percentages as fractions), anything else is the text shown (a
    // sort key never replaces it). The sheet may leave out rows (sources not known on the as-of
    // date): its rows are matched to the model's by the text of matchColumn.
    static void compareWithModel(const QJsonObject &sheet, const QAbstractItemModel &model, int matchColumn = -1)
    {
        QVERIFY2(!sheet.isEmpty(), "sheet missing");
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(cellAt(sheet, HeaderRow, column).toObject().value(QStringLiteral("v")).toString(),
                     model.headerData(column, Qt::Horizontal).toString());
        const int sheetRows = int(sheet.value(QStringLiteral("rows")).toArray().size()) - HeaderRow - 1;
        if (matchColumn < 0)
            QCOMPARE(sheetRows, model.rowCount());
        QVERIFY(sheetRows > 0);
        const DisplayFormat format(domain::Language::English);
        for (int sheetRow = 0; sheetRow < sheetRows; ++sheetRow) {
            int row = sheetRow;
            if (matchColumn >= 0) {
                const QString key = cellAt(sheet, HeaderRow + 1 + sheetRow, matchColumn).toObject().value(QStringLiteral("v")).toString();
                row = -1;
                for (int r = 0; r < model.rowCount() && row < 0; ++r)
                    row = model.index(r, matchColumn).data().toString() == key ? r : -1;
                QVERIFY2(row >= 0, qPrintable(key));
            }
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = model.index(row, column);
                QString shown = model.data(index).toString();
                if (model.headerData(column, Qt::Horizontal, SnapshotTableModel::SourceCodeRole).toBool())
                    shown.replace(QStringLiteral("ILLUSTRATIVE"), DomainText::illustrative());
                const QVariant raw = model.data(index, SnapshotTableModel::SortRole);
                const QJsonObject cell = cellAt(sheet, HeaderRow + 1 + sheetRow, column).toObject();
                const QString where = QStringLiteral("row %1 column %2 '%3'").arg(row).arg(column).arg(shown);
                if (shown.isEmpty()) {
                    QVERIFY2(cell.isEmpty(), qPrintable(where));
                    continue;
                }
                const QString type = cell.value(QStringLiteral("t")).toString();
                if (raw.typeId() == QMetaType::QDate && shown == format.date(raw.toDate())) {
                    QVERIFY2(type == u"d", qPrintable(where));
                    QCOMPARE(cell.value(QStringLiteral("v")).toString(), raw.toDate().toString(Qt::ISODate));
                } else if (type == u"n") {
                    // The sort key when the cell shows it, else the figure shown (a GPU count sorted by H100 equivalents).
                    const double scale = shown.endsWith(u'%') ? 100 : 1;
                    const double value = cell.value(QStringLiteral("v")).toDouble() * scale;
                    QString digits = shown;
                    digits.remove(u',').remove(u'%');
                    QVERIFY2(qFuzzyCompare(1 + value, 1 + raw.toDouble()) || qAbs(value - digits.trimmed().toDouble()) < 1e-9,
                             qPrintable(where));
                    QVERIFY2(!shown.endsWith(u'%') || cell.value(QStringLiteral("f")).toString().contains(u'%'), qPrintable(where));
                } else {
                    QVERIFY2(type == u"s", qPrintable(where));
                    QCOMPARE(cell.value(QStringLiteral("v")).toString(), shown);
                    // Never a figure stored as text: a text starting with a digit is no plain figure, or not its sort key.
                    QString digits = shown;
                    digits.remove(u',');
                    bool figure = false;
                    const double value = digits.toDouble(&figure);
                    QVERIFY2(!(raw.typeId() == QMetaType::Int || raw.typeId() == QMetaType::Double) || !figure
                                 || value != raw.toDouble(),
                             qPrintable(where));
                }
            }
        }
    }

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        if (readBack(QStringLiteral("/nonexistent.xlsx")).isEmpty()) {
            // Distinguish "no openpyxl" from a broken script: a tiny workbook must read back.
            auto probe = context(domain::Language::English, ui::ExportProfile::Internal);
            const QString path = m_out.filePath(QStringLiteral("probe.xlsx"));
            ui::XlsxExport(*probe).write(ui::SlideTarget(ui::ViewId::Timeline), path);
            if (readBack(path).isEmpty())
                QSKIP("no Python with openpyxl to read the workbook back");
        }
    }

    void workbookHasTheSameValuesAndTypesAsTheModels()
    {
        const auto english = context(domain::Language::English, ui::ExportProfile::Internal);
        const QJsonObject book = exportWorkbook(*english, QStringLiteral("workbook.xlsx"));
        QStringList names;
        for (const QJsonValue &sheet : book.value(QStringLiteral("sheets")).toArray())
            names << sheet.toObject().value(QStringLiteral("name")).toString();
        for (const char *expected : {"Consortia", "Timeline stages", "GPU summary", "GPU usage by period", "Sources"})
            QVERIFY2(names.contains(QLatin1String(expected)), qPrintable(names.join(u',')));
        QVERIFY2(names.size() > 5, "no round results sheet");

        const ConsortiumTableModel consortia(english->state());
        compareWithModel(sheetNamed(book, QStringLiteral("Consortia")), consortia);
        const StageTableModel stages(english->state());
        compareWithModel(sheetNamed(book, QStringLiteral("Timeline stages")), stages);
        const SourceTableModel sources(english->state());
        compareWithModel(sheetNamed(book, QStringLiteral("Sources")), sources, SourceTableModel::TitleColumn);

        const QJsonObject sheet = sheetNamed(book, QStringLiteral("Consortia"));
        QCOMPARE(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A8"));
        QVERIFY(sheet.value(QStringLiteral("filter")).toString().startsWith(QStringLiteral("A7:")));
        const QString headline = cellAt(sheet, 0, 0).toObject().value(QStringLiteral("v")).toString();
        QVERIFY2(headline.contains(QStringLiteral("Data as of")), qPrintable(headline));
        QVERIFY(cellAt(sheet, 3, 0).toObject().value(QStringLiteral("v")).toString().contains(english->checksum()));
        const QJsonObject properties = book.value(QStringLiteral("properties")).toObject();
        QVERIFY(properties.value(QStringLiteral("keywords")).toString().contains(english->checksum()));
        QVERIFY(properties.value(QStringLiteral("keywords")).toString().contains(QStringLiteral("2026-11-29")));
        QVERIFY(properties.value(QStringLiteral("title")).toString().contains(QStringLiteral("Data as of")));
    }

    void koreanExportHasKoreanHeaders()
    {
        const auto korean = context(domain::Language::Korean, ui::ExportProfile::Internal);
        const QJsonObject book = exportWorkbook(*korean, QStringLiteral("korean.xlsx"));
        const ConsortiumTableModel consortia(korean->state());
        const QString heading = consortia.headerData(0, Qt::Horizontal).toString();
        QVERIFY2(heading.contains(QStringLiteral("컨소시엄")), qPrintable(heading));
        const QJsonObject first = book.value(QStringLiteral("sheets")).toArray().at(0).toObject();
        QCOMPARE(cellAt(first, HeaderRow, 0).toObject().value(QStringLiteral("v")).toString(), heading);
    }

    void pressMasksConfidentialAndIllustrativeCells()
    {
        const auto internal = context(domain::Language::English, ui::ExportProfile::Internal);
        const auto press = context(domain::Language::English, ui::ExportProfile::Press);
        const QJsonObject internalBook = exportWorkbook(*internal, QStringLiteral("internal.xlsx"));
        const QJsonObject pressBook = exportWorkbook(*press, QStringLiteral("press.xlsx"));
        int shaded = 0;
        for (const QJsonValue &sheet : internalBook.value(QStringLiteral("sheets")).toArray()) {
            for (const QJsonValue &row : sheet.toObject().value(QStringLiteral("rows")).toArray()) {
                for (const QJsonValue &cell : row.toArray())
                    shaded += cell.toObject().value(QStringLiteral("fill")).toString().endsWith(QStringLiteral("FFF2CC")) ? 1 : 0;
            }
        }
        for (const QJsonValue &sheet : pressBook.value(QStringLiteral("sheets")).toArray()) {
            for (const QJsonValue &row : sheet.toObject().value(QStringLiteral("rows")).toArray()) {
                for (const QJsonValue &cell : row.toArray())
                    QVERIFY(!cell.toObject().value(QStringLiteral("fill")).toString().endsWith(QStringLiteral("FFF2CC")));
            }
        }
        // The sample holds illustrative GPU figures: shaded with a legend inside, masked in press.
        QVERIFY(shaded > 1);
        const QJsonObject gpu = sheetNamed(pressBook, QStringLiteral("GPU usage by period"));
        bool masked = false;
        for (const QJsonValue &row : gpu.value(QStringLiteral("rows")).toArray()) {
            for (const QJsonValue &cell : row.toArray())
                masked = masked || cell.toObject().value(QStringLiteral("v")).toString() == ui::XlsxWorkbookWriter::maskedText();
        }
        QVERIFY(masked);
    }

    void importTemplateHasCommentsListsAndExamplesThatImport()
    {
        test::SampleDatabase writable;
        const auto state = test::createState(writable, domain::Language::English);
        const QString path = m_out.filePath(QStringLiteral("template.xlsx"));
        QCOMPARE(ui::GpuImportTemplate(*state).write(path), QString());
        const QJsonObject book = readBack(path);
        const QJsonObject sheet = book.value(QStringLiteral("sheets")).toArray().at(0).toObject();
        for (int column = 0; column < import::GpuUsageColumns::Count; ++column) {
            const QJsonObject cell = cellAt(sheet, 0, column).toObject();
            QCOMPARE(cell.value(QStringLiteral("v")).toString(),
                     QString::fromLatin1(import::GpuUsageColumns::name(import::GpuUsageColumns::Column(column))));
            QVERIFY(cell.value(QStringLiteral("comment")).toString().contains(ui::GpuImportTemplate::columnHelp(column)));
        }
        QCOMPARE(cellAt(sheet, 1, 0).toObject().value(QStringLiteral("t")).toString(), QStringLiteral("d"));
        const QJsonArray validations = sheet.value(QStringLiteral("validations")).toArray();
        QCOMPARE(validations.size(), 3);
        const QJsonObject lists = sheetNamed(book, QStringLiteral("Lists"));
        QCOMPARE(lists.value(QStringLiteral("state")).toString(), QStringLiteral("hidden"));
        QStringList codes;
        for (const QJsonValue &row : lists.value(QStringLiteral("rows")).toArray())
            codes << row.toArray().at(0).toObject().value(QStringLiteral("v")).toString();
        QVERIFY2(codes.contains(QStringLiteral("lg")) && codes.contains(QStringLiteral("upstage")), qPrintable(codes.join(u',')));

        // The example rows import as they are.
        auto db = writable.open();
        import::GpuUsageImporter importer(db->connection());
        const import::GpuUsageImportResult result = importer.importFile(path);
        QVERIFY2(result.committed() && result.inserted == 2 && result.skipped == 0,
                 qPrintable(result.error + result.issues.value(0).reason));
    }

    // File → Export Current View… with the XLSX format goes through ExportContext::exportView.
    void exportCurrentViewAsXlsxWritesTheViewsTables()
    {
        const auto english = context(domain::Language::English, ui::ExportProfile::Internal);
        ui::ExportSettings settings;
        settings.format = ui::ExportFormat::Xlsx;
        const QString path = m_out.filePath(QStringLiteral("timeline.xlsx"));
        QCOMPARE(english->exportView(ui::SlideTarget(ui::ViewId::Timeline), settings, path), QString());
        const QJsonObject book = readBack(path);
        QCOMPARE(book.value(QStringLiteral("sheets")).toArray().size(), 2);
        const StageTableModel stages(english->state());
        compareWithModel(sheetNamed(book, QStringLiteral("Timeline stages")), stages);
        QVERIFY(!sheetNamed(book, QStringLiteral("Sources")).isEmpty());
    }

    // A corrected cell's marker comes with its reason: a column beside the round's table says, in the
    // workbook's language, what was corrected and why (a criterion score and a result), and that a
    // total its corrected criteria no longer add up to was not corrected. Read back with openpyxl.
    void correctionsCarryTheirReasonsBesideTheTable_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("English") << QStringLiteral("en")
                                 << QStringList{QStringLiteral("Corrections and reasons"), QStringLiteral("Benchmark rescored"),
                                                QStringLiteral("Recount"), QStringLiteral("Total not corrected; criteria now sum to 90.6")};
        QTest::newRow("Korean") << QStringLiteral("ko")
                                << QStringList{QStringLiteral("정정 내역과 사유"), QStringLiteral("벤치마크 재채점"), QStringLiteral("재집계"),
                                               QStringLiteral("총점 미정정, 항목 점수 합계는 현재 90.6")};
    }

    void correctionsCarryTheirReasonsBesideTheTable()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        test::SampleDatabase sample;
        sample.recordPhaseOneCorrections();
        QTemporaryDir home;
        const QString out = m_out.filePath(QStringLiteral("corrections-%1.xlsx").arg(language));
        const test::AppRun run = test::runApp({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("workbook"),
                                               QStringLiteral("--db"), sample.path(), QStringLiteral("--lang"), language,
                                               QStringLiteral("--as-of"), QStringLiteral("2026-11-30"), QStringLiteral("--out"), out},
                                              home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The column of the sheet whose header row names it, every cell of it in one text.
        QString column;
        for (const QJsonValue &sheet : readBack(out).value(QStringLiteral("sheets")).toArray()) {
            const QJsonArray rows = sheet.toObject().value(QStringLiteral("rows")).toArray();
            const QJsonArray header = rows.at(HeaderRow).toArray();
            for (int c = 0; c < header.size(); ++c) {
                if (header.at(c).toObject().value(QStringLiteral("v")).toString() != expected.first())
                    continue;
                for (int r = HeaderRow + 1; r < rows.size(); ++r)
                    column += rows.at(r).toArray().at(c).toObject().value(QStringLiteral("v")).toString() + QLatin1Char('\n');
            }
        }
        for (const QString &words : expected.mid(1))
            QVERIFY2(column.contains(words), qPrintable(words + QStringLiteral(" not in: ") + column));
    }

    void commandLineWritesWorkbooksAndRefusesWhatIsNoTable()
    {
        QTemporaryDir home;
        const QString out = m_out.filePath(QStringLiteral("cli.xlsx"));
        const test::AppRun run = test::runApp({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("workbook"),
                                               QStringLiteral("--db"), m_sample.path(), QStringLiteral("--out"), out},
                                              home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFileInfo(out).size() > 1000);
        const QString gpu = m_out.filePath(QStringLiteral("gpu.xlsx"));
        QCOMPARE(test::runApp({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("gpu"), QStringLiteral("--format"),
                               QStringLiteral("xlsx"), QStringLiteral("--db"), m_sample.path(), QStringLiteral("--out"), gpu},
                              home.path())
                     .exitCode,
                 0);
        QCOMPARE(sheetNamed(readBack(gpu), QStringLiteral("GPU summary")).isEmpty(), false);
        QCOMPARE(test::runApp({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("overview"), QStringLiteral("--format"),
                               QStringLiteral("xlsx"), QStringLiteral("--db"), m_sample.path(), QStringLiteral("--out"),
                               m_out.filePath(QStringLiteral("o.xlsx"))},
                              home.path())
                     .exitCode,
                 2);
        QCOMPARE(test::runApp({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("workbook"), QStringLiteral("--format"),
                               QStringLiteral("pdf"), QStringLiteral("--db"), m_sample.path(), QStringLiteral("--out"),
                               m_out.filePath(QStringLiteral("w.pdf"))},
                              home.path())
                     .exitCode,
                 2);
    }
};

QTEST_MAIN(TestXlsxExport)
#include "tst_xlsx_export.moc"
