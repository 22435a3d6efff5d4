// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20: a chart's text alternative states what it shows, its range and its main figures, from
// the same numbers the chart plots; its table model holds those numbers with headed columns.
#include "TestSupport.h"
#include "items/ChartAxisText.h"
#include "items/ChartFigures.h"
#include "items/ChartFiguresModel.h"

#include <QTest>
#include <cmath>

using namespace kai;

namespace {
const QLocale english(QLocale::English, QLocale::UnitedKingdom);

ChartFigures monthlyHours()
{
    ChartFigures figures;
    figures.title = QStringLiteral("GPU-hours used per month");
    figures.categoryName = QStringLiteral("Month");
    figures.unit = QStringLiteral("GPU-hours");
    figures.categories = {QStringLiteral("Aug 2025"), QStringLiteral("Sep 2025"), QStringLiteral("Oct 2025")};
    figures.series = {{QStringLiteral("A"), {100000, 900000, 300000}}, {QStringLiteral("B"), {50000, 1000000, NAN}}};
    figures.stacked = true;
    return figures;
}
} // namespace

class TestChartText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::enterTestMode(); }

    void stackedAmountsNameRangeAndTotals()
    {
        QCOMPARE(ChartText::describe(monthlyHours(), english),
                 QStringLiteral("GPU-hours used per month, Aug 2025 – Oct 2025; 2 series: A, B; "
                                "highest total: Sep 2025, 1,900,000 GPU-hours; lowest total: Aug 2025, 150,000 GPU-hours."));
    }

    void groupedAmountsNameTheSeries()
    {
        ChartFigures figures = monthlyHours();
        figures.stacked = false;
        QCOMPARE(ChartText::describe(figures, english),
                 QStringLiteral("GPU-hours used per month, Aug 2025 – Oct 2025; 2 series: A, B; "
                                "highest: B in Sep 2025, 1,000,000 GPU-hours; lowest: B in Aug 2025, 50,000 GPU-hours."));
    }

    void referenceLineAndPercent()
    {
        ChartFigures figures;
        figures.title = QStringLiteral("Relative performance");
        figures.unit = QStringLiteral("%");
        figures.decimals = 1;
        figures.categories = {QStringLiteral("X"), QStringLiteral("Y")};
        figures.series = {{QStringLiteral("Score"), {96.25, 88}}};
        figures.reference = 95;
        figures.referenceName = QStringLiteral("Target");
        QCOMPARE(ChartText::describe(figures, english),
                 QStringLiteral("Relative performance, X – Y; highest: X, 96.3 %; lowest: Y, 88.0 %; Target: 95.0 %."));
    }

    void ranksGiveTheLatestOrder()
    {
        ChartFigures figures;
        figures.title = QStringLiteral("Rank movement");
        figures.kind = ChartFigures::Kind::Ranks;
        figures.categories = {QStringLiteral("R1"), QStringLiteral("R2")};
        figures.series = {{QStringLiteral("A"), {1, 3}}, {QStringLiteral("B"), {2, 1}}, {QStringLiteral("C"), {3, NAN}}};
        QCOMPARE(ChartText::describe(figures, english),
                 QStringLiteral("Rank movement, R1 – R2; latest rank: B (1), A (3), C (3)."));
    }

    void emptyChartSaysSo()
    {
        ChartFigures figures;
        figures.title = QStringLiteral("Nothing");
        figures.categories = {QStringLiteral("X")};
        figures.series = {{QStringLiteral("S"), {NAN}}};
        QCOMPARE(ChartText::describe(figures, english), QStringLiteral("Nothing: no figures to show."));
    }

    // A journalist's review: Korean axes read "2026-03" and "1.5M". Months as a newspaper writes
    // them, the year where it starts or changes; figures grouped as the tables show them.
    void monthAxesNameTheYearWhereItChanges()
    {
        const QVector<QDate> months{QDate(2025, 11, 1), QDate(2025, 12, 1), QDate(2026, 1, 1), QDate(2026, 3, 1),
                                    QDate(2027, 3, 1)};
        QCOMPARE(ChartAxisText::months(months, domain::Language::Korean),
                 (QStringList{QStringLiteral("2025년 11월"), QStringLiteral("12월"), QStringLiteral("2026년 1월"),
                              QStringLiteral("3월"), QStringLiteral("2027년 3월")}));
        QCOMPARE(ChartAxisText::months(months, domain::Language::English),
                 (QStringList{QStringLiteral("Nov 2025"), QStringLiteral("Dec"), QStringLiteral("Jan 2026"),
                              QStringLiteral("Mar"), QStringLiteral("Mar 2027")}));
        QVERIFY(ChartAxisText::months({}, domain::Language::Korean).isEmpty());
    }

    void axisNumbersAreGroupedNotAbbreviated()
    {
        const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
        QCOMPARE(ChartAxisText::number(1500000, korean), QStringLiteral("1,500,000"));
        QCOMPARE(ChartAxisText::number(500000, korean), QStringLiteral("500,000"));
        QCOMPARE(ChartAxisText::number(0, korean), QStringLiteral("0"));
        QCOMPARE(ChartAxisText::number(-0.0, korean), QStringLiteral("0"));
        QCOMPARE(ChartAxisText::number(2.5, korean), QStringLiteral("2.5"));
        QCOMPARE(ChartAxisText::number(0.1 + 0.2, english), QStringLiteral("0.3"));
        QCOMPARE(ChartAxisText::number(12000, english), QStringLiteral("12,000"));
        QCOMPARE(ChartAxisText::number(1500000, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("1.500.000"));
    }

    void tableHoldsTheSameNumbers()
    {
        ChartFiguresModel model;
        model.setFigures(monthlyHours(), english);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Month"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("A (GPU-hours)"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Sep 2025"));
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("1,000,000"));
        QCOMPARE(model.index(1, 2).data(Qt::AccessibleTextRole).toString(), QStringLiteral("1,000,000 GPU-hours"));
        QCOMPARE(model.index(2, 2).data(Qt::AccessibleTextRole).toString(), QStringLiteral("no value"));
    }
};

QTEST_MAIN(TestChartText)
#include "tst_chart_text.moc"
