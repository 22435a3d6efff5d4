// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: no focus stop without a visible focus. Chart views take keyboard focus (their context
// actions live there) and must show it with a highlight frame, and show nothing of it otherwise.
#include "TestSupport.h"
#include "charts/BarChart.h"
#include "charts/BumpChart.h"
#include "charts/HorizontalBarChart.h"
#include "charts/LineChart.h"

#include <QApplication>
#include <QChartView>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>
#include <memory>

using namespace kai;

namespace {
// Pixels of the view's outer two-pixel frame drawn in the highlight colour.
int highlightedFramePixels(QChartView *view)
{
    const QImage image = view->grab().toImage();
    const QColor highlight = view->palette().color(QPalette::Highlight);
    int count = 0;
    for (int x = 0; x < image.width(); ++x) {
        for (const int y : {0, 1, image.height() - 2, image.height() - 1})
            count += QColor(image.pixel(x, y)) == highlight ? 1 : 0;
    }
    return count;
}
} // namespace

class TestChartFocus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::enterTestMode(); }

    void everyChartShowsItsFocus_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("bar") << 0;
        QTest::newRow("horizontal bar") << 1;
        QTest::newRow("line") << 2;
        QTest::newRow("bump") << 3;
    }

    void everyChartShowsItsFocus()
    {
        QFETCH(int, kind);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *before = new QLineEdit(&window);
        layout->addWidget(before);
        QChartView *chart = nullptr;
        switch (kind) {
        case 0: chart = new ui::BarChart(ui::BarChart::Layout::Grouped, &window); break;
        case 1: chart = new ui::HorizontalBarChart(&window); break;
        case 2: chart = new ui::LineChart(&window); break;
        default: chart = new ui::BumpChart(&window); break;
        }
        layout->addWidget(chart);
        window.resize(480, 360);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QVERIFY(chart->focusPolicy() & Qt::TabFocus);

        before->setFocus();
        QCOMPARE(highlightedFramePixels(chart), 0);
        QTest::keyClick(before, Qt::Key_Tab);
        QTRY_VERIFY(chart->hasFocus());
        QVERIFY2(highlightedFramePixels(chart) > chart->width(), "the focused chart draws no focus frame");
    }
};

QTEST_MAIN(TestChartFocus)
#include "tst_chart_focus.moc"
