// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import GPU usage… with an .xlsx workbook: the chosen sheet goes through the same worker.
#include "DashboardState.h"
#include "TestSupport.h"
#include "XlsxFixture.h"
#include "gpu/GpuImportDialog.h"
#include "import/TabularFile.h"

#include <QSignalSpy>
#include <QTest>

using namespace kai;

class TestXlsxImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::enterTestMode(); }

    void importsTheChosenSheetOfAWorkbook()
    {
        test::SampleDatabase writable;
        DashboardState state;
        state.setAsOf(QDate(2026, 11, 29));
        state.setDatabase(writable.open());
        test::XlsxFixture workbook;
        workbook.sheets.append({QStringLiteral("Notes"), test::XlsxFixture::row(1, test::XlsxFixture::inlineText(QStringLiteral("A1"), QStringLiteral("x"))), QString()});
        QString rows = workbook.header({QStringLiteral("period_start"), QStringLiteral("consortium"), QStringLiteral("gpu_model"),
                                        QStringLiteral("gpu_hours_used"), QStringLiteral("node")});
        // 2026-11-02 09:00 and 2026-11-02 (a date): the second row has negative hours.
        rows += test::XlsxFixture::row(2, test::XlsxFixture::number(QStringLiteral("A2"), QStringLiteral("46328.375"), 2)
                                              + workbook.shared(QStringLiteral("B2"), QStringLiteral("lg")) + workbook.shared(QStringLiteral("C2"), QStringLiteral("B200"))
                                              + test::XlsxFixture::number(QStringLiteral("D2"), QStringLiteral("8")) + workbook.shared(QStringLiteral("E2"), QStringLiteral("n1")));
        rows += test::XlsxFixture::row(3, test::XlsxFixture::number(QStringLiteral("A3"), QStringLiteral("46328"), 1)
                                              + workbook.shared(QStringLiteral("B3"), QStringLiteral("lg")) + workbook.shared(QStringLiteral("C3"), QStringLiteral("B200"))
                                              + test::XlsxFixture::number(QStringLiteral("D3"), QStringLiteral("-1")) + workbook.shared(QStringLiteral("E3"), QStringLiteral("n1")));
        workbook.sheets.append({QStringLiteral("사용량"), rows, QString()});
        const QString file = writable.dirPath() + QStringLiteral("/usage.xlsx");
        QVERIFY(workbook.write(file));
        QCOMPARE(import::TabularFile::sheetNames(file), (QStringList{QStringLiteral("Notes"), QStringLiteral("사용량")}));

        QSignalSpy reloaded(&state, &DashboardState::snapshotChanged);
        ui::GpuImportDialog dialog(state);
        QSignalSpy finished(&dialog, &ui::GpuImportDialog::importFinished);
        dialog.startImport(file, QStringLiteral("사용량"));
        QVERIFY(finished.wait(30000));
        QCOMPARE(dialog.lastResult().inserted, 1);
        QCOMPARE(dialog.lastResult().skipped, 1);
        QVERIFY2(dialog.reportText().contains(QLatin1String("Line 3 (gpu_hours_used)")), qPrintable(dialog.reportText()));
        QCOMPARE(reloaded.count(), 1);
    }
};

QTEST_MAIN(TestXlsxImportDialog)
#include "tst_xlsx_import_dialog.moc"
