// SPDX-License-Identifier: GPL-3.0-or-later
// Every table in the window exports to .xlsx from its context menu, as it is on screen, with the
// workbook's provenance rows and properties, press masking, money as numbers in 억 원 / KRW bn,
// and a source code on each row that the Sources sheet resolves. Read back with openpyxl.
#include "BuildPaths.h"
#include "ShellFixture.h"
#include "export/ExportActions.h"
#include "export/ExportContext.h"
#include "export/XlsxExport.h"
#include "export/XlsxWorkbookWriter.h"
#include "items/ConsortiumTableModel.h"
#include "items/DisplayFormat.h"
#include "items/GpuSummaryTableModel.h"
#include "items/SnapshotTableModel.h"
#include "items/SourceTableModel.h"
#include "items/StageTableModel.h"
#include "store/ChangeLog.h"
#include "store/Database.h"

#include <QAction>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kai;
using ui::ExportProfile;
using ui::XlsxWorkbookWriter;

namespace {
constexpr int HeaderRow = XlsxWorkbookWriter::ProvenanceRows + 1;  // 0-based
const QString Planted = QStringLiteral("planted-change-7431");

QJsonObject readBack(const QString &path)
{
    const QString script = QDir::cleanPath(kai::test::testDataDir() + QStringLiteral("/../scripts/xlsx_dump.py"));
    // The first python3 on the PATH may be another installation without Debian's openpyxl.
    for (const QString &python : {QStandardPaths::findExecutable(QStringLiteral("python3")), QStringLiteral("/usr/bin/python3")}) {
        QProcess dump;
        dump.start(python, {script, path});
        if (dump.waitForFinished(60000) && dump.exitStatus() == QProcess::NormalExit && dump.exitCode() == 0)
            return QJsonDocument::fromJson(dump.readAllStandardOutput()).object();
    }
    return {};
}

QJsonArray sheets(const QJsonObject &book)
{
    return book.value(QStringLiteral("sheets")).toArray();
}

QJsonObject sheetNamed(const QJsonObject &book, const QString &name)
{
    for (const QJsonValue &sheet : sheets(book)) {
        if (sheet.toObject().value(QStringLiteral("name")).toString() == name)
            return sheet.toObject();
    }
    return {};
}

QJsonObject cellAt(const QJsonObject &sheet, int row, int column)
{
    return sheet.value(QStringLiteral("rows")).toArray().at(row).toArray().at(column).toObject();
}

QString textAt(const QJsonObject &sheet, int row, int column)
{
    return cellAt(sheet, row, column).value(QStringLiteral("v")).toVariant().toString();
}

int columnTitled(const QJsonObject &sheet, const QString &title)
{
    const QJsonArray header = sheet.value(QStringLiteral("rows")).toArray().at(HeaderRow).toArray();
    for (int column = 0; column < header.size(); ++column) {
        if (header.at(column).toObject().value(QStringLiteral("v")).toString() == title)
            return column;
    }
    return -1;
}

int dataRows(const QJsonObject &sheet)
{
    return int(sheet.value(QStringLiteral("rows")).toArray().size()) - HeaderRow - 1;
}

QStringList sourceCodes(const QJsonObject &book)
{
    const QJsonObject sources = sheetNamed(book, QStringLiteral("Sources"));
    QStringList codes;
    for (int row = HeaderRow + 1; row < HeaderRow + 1 + dataRows(sources); ++row)
        codes << textAt(sources, row, 0);
    return codes;
}

// Every data row of the sheet names at least one source, and each is on the Sources sheet.
void everyRowNamesAKnownSource(const QJsonObject &book, const QString &sheetName)
{
    const QJsonObject sheet = sheetNamed(book, sheetName);
    const int column = columnTitled(sheet, XlsxWorkbookWriter::sourceColumnTitle());
    QVERIFY2(column >= 0, qPrintable(sheetName + QStringLiteral(": no Source column")));
    const QStringList known = sourceCodes(book);
    QVERIFY(!known.isEmpty());
    QVERIFY(dataRows(sheet) > 0);
    for (int row = HeaderRow + 1; row < HeaderRow + 1 + dataRows(sheet); ++row) {
        const QString codes = textAt(sheet, row, column);
        QVERIFY2(!codes.isEmpty(), qPrintable(QStringLiteral("%1 row %2 names no source").arg(sheetName).arg(row + 1)));
        for (const QString &code : codes.split(QStringLiteral(", ")))
            QVERIFY2(known.contains(code), qPrintable(QStringLiteral("%1 row %2: %3 is not on the Sources sheet").arg(sheetName).arg(row + 1).arg(code)));
    }
}
} // namespace

class TestXlsxTableExport : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;
    std::unique_ptr<test::ShellFixture> m_shell;
    ui::MainWindow *m_window = nullptr;
    QTemporaryDir m_out;

    QTableView *tableNamed(const QString &name) const
    {
        for (QTableView *table : m_window->findChildren<QTableView *>()) {
            if (table->accessibleName() == name)
                return table;
        }
        return nullptr;
    }

    QJsonObject exportTable(const QString &name, ExportProfile profile, const QString &file)
    {
        QTableView *table = tableNamed(name);
        if (!table)
            qFatal("no table named %s", qPrintable(name));
        const QString path = m_out.filePath(file);
        const QString error = m_window->exportActions()->exportTable(*table, profile, path);
        if (!error.isEmpty())
            qFatal("export failed: %s", qPrintable(error));
        return readBack(path);
    }

    std::unique_ptr<ui::ExportContext> contextOn(const QDate &asOf, domain::Language language, ExportProfile profile)
    {
        QString error;
        auto context = ui::ExportContext::openCopy(m_sample->path(), {asOf, language, profile}, &error);
        if (!context)
            qFatal("cannot open the sample: %s", qPrintable(error));
        return context;
    }

    QJsonObject exportWorkbook(domain::Language language, ExportProfile profile, const QString &file,
                               const QDate &asOf = QDate(2026, 11, 29))
    {
        const auto context = contextOn(asOf, language, profile);
        const QString path = m_out.filePath(file);
        if (const QString failed = ui::XlsxExport(*context).write(std::nullopt, path); !failed.isEmpty())
            qFatal("export failed: %s", qPrintable(failed));
        return readBack(path);
    }

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        m_sample = new test::SampleDatabase;
        {
            // One change on record, so the change history sheet has a row to show.
            const auto db = m_sample->open();
            store::ChangeLogWriter(db->connection(), QStringLiteral("edit"), Planted)
                .append(QStringLiteral("consortium"), QStringLiteral("lg"), QStringLiteral("name"), QStringLiteral("a"),
                        QStringLiteral("b"), QStringLiteral("MSIT-2025-08-04"));
        }
        m_shell = std::make_unique<test::ShellFixture>(*m_sample, domain::Language::English, QDate(2026, 11, 29));
        m_window = m_shell->window.get();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        for (int view = 0; view < ui::NavigationCount; ++view)
            m_window->page(ui::ViewId(view));  // views are built on their first visit
        QProcess probe;
        probe.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            QSKIP("no Python with openpyxl to read the workbook back");
    }

    void cleanupTestCase()
    {
        m_shell.reset();
        delete m_sample;
    }

    void everyTableOffersExcelExportInItsContextMenu()
    {
        const QList<QTableView *> tables = m_window->findChildren<QTableView *>();
        QVERIFY(tables.size() >= 8);
        QStringList named;
        for (QTableView *table : tables) {
            const QAction *action = table->findChild<QAction *>(QStringLiteral("exportTableToExcel"));
            QVERIFY2(action && table->actions().contains(action), qPrintable(table->accessibleName()));
            QCOMPARE(action->text(), QStringLiteral("Export Table to E&xcel…"));
            QVERIFY2(table->contextMenuPolicy() == Qt::ActionsContextMenu || table->contextMenuPolicy() == Qt::CustomContextMenu,
                     qPrintable(table->accessibleName()));
            named << table->accessibleName();
        }
        for (const char *expected : {"Consortia", "Results of the chosen round", "Funding by consortium and year",
                                     "GPU-hours per period", "Allocation and use per consortium", "Change history"})
            QVERIFY2(named.contains(QLatin1String(expected)), qPrintable(named.join(u'|')));
        // The change history has no press version: nothing in it is for the press.
        QVERIFY(!tableNamed(QStringLiteral("Change history"))->findChild<QAction *>(QStringLiteral("exportTableToExcelPress"))->isVisible());
        QVERIFY(tableNamed(QStringLiteral("Consortia"))->findChild<QAction *>(QStringLiteral("exportTableToExcelPress"))->isVisible());
    }

    void consortiaTableExportsAsShownWithProvenanceAndSources()
    {
        QTableView *table = tableNamed(QStringLiteral("Consortia"));
        table->sortByColumn(0, Qt::DescendingOrder);  // the export keeps the order on screen
        const QJsonObject book = exportTable(QStringLiteral("Consortia"), ExportProfile::Internal, QStringLiteral("consortia.xlsx"));
        QCOMPARE(sheets(book).size(), 2);
        const QJsonObject sheet = sheets(book).at(0).toObject();
        QCOMPARE(sheet.value(QStringLiteral("name")).toString(), QStringLiteral("Consortia"));
        QVERIFY(textAt(sheet, 0, 0).contains(QStringLiteral("Data as of")));
        QAbstractItemModel *model = table->model();
        QCOMPARE(dataRows(sheet), model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(textAt(sheet, HeaderRow + 1 + row, 0), model->index(row, 0).data().toString());
        QCOMPARE(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A8"));
        const QString keywords = book.value(QStringLiteral("properties")).toObject().value(QStringLiteral("keywords")).toString();
        QVERIFY2(keywords.contains(QStringLiteral("2026-11-29")) && keywords.contains(QStringLiteral("checksum")), qPrintable(keywords));
        QVERIFY(textAt(sheet, 3, 0).contains(keywords.section(QStringLiteral("checksum "), 1)));
        everyRowNamesAKnownSource(book, QStringLiteral("Consortia"));
        table->sortByColumn(-1, Qt::AscendingOrder);
    }

    void fundingTableHasMoneyAsNumbersAndPressMasksIllustrativeAmounts()
    {
        const QJsonObject book = exportTable(QStringLiteral("Funding by consortium and year"), ExportProfile::Internal,
                                             QStringLiteral("funding.xlsx"));
        const QJsonObject sheet = sheets(book).at(0).toObject();
        const int government = columnTitled(sheet, QStringLiteral("Government"));
        const int share = columnTitled(sheet, QStringLiteral("Government share"));
        QVERIFY(government >= 0 && share >= 0);
        QAbstractItemModel *model = tableNamed(QStringLiteral("Funding by consortium and year"))->model();
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QJsonObject money = cellAt(sheet, HeaderRow + 1 + row, government);
            QCOMPARE(money.value(QStringLiteral("t")).toString(), QStringLiteral("n"));
            QCOMPARE(money.value(QStringLiteral("f")).toString(), XlsxWorkbookWriter::moneyFormat(domain::Language::English));
            const double krw = model->index(row, government).data(SnapshotTableModel::MoneyRole).toDouble();
            QVERIFY(qFuzzyCompare(money.value(QStringLiteral("v")).toDouble(), krw / 1e9));
            QVERIFY(money.value(QStringLiteral("fill")).toString().endsWith(QStringLiteral("FFF2CC")));  // illustrative
            const QJsonObject percent = cellAt(sheet, HeaderRow + 1 + row, share);
            QCOMPARE(percent.value(QStringLiteral("t")).toString(), QStringLiteral("n"));
            QVERIFY(percent.value(QStringLiteral("f")).toString().endsWith(u'%'));
            QVERIFY(percent.value(QStringLiteral("v")).toDouble() > 0 && percent.value(QStringLiteral("v")).toDouble() < 1);
        }
        everyRowNamesAKnownSource(book, sheet.value(QStringLiteral("name")).toString());

        const QJsonObject press = exportTable(QStringLiteral("Funding by consortium and year"), ExportProfile::Press,
                                              QStringLiteral("funding-press.xlsx"));
        const QJsonObject masked = sheets(press).at(0).toObject();
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(textAt(masked, HeaderRow + 1 + row, government), XlsxWorkbookWriter::maskedText());
        QVERIFY(book.value(QStringLiteral("properties")).toObject().value(QStringLiteral("keywords")).toString().contains(QStringLiteral("checksum")));
    }

    void gpuSummaryTableExportsWithTypedFigures()
    {
        const QJsonObject book = exportTable(QStringLiteral("Allocation and use per consortium"), ExportProfile::Internal,
                                             QStringLiteral("gpu.xlsx"));
        const QJsonObject sheet = sheets(book).at(0).toObject();
        QVERIFY(dataRows(sheet) > 0);
        bool number = false;
        for (int column = 1; column < 5; ++column)
            number = number || cellAt(sheet, HeaderRow + 1, column).value(QStringLiteral("t")).toString() == u"n";
        QVERIFY(number);
        everyRowNamesAKnownSource(book, sheet.value(QStringLiteral("name")).toString());
    }

    void koreanWorkbookCountsMoneyInEok()
    {
        const QJsonObject book = exportWorkbook(domain::Language::Korean, ExportProfile::Internal, QStringLiteral("ko.xlsx"));
        const QJsonObject funding = sheets(book).at([&] {
            for (int i = 0; i < sheets(book).size(); ++i) {
                if (columnTitled(sheets(book).at(i).toObject(), QStringLiteral("정부")) >= 0)
                    return i;
            }
            return -1;
        }()).toObject();
        QVERIFY2(!funding.isEmpty(), "no funding sheet in the Korean workbook");
        const int government = columnTitled(funding, QStringLiteral("정부"));
        const QJsonObject money = cellAt(funding, HeaderRow + 1, government);
        QCOMPARE(money.value(QStringLiteral("t")).toString(), QStringLiteral("n"));
        QCOMPARE(money.value(QStringLiteral("f")).toString(), QStringLiteral("#,##0.0\"억 원\""));
        // The first row is LG's 2025 funding, 480억 원, unless the table sorts otherwise: a whole number of 억.
        const double eok = money.value(QStringLiteral("v")).toDouble();
        QVERIFY2(eok >= 10 && eok < 10000, qPrintable(QString::number(eok)));
    }

    void workbookHasFundingChangeHistoryAndMembersWithSources()
    {
        const QJsonObject book = exportWorkbook(domain::Language::English, ExportProfile::Internal, QStringLiteral("all.xlsx"));
        QStringList names;
        for (const QJsonValue &sheet : sheets(book))
            names << sheet.toObject().value(QStringLiteral("name")).toString();
        for (const char *expected : {"Consortia", "Funding", "Change history", "Sources"})
            QVERIFY2(names.contains(QLatin1String(expected)), qPrintable(names.join(u'|')));
        QVERIFY2(std::any_of(names.cbegin(), names.cend(), [](const QString &name) { return name.startsWith(u"Members "); }),
                 qPrintable(names.join(u'|')));
        const QJsonObject history = sheetNamed(book, QStringLiteral("Change history"));
        bool planted = false;
        for (int row = HeaderRow + 1; row < HeaderRow + 1 + dataRows(history); ++row) {
            for (int column = 0; column < 11; ++column)
                planted = planted || textAt(history, row, column) == Planted;
        }
        QVERIFY(planted);
        for (const char *sheet : {"Consortia", "Timeline stages", "GPU summary", "Funding"})
            everyRowNamesAKnownSource(book, QLatin1String(sheet));

        // Who changed what stays inside: the press workbook has no change history.
        const QJsonObject press = exportWorkbook(domain::Language::English, ExportProfile::Press, QStringLiteral("all-press.xlsx"));
        QVERIFY(sheetNamed(press, QStringLiteral("Change history")).isEmpty());
        QVERIFY(!sheetNamed(press, QStringLiteral("Funding")).isEmpty());
    }

    // Regression: sort keys (a stage's order, a GPU count in H100 equivalents, a model's release
    // date) were written in place of the text. Every cell holds what the table shows: its text, or
    // the very number or date the text states.
    void workbookCellsHoldWhatTheTablesShow()
    {
        for (const domain::Language language : {domain::Language::English, domain::Language::Korean}) {
            const auto context = contextOn(QDate(2026, 3, 1), language, ExportProfile::Internal);
            const QJsonObject book = exportWorkbook(language, ExportProfile::Internal, QStringLiteral("shown.xlsx"), QDate(2026, 3, 1));
            const DisplayFormat format(language);
            const ConsortiumTableModel consortia(context->state());
            const StageTableModel stages(context->state());
            const std::pair<const char *, const QAbstractItemModel *> tables[] = {{"Consortia", &consortia}, {"Timeline stages", &stages}};
            for (const auto &[title, model] : tables) {
                // The sheet with the table's header and rows (sheet names are translated).
                QJsonObject sheet;
                for (const QJsonValue &candidate : sheets(book)) {
                    const QJsonObject object = candidate.toObject();
                    if (dataRows(object) == model->rowCount() && textAt(object, HeaderRow, 1) == model->headerData(1, Qt::Horizontal).toString())
                        sheet = object;
                }
                QVERIFY2(!sheet.isEmpty(), title);
                QCOMPARE(dataRows(sheet), model->rowCount());
                int typed = 0;
                for (int row = 0; row < model->rowCount(); ++row) {
                    for (int column = 0; column < model->columnCount(); ++column) {
                        const QString shown = model->index(row, column).data().toString();
                        const QJsonObject cell = cellAt(sheet, HeaderRow + 1 + row, column);
                        const QString kind = cell.value(QStringLiteral("t")).toString();
                        const QString where = QStringLiteral("%1 row %2 column %3: %4").arg(QLatin1String(title)).arg(row).arg(column).arg(shown);
                        if (kind == u"n") {
                            QString digits = shown;
                            digits.remove(u',').remove(u'%');
                            QVERIFY2(qAbs(digits.trimmed().toDouble() - cell.value(QStringLiteral("v")).toDouble() * (shown.contains(u'%') ? 100 : 1)) < 0.51,
                                     qPrintable(where));
                            ++typed;
                        } else if (kind == u"d") {
                            QCOMPARE(format.date(QDate::fromString(cell.value(QStringLiteral("v")).toString(), Qt::ISODate)), shown);
                            ++typed;
                        } else if (model->headerData(column, Qt::Horizontal, SnapshotTableModel::SourceCodeRole).toBool()) {
                            continue;  // source codes, checked below
                        } else {
                            QVERIFY2(textAt(sheet, HeaderRow + 1 + row, column) == shown, qPrintable(where));
                        }
                    }
                }
                QVERIFY2(typed > 0, title);  // dates and counts are still real dates and numbers
            }
        }
    }

    // Regression: the press workbook masked every cell of the GPU sheets (names, months, public
    // counts), yet left the illustrative open-source grades, and named the ILLUSTRATIVE
    // pseudo-source in the source cells, in English even in Korean.
    void pressMasksExactlyTheIllustrativeCells()
    {
        const QJsonObject press = exportWorkbook(domain::Language::Korean, ExportProfile::Press, QStringLiteral("press-ko.xlsx"), QDate(2026, 3, 1));
        const auto context = contextOn(QDate(2026, 3, 1), domain::Language::Korean, ExportProfile::Press);
        const GpuSummaryTableModel gpu(context->state());
        QVERIFY(gpu.rowCount() > 0);
        QJsonObject summary;
        for (const QJsonValue &sheet : sheets(press)) {
            if (textAt(sheet.toObject(), HeaderRow, 1) == gpu.headerData(1, Qt::Horizontal).toString())
                summary = sheet.toObject();
        }
        QVERIFY2(!summary.isEmpty(), "no GPU summary sheet");
        for (int row = 0; row < gpu.rowCount(); ++row) {
            QCOMPARE(textAt(summary, HeaderRow + 1 + row, 0), gpu.index(row, 0).data().toString());
            for (int column = 0; column < gpu.columnCount(); ++column) {
                const bool masked = textAt(summary, HeaderRow + 1 + row, column) == XlsxWorkbookWriter::maskedText();
                QCOMPARE(masked, gpu.index(row, column).data(SnapshotTableModel::IllustrativeRole).toBool());
            }
        }
        bool publicCount = false;
        for (int row = 0; row < gpu.rowCount(); ++row)
            publicCount = publicCount || cellAt(summary, HeaderRow + 1 + row, GpuSummaryTableModel::GpusNowColumn).value(QStringLiteral("t")).toString() == u"n";
        QVERIFY2(publicCount, "no public GPU count survives the press mask");

        QJsonObject funding;
        for (const QJsonValue &sheet : sheets(press)) {
            if (columnTitled(sheet.toObject(), QStringLiteral("정부")) >= 0)
                funding = sheet.toObject();
        }
        QVERIFY(!funding.isEmpty());
        const int grade = columnTitled(funding, QStringLiteral("오픈소스 등급"));
        QVERIFY2(grade >= 0, "no grade column");
        QVERIFY(dataRows(funding) > 0);
        for (int row = HeaderRow + 1; row < HeaderRow + 1 + dataRows(funding); ++row)
            QCOMPARE(textAt(funding, row, grade), XlsxWorkbookWriter::maskedText());

        for (const QJsonValue &sheet : sheets(press)) {
            for (const QJsonValue &row : sheet.toObject().value(QStringLiteral("rows")).toArray()) {
                for (const QJsonValue &cell : row.toArray())
                    QVERIFY2(!cell.toObject().value(QStringLiteral("v")).toVariant().toString().contains(QStringLiteral("ILLUSTRATIVE")),
                             qPrintable(sheet.toObject().value(QStringLiteral("name")).toString()));
            }
        }
        // Inside, in Korean, the pseudo-source is named in Korean, on the Sources sheet as well.
        const QJsonObject internal = exportWorkbook(domain::Language::Korean, ExportProfile::Internal, QStringLiteral("internal-ko.xlsx"), QDate(2026, 3, 1));
        for (const QJsonValue &sheet : sheets(internal)) {
            for (const QJsonValue &row : sheet.toObject().value(QStringLiteral("rows")).toArray()) {
                for (const QJsonValue &cell : row.toArray())
                    QVERIFY2(!cell.toObject().value(QStringLiteral("v")).toVariant().toString().contains(QStringLiteral("ILLUSTRATIVE")),
                             qPrintable(sheet.toObject().value(QStringLiteral("name")).toString()));
            }
        }
    }

    // Regression: the Sources sheet listed sources published after the as-of date.
    void sourcesSheetListsOnlySourcesKnownOnTheAsOfDate()
    {
        const QDate asOf(2026, 3, 1);
        const QJsonObject book = exportWorkbook(domain::Language::English, ExportProfile::Internal, QStringLiteral("sources.xlsx"), asOf);
        const QJsonObject sources = sheetNamed(book, QStringLiteral("Sources"));
        QVERIFY(dataRows(sources) > 0);
        const int published = columnTitled(sources, QStringLiteral("Published"));
        QVERIFY(published >= 0);
        for (int row = HeaderRow + 1; row < HeaderRow + 1 + dataRows(sources); ++row) {
            const QJsonObject cell = cellAt(sources, row, published);
            if (cell.value(QStringLiteral("t")).toString() == u"d")
                QVERIFY2(QDate::fromString(cell.value(QStringLiteral("v")).toString(), Qt::ISODate) <= asOf, qPrintable(textAt(sources, row, 0)));
        }
        const QStringList codes = sourceCodes(book);
        QVERIFY(!codes.contains(QStringLiteral("S61")));
        QVERIFY(!codes.contains(QStringLiteral("S63a")));
        QVERIFY(codes.contains(QStringLiteral("S14")));
        for (const char *sheet : {"Consortia", "Timeline stages", "GPU summary"})
            everyRowNamesAKnownSource(book, QLatin1String(sheet));
    }

    // Trust review: a cell for a date known only to the month claims no day: it holds the month as
    // text ("Dec 2025" / "2025년 12월"), not a date cell of the 1st; a day-precise date stays a date.
    void monthOnlyDatesAreTextCellsOfTheMonth()
    {
        for (const domain::Language language : {domain::Language::English, domain::Language::Korean}) {
            const bool english = language == domain::Language::English;
            const QJsonObject book = exportWorkbook(language, ExportProfile::Internal,
                                                    english ? QStringLiteral("months-en.xlsx") : QStringLiteral("months-ko.xlsx"),
                                                    QDate(2026, 1, 31));
            const QJsonObject sources = sheetNamed(book, english ? QStringLiteral("Sources") : QStringLiteral("출처"));
            QVERIFY(dataRows(sources) > 0);
            const int published = SourceTableModel::PublishedColumn;
            QJsonObject s6, s1;
            for (int row = HeaderRow + 1; row < HeaderRow + 1 + dataRows(sources); ++row) {
                if (textAt(sources, row, 0) == u"S6")
                    s6 = cellAt(sources, row, published);
                if (textAt(sources, row, 0) == u"S1")
                    s1 = cellAt(sources, row, published);
            }
            QCOMPARE(s6.value(QStringLiteral("t")).toString(), QStringLiteral("s"));
            QCOMPARE(s6.value(QStringLiteral("v")).toString(), english ? QStringLiteral("Jul 2025") : QStringLiteral("2025년 7월"));
            QCOMPARE(s1.value(QStringLiteral("t")).toString(), QStringLiteral("d"));

            const QRegularExpression firstOfDecember(english ? QStringLiteral("(^|[^0-9])1 Dec 2025") : QStringLiteral("2025년 12월 1일"));
            bool solarShown = false;
            for (const QJsonValue &sheet : sheets(book)) {
                for (const QJsonValue &row : sheet.toObject().value(QStringLiteral("rows")).toArray()) {
                    for (const QJsonValue &cell : row.toArray()) {
                        const QString text = cell.toObject().value(QStringLiteral("v")).toVariant().toString();
                        QVERIFY2(!text.contains(firstOfDecember), qPrintable(text));
                        solarShown = solarShown
                            || text == (english ? QStringLiteral("Solar Open 100B (Dec 2025)") : QStringLiteral("Solar Open 100B (2025년 12월)"));
                    }
                }
            }
            QVERIFY(solarShown);
        }
    }
};

QTEST_MAIN(TestXlsxTableExport)
#include "tst_xlsx_table_export.moc"
