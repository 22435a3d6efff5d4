// SPDX-License-Identifier: GPL-3.0-or-later
// The category labels under a bar or line chart are never cut short: Qt Charts ended Korean months
// turned -90° in "..." ("2025년 1..." for 10월-12월) and consortium names at -30° ("Motif Tech...")
// on the GPU usage view's 260-pixel charts. CategoryAxisLabels keeps them horizontal and whole,
// skips periods rather than overlapping them, wraps names, and reserves the height they take.
#include "charts/BarChart.h"
#include "charts/LineChart.h"
#include "domain/DomainTypes.h"
#include "items/ChartAxisText.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QTest>
#include <QValueAxis>

using namespace kai;
using namespace kai::ui;

namespace {

QVector<QDate> months(int count)
{
    QVector<QDate> all;
    for (int i = 0; i < count; ++i)
        all << QDate(2025, 8, 1).addMonths(i);
    return all;
}

CategoryAxisLabels::LabelsOf monthLabels(const QVector<QDate> &all, domain::Language language)
{
    return [all, language](const QVector<int> &shown) {
        QVector<QDate> chosen;
        for (const int i : shown)
            chosen << all.value(i);
        return ChartAxisText::months(chosen, language);
    };
}

bool settle(QWidget *widget)
{
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget))
        return false;
    // A reserved margin lays the chart out once more: deliver those layouts.
    for (int pass = 0; pass < 4; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    return true;
}

// Every label drawn whole: inside the chart, its text no wider than its place, no two texts
// overlapping, none of the axis's own labels shown.
QString problemsOf(const ChartView &view, const CategoryAxisLabels &labels)
{
    const QFont font = view.chart()->axes(Qt::Horizontal).first()->labelsFont();
    const QFontMetricsF metrics(font);
    // Inside the chart's background, which the chart's layout insets from its edges.
    qreal left = 0, top = 0, right = 0, bottom = 0;
    view.chart()->layout()->getContentsMargins(&left, &top, &right, &bottom);
    const QRectF chartRect = QRectF(QPointF(0, 0), view.chart()->size()).adjusted(left, top, -right, -bottom);
    const QAbstractAxis *axis = view.chart()->axes(Qt::Horizontal).first();
    if (axis->isVisible() && axis->labelsVisible())
        return QStringLiteral("the axis shows its own labels");
    const QRectF bounds = labels.boundingRect();
    if (!chartRect.contains(bounds))
        return QStringLiteral("labels %1,%2 %3x%4 outside the chart %5x%6")
            .arg(bounds.x()).arg(bounds.y()).arg(bounds.width()).arg(bounds.height()).arg(chartRect.width()).arg(chartRect.height());
    if (bounds.top() < view.chart()->plotArea().bottom())
        return QStringLiteral("labels over the plot area");
    const QStringList texts = labels.shownTexts();
    qreal lastRight = -1e9;
    for (const QString &text : texts) {
        if (text.contains(QStringLiteral("...")) || text.contains(QChar(0x2026)))
            return QStringLiteral("'%1' is cut short").arg(text);
    }
    for (int i = 0; i < texts.size(); ++i) {
        const QRectF place = labels.placeOf(i);
        const qreal width = std::min(metrics.horizontalAdvance(texts[i]), place.width());
        const qreal left = place.center().x() - width / 2;
        if (left < lastRight)
            return QStringLiteral("'%1' overlaps the label before it").arg(texts[i]);
        lastRight = left + width;
        if (metrics.boundingRect(place, labels.flagsOf(i), texts[i]).height() > place.height() + 0.5)
            return QStringLiteral("'%1' is taller than its place").arg(texts[i]);
    }
    return {};
}

} // namespace

class TstCategoryAxisLabels : public QObject
{
    Q_OBJECT

private slots:
    void koreanMonthsStayWholeOnASmallChart_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("count");
        QTest::newRow("16 months, 1200 px") << 1200 << 16;
        QTest::newRow("16 months, 600 px") << 600 << 16;
        QTest::newRow("29 months, 400 px") << 400 << 29;
        QTest::newRow("3 months, 300 px") << 300 << 3;
    }

    void koreanMonthsStayWholeOnASmallChart()
    {
        QFETCH(int, width);
        QFETCH(int, count);
        const QVector<QDate> all = months(count);
        QStringList full;
        for (const QDate &month : all)
            full << QStringLiteral("%1년 %2월").arg(month.year()).arg(month.month());
        BarChart chart(BarChart::Layout::Stacked);
        chart.resize(width, 260);
        chart.setData(full, {{QStringLiteral("GPU"), QVector<double>(count, 100.0), {}}},
                      monthLabels(all, domain::Language::Korean));
        QVERIFY(settle(&chart));
        const CategoryAxisLabels &labels = *chart.categoryLabels();
        QCOMPARE(chart.categories(), full);  // the table and the description keep every month
        const QString problems = problemsOf(chart, labels);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        const QStringList texts = labels.shownTexts();
        QVERIFY(!texts.isEmpty());
        QVERIFY2(texts.first().startsWith(QStringLiteral("2025년")), qPrintable(texts.join(u',')));
        if (count > 6)  // the year is named again where it changes
            QVERIFY2(texts.filter(QStringLiteral("2026년")).size() == 1, qPrintable(texts.join(u',')));
        if (width >= 1200)
            QVERIFY2(texts.size() >= count / 2, qPrintable(texts.join(u',')));
    }

    void aWiderChartShowsMoreMonths()
    {
        const QVector<QDate> all = months(16);
        LineChart narrow, wide;
        narrow.resize(360, 240);
        wide.resize(1400, 240);
        for (LineChart *chart : {&narrow, &wide}) {
            chart->setData(QStringList(16, QString()), QVector<double>(16, 50.0), 0, 100,
                           monthLabels(all, domain::Language::English));
            QVERIFY(settle(chart));
            const QString problems = problemsOf(*chart, *chart->categoryLabels());
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
        }
        QCOMPARE(wide.categoryLabels()->shownTexts().size(), 16);
        QVERIFY(narrow.categoryLabels()->shownTexts().size() < 16);
        QCOMPARE(wide.categoryLabels()->shownTexts().first(), QStringLiteral("Aug 2025"));
    }

    void namesWrapInsteadOfBeingCut_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::newRow("English") << QStringList{QStringLiteral("LG AI Research"), QStringLiteral("SK Telecom"),
                                                QStringLiteral("Upstage"), QStringLiteral("NC AI"),
                                                QStringLiteral("Motif Technologies")};
        QTest::newRow("Korean") << QStringList{QStringLiteral("LG AI연구원"), QStringLiteral("SK텔레콤"),
                                               QStringLiteral("업스테이지"), QStringLiteral("엔씨에이아이"),
                                               QStringLiteral("모티프테크놀로지스")};
    }

    void namesWrapInsteadOfBeingCut()
    {
        QFETCH(QStringList, names);
        BarChart chart(BarChart::Layout::Grouped);
        chart.resize(380, 260);
        chart.setData(names, {{QStringLiteral("Allocated"), QVector<double>(names.size(), 10.0), {}},
                              {QStringLiteral("Used"), QVector<double>(names.size(), 8.0), {}}});
        QVERIFY(settle(&chart));
        const CategoryAxisLabels &labels = *chart.categoryLabels();
        QCOMPARE(labels.shownTexts(), names);  // every name, none skipped
        const QString problems = problemsOf(chart, labels);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        const QFontMetricsF metrics(chart.chart()->axes(Qt::Horizontal).first()->labelsFont());
        QVERIFY(labels.reservedHeight() > metrics.height() * 1.5);  // some name takes two lines
        // A name whose words each fit breaks between them, not inside one.
        const int research = int(labels.shownTexts().indexOf(names.first()));
        if (names.first().contains(u' '))
            QVERIFY(labels.flagsOf(research) & Qt::TextWordWrap);
    }

    void newTextsReplaceTheOldOnes()
    {
        const QVector<QDate> all = months(5);
        BarChart chart(BarChart::Layout::Stacked);
        chart.resize(800, 260);
        const QVector<BarChart::Series> series{{QStringLiteral("GPU"), QVector<double>(5, 1.0), {}}};
        chart.setData(QStringList(5, QString()), series, monthLabels(all, domain::Language::Korean));
        QVERIFY(settle(&chart));
        QCOMPARE(chart.categoryLabels()->shownTexts().first(), QStringLiteral("2025년 8월"));
        chart.setData(QStringList(5, QString()), series, monthLabels(all, domain::Language::English));
        QCOMPARE(chart.categoryLabels()->shownTexts().first(), QStringLiteral("Aug 2025"));
        chart.setData({}, {});
        QVERIFY(chart.categoryLabels()->shownTexts().isEmpty());
        QCOMPARE(chart.chart()->margins().bottom(), 4);
    }

    // A line chart draws its value axis's grid lines itself, without antialiasing (ValueGridLines):
    // where Qt Charts drew them, with the same pen, so that without antialiasing both give the same pixels.
    void lineChartGridLinesAreWhereQtChartsDrawsThem_data()
    {
        QTest::addColumn<bool>("dynamicTicks");
        QTest::addColumn<bool>("reversed");
        QTest::newRow("fixed ticks") << false << false;
        QTest::newRow("dynamic ticks") << true << false;
        QTest::newRow("reversed") << true << true;
    }

    void lineChartGridLinesAreWhereQtChartsDrawsThem()
    {
        QFETCH(bool, dynamicTicks);
        QFETCH(bool, reversed);
        LineChart chart;
        chart.resize(520, 300);
        chart.setTitles(QStringLiteral("Utilisation"), QStringLiteral("Utilisation"), QStringLiteral("%"));
        chart.setData({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, {10, 55, 90}, 0, 100);
        auto *axis = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).first());
        QVERIFY(axis);
        if (dynamicTicks) {
            axis->setTickType(QValueAxis::TicksDynamic);
            axis->setTickAnchor(0);
            axis->setTickInterval(30);
            axis->setRange(0, 110);
        }
        axis->setReverse(reversed);
        QVERIFY(settle(&chart));
        QCOMPARE(chart.gridLines()->lines().size(), dynamicTicks ? 4 : 5);
        QVERIFY(!axis->isGridLineVisible());
        chart.setRenderHint(QPainter::Antialiasing, false);
        const QImage ours = chart.grab().toImage();
        const_cast<ValueGridLines *>(chart.gridLines())->setVisible(false);
        axis->setGridLineVisible(true);
        QVERIFY(settle(&chart));
        QCOMPARE(chart.grab().toImage(), ours);
    }
};

QTEST_MAIN(TstCategoryAxisLabels)
#include "tst_category_axis_labels.moc"
