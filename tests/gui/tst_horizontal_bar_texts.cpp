// SPDX-License-Identifier: GPL-3.0-or-later
// A horizontal bar chart's bar names, legend and title are never cut short. With large system
// text Qt Charts ended the Rounds view's bar names in "...", its legend entries in "At or above 95%
// of th..." (one row) and its title in "...Qwen3-2...". LeftCategoryLabels wraps the names and
// grows the chart until each bar's band holds its name; ChartLegend flows its entries onto rows;
// ChartTitleItem wraps the title onto lines across the whole chart.
#include "charts/BumpChart.h"
#include "charts/ChartStyle.h"
#include "charts/ChartTitleItem.h"
#include "charts/HorizontalBarChart.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QTest>
#include <QtMath>

using namespace kai;
using namespace kai::ui;

namespace {

bool settle(QWidget *widget)
{
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget))
        return false;
    // Reserved margins and a grown minimum height lay the chart out again (partly queued).
    for (int pass = 0; pass < 6; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    return true;
}

QRectF backgroundOf(const QChart &chart)
{
    const QMarginsF inset = ChartStyle::backgroundInset(&chart);
    return QRectF(QPointF(0, 0), chart.size()).marginsRemoved(inset);
}

QStringList cutTexts(const QChartView &view)
{
    QStringList cut;
    for (const QGraphicsItem *item : view.scene()->items()) {
        const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
        if (text && item->isVisible()
            && (text->toPlainText().endsWith(QStringLiteral("...")) || text->toPlainText().endsWith(QChar(0x2026))))
            cut << text->toPlainText();
    }
    return cut;
}

HorizontalBarChart::Data performanceLike()
{
    HorizontalBarChart::Data data;
    data.title = QStringLiteral("Overall: Average of the 13 global common benchmarks vs Qwen3-235B (frozen 30 Dec 2025)"
                                " — includes illustrative samples");
    data.valueAxisTitle = QStringLiteral("Score as % of the reference model");
    data.categories = {QStringLiteral("LG AI Research consortium: 103.8% ✓ meets"),
                       QStringLiteral("NAVER Cloud consortium: 96.7% ✓ meets (confidential)"),
                       QStringLiteral("SK Telecom consortium: 94.998% ✗ below (confidential)"),
                       QStringLiteral("업스테이지컨소시엄의아주긴이름은띄어쓰기가없습니다: 91.4% ✗ 미달"),
                       QStringLiteral("NC AI consortium: 85.9% ✗ below")};
    data.sets = {{QStringLiteral("At or above 95% of the reference (solid, outlined)"), {103.8, 96.7, 0, 0, 0}, Qt::darkBlue},
                 {QStringLiteral("Below 95% of the reference (hatched)"), {0, 0, 94.998, 91.4, 85.9}, Qt::darkRed,
                  Qt::BDiagPattern, Qt::DotLine},
                 {QStringLiteral("Planned"), {0, 0, 0, 0, 0}, Qt::gray}};
    data.maximum = 120;
    data.referenceLine = 95;
    data.referenceLineName = QStringLiteral("95% of the reference");
    return data;
}

} // namespace

class TstHorizontalBarTexts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Twice the usual text, as a reader who set a large text size: where Qt Charts cut most.
        QFont font = QApplication::font();
        font.setPointSizeF(font.pointSizeF() * 2);
        QApplication::setFont(font);
    }

    void namesWrapAndEachBandHoldsItsName_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("960 px") << 960;
        QTest::newRow("560 px") << 560;
    }

    void namesWrapAndEachBandHoldsItsName()
    {
        QFETCH(int, width);
        HorizontalBarChart chart;
        chart.setLeastHeight(260);
        chart.resize(width, 260);
        const HorizontalBarChart::Data data = performanceLike();
        chart.setData(data);
        QVERIFY(settle(&chart));
        const LeftCategoryLabels &labels = *chart.categoryLabels();
        QCOMPARE(labels.texts(), data.categories);
        const QChart &c = *chart.chart();
        QVERIFY(!c.axes(Qt::Vertical).first()->isVisible());  // Qt's own labels are not drawn
        const QRectF plot = c.plotArea();
        const qreal band = plot.height() / data.categories.size();
        const QFontMetricsF metrics(c.axes(Qt::Vertical).first()->labelsFont());
        for (int i = 0; i < data.categories.size(); ++i) {
            const QRectF place = labels.placeOf(i);
            const QString name = data.categories[i];
            QVERIFY2(backgroundOf(c).contains(place), qPrintable(name));
            QVERIFY2(place.right() <= plot.left(), qPrintable(name));
            QVERIFY2(place.height() <= band + 0.5, qPrintable(QStringLiteral("%1: %2 px in a band of %3").arg(name).arg(place.height()).arg(band)));
            QVERIFY2(std::abs(place.center().y() - (plot.top() + band * (i + 0.5))) < 1, qPrintable(name));
            const QRectF needed = metrics.boundingRect(place, labels.flagsOf(i), name);
            QVERIFY2(needed.height() <= place.height() + 0.5 && needed.width() <= place.width() + 0.5, qPrintable(name));
        }
        QVERIFY(labels.reservedWidth() <= 0.45 * c.size().width());
        // At this size every name needs two lines or more: the chart grew past its least height.
        QVERIFY2(chart.height() > 260, qPrintable(QString::number(chart.height())));
        QVERIFY2(cutTexts(chart).isEmpty(), qPrintable(cutTexts(chart).join(u';')));
    }

    void legendEntriesFlowOntoRowsAndWrap()
    {
        HorizontalBarChart chart;
        chart.setLeastHeight(260);
        chart.resize(520, 260);
        chart.setData(performanceLike());
        QVERIFY(settle(&chart));
        const QChart &c = *chart.chart();
        QVERIFY(!c.legend()->isVisible());
        const ChartLegend &legend = *chart.legendItem();
        // The unused set is left out; the reference line has its entry.
        QCOMPARE(legend.texts(), QStringList({QStringLiteral("At or above 95% of the reference (solid, outlined)"),
                                              QStringLiteral("Below 95% of the reference (hatched)"),
                                              QStringLiteral("95% of the reference")}));
        const QFontMetricsF metrics(c.legend()->font());
        QVERIFY(legend.reservedHeight() > 2 * metrics.height());  // more than one row
        const QRectF below = QRectF(QPointF(0, c.plotArea().bottom()), c.size());
        for (int i = 0; i < legend.texts().size(); ++i) {
            const QRectF place = legend.placeOf(i);
            QVERIFY2(backgroundOf(c).contains(place), qPrintable(legend.texts()[i]));
            QVERIFY2(below.contains(place), qPrintable(legend.texts()[i]));
            for (int j = 0; j < i; ++j)
                QVERIFY2(!legend.placeOf(j).intersects(place), qPrintable(legend.texts()[i]));
        }
        // The value axis's title (a text item of Qt Charts, wrapped here) stays above the legend.
        bool found = false;
        for (const QGraphicsItem *item : chart.scene()->items()) {
            const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
            if (!text || !text->isVisible()
                || text->toPlainText().simplified() != QStringLiteral("Score as % of the reference model"))
                continue;
            found = true;
            QVERIFY(item->sceneBoundingRect().bottom() <= legend.placeOf(0).top());
        }
        QVERIFY(found);
        QVERIFY2(cutTexts(chart).isEmpty(), qPrintable(cutTexts(chart).join(u';')));
    }

    void titleWrapsOntoLinesAndKeepsItsText()
    {
        HorizontalBarChart chart;
        chart.resize(520, 300);
        HorizontalBarChart::Data data = performanceLike();
        data.title = QStringLiteral("Overall vs <Qwen3> R&D: ") + data.title;  // drawn as written, never as markup
        chart.setData(data);
        QVERIFY(settle(&chart));
        QCOMPARE(chart.chartTitle(), data.title);
        QVERIFY(chart.chart()->title().isEmpty());  // Qt Charts lays out no title of its own
        const ChartTitleItem &title = *chart.titleItem();
        QVERIFY2(title.lines().size() > 2, qPrintable(title.lines().join(u'|')));
        QCOMPARE(title.lines().join(u' '), data.title);
        QVERIFY(title.lines().first().startsWith(QStringLiteral("Overall vs <Qwen3> R&D")));
        // Across the whole chart (not only above the plot, beside the names), above everything else.
        const QRectF bounds = title.boundingRect().translated(title.pos());
        QVERIFY(backgroundOf(*chart.chart()).contains(bounds));
        QVERIFY2(bounds.width() > chart.chart()->plotArea().width(), qPrintable(QString::number(bounds.width())));
        QVERIFY(bounds.bottom() <= chart.chart()->plotArea().top());
        QVERIFY(bounds.bottom() <= chart.categoryLabels()->placeOf(0).top());
        QVERIFY2(cutTexts(chart).isEmpty(), qPrintable(cutTexts(chart).join(u';')));
        // Wide enough again: one line.
        QFont small = chart.chart()->titleFont();
        small.setPointSizeF(6);
        chart.chart()->setTitleFont(small);
        chart.resize(3000, 300);
        QVERIFY(settle(&chart));
        QCOMPARE(title.lines(), QStringList{data.title});
    }

    void valueAxisTitleIsTextNotMarkup()
    {
        HorizontalBarChart chart;
        chart.resize(900, 400);
        HorizontalBarChart::Data data = performanceLike();
        data.valueAxisTitle = QStringLiteral("R&D <score>");
        chart.setData(data);
        QVERIFY(settle(&chart));
        bool found = false;
        for (const QGraphicsItem *item : chart.scene()->items()) {
            const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
            found = found || (text && text->isVisible() && text->toPlainText() == data.valueAxisTitle);
        }
        QVERIFY(found);
    }

    void leastHeightHoldsBeforeDataAndTheHeightFollowsTheNames()
    {
        HorizontalBarChart chart;
        chart.setLeastHeight(260);
        QTRY_COMPARE(chart.minimumHeight(), 260);  // before any data
        chart.resize(560, 260);
        chart.setData(performanceLike());
        QVERIFY(settle(&chart));
        const int grown = chart.minimumHeight();
        QVERIFY2(grown > 260, qPrintable(QString::number(grown)));
        HorizontalBarChart::Data shorter = performanceLike();
        shorter.categories = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                              QStringLiteral("E")};
        chart.setData(shorter);
        QVERIFY(settle(&chart));
        QVERIFY2(chart.minimumHeight() < grown, qPrintable(QString::number(chart.minimumHeight())));
        HorizontalBarChart::Data none = shorter;
        none.categories.clear();
        for (HorizontalBarChart::Set &set : none.sets)
            set.values.clear();
        chart.setData(none);
        QVERIFY(settle(&chart));
        QVERIFY2(chart.minimumHeight() < grown, qPrintable(QString::number(chart.minimumHeight())));
    }

    void theValueAxisKeepsRoomForItsTitle()
    {
        // Short names, a long axis title on a narrow chart: the chart grows rather than letting Qt
        // Charts cut the title (it gives a horizontal axis at most 40 % of the height).
        HorizontalBarChart chart;
        chart.setLeastHeight(200);
        chart.resize(520, 200);
        HorizontalBarChart::Data data = performanceLike();
        data.categories = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                           QStringLiteral("E")};
        data.valueAxisTitle = QStringLiteral("Score as % of the frozen reference model, averaged over the 13 global"
                                             " common benchmarks of this round");
        chart.setData(data);
        QVERIFY(settle(&chart));
        QVERIFY2(cutTexts(chart).isEmpty(), qPrintable(cutTexts(chart).join(u';')));
    }

    void aThemeChangeKeepsTheReservedRoomAndRecolours()
    {
        HorizontalBarChart chart;
        chart.resize(700, 400);
        chart.setData(performanceLike());
        QVERIFY(settle(&chart));
        const QMargins reserved = chart.chart()->margins();
        QVERIFY(reserved.left() > 4 && reserved.bottom() > 4 && reserved.top() > 4);
        QPalette dark = chart.palette();
        dark.setColor(QPalette::Base, Qt::black);
        dark.setColor(QPalette::Text, Qt::white);
        chart.setPalette(dark);
        QVERIFY(settle(&chart));
        QCOMPARE(chart.chart()->margins(), reserved);
        for (QAbstractSeries *series : chart.chart()->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(series))
                QCOMPARE(line->pen().color(), QColor(Qt::white));  // the reference line, as its legend entry
        }
    }

    // A theme resets a chart's margins (ChartStyle::follow): the title drawn by the chart gets its
    // room back on every kind of chart, also one that keeps no other margins of its own.
    void everyChartKeepsItsTitleRoomAfterAThemeChange()
    {
        BumpChart chart;
        chart.resize(600, 360);
        chart.setData({QStringLiteral("Ranks after each round of the programme's competitive evaluation"),
                       QStringLiteral("Rank"), {QStringLiteral("R1"), QStringLiteral("R2")},
                       {{QStringLiteral("A"), {1, 2}, Qt::red}, {QStringLiteral("B"), {2, 1}, Qt::blue}}});
        QVERIFY(settle(&chart));
        const ChartTitleItem &title = *chart.titleItem();
        const int top = chart.chart()->margins().top();
        QVERIFY(top >= title.reservedHeight());
        QPalette dark = chart.palette();
        dark.setColor(QPalette::Base, Qt::black);
        dark.setColor(QPalette::Text, Qt::white);
        chart.setPalette(dark);
        QVERIFY(settle(&chart));
        QCOMPARE(chart.chart()->margins().top(), top);
        QVERIFY(title.mapRectToParent(title.boundingRect()).bottom() <= chart.chart()->plotArea().top());
    }

    // Qt Charts only ever raises a chart view's minimum size to its chart's: a title that wrapped
    // onto more lines while the chart was narrow kept its height after the chart widened again.
    void aWidenedChartGivesBackTheHeightItsTitleTookWhenNarrow()
    {
        BumpChart chart;
        chart.resize(1000, 360);
        chart.setData({QStringLiteral("Ranks after each round of the programme's competitive evaluation"),
                       QStringLiteral("Rank"), {QStringLiteral("R1"), QStringLiteral("R2")},
                       {{QStringLiteral("A"), {1, 2}, Qt::red}, {QStringLiteral("B"), {2, 1}, Qt::blue}}});
        QVERIFY(settle(&chart));
        const int wideLines = chart.titleItem()->lines().size();
        const int wideMinimum = chart.minimumHeight();
        for (const int narrow : {330, 340}) {  // the second resize made Qt Charts raise the minimum
            chart.resize(narrow, 360);
            QVERIFY(settle(&chart));
        }
        QVERIFY(chart.titleItem()->lines().size() > wideLines);
        QVERIFY(chart.minimumHeight() > wideMinimum);
        QCOMPARE(chart.minimumHeight(), qCeil(chart.chart()->minimumSize().height()));
        chart.resize(1000, 360);
        QVERIFY(settle(&chart));
        QCOMPARE(chart.titleItem()->lines().size(), wideLines);
        QCOMPARE(chart.minimumHeight(), wideMinimum);
    }
};

QTEST_MAIN(TstHorizontalBarTexts)
#include "tst_horizontal_bar_texts.moc"
