// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardState.h"
#include "TestSupport.h"
#include "domain/TimelineLayout.h"
#include "items/TimelineText.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/ThemeManager.h"
#include "timeline/TimelineCanvas.h"
#include "timeline/TimelinePainter.h"
#include "timeline/TimelineView.h"

#include <QAbstractButton>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

using namespace kai;
using namespace kai::domain;
using ui::TimelineCanvas;
using ui::TimelineView;
using ui::ViewId;

Q_DECLARE_METATYPE(kai::ui::ViewId)

namespace {
qint64 stageId(const DashboardState &state, const QString &code)
{
    for (const Stage &stage : state.snapshot().stages) {
        if (stage.code == code)
            return stage.id;
    }
    return 0;
}

QAbstractButton *buttonNamed(const QWidget *parent, const QString &text)
{
    for (QAbstractButton *button : parent->findChildren<QAbstractButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

void sendWheel(TimelineCanvas *canvas, int delta, Qt::KeyboardModifiers modifiers)
{
    const QPointF position = canvas->viewport()->rect().center();
    QWheelEvent event(position, canvas->viewport()->mapToGlobal(position), QPoint(), QPoint(0, delta), Qt::NoButton,
                      modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(canvas->viewport(), &event);
}
// WCAG 2 contrast ratio of two colours (4.5 : 1 is the AA bar for text).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;
    std::unique_ptr<DashboardState> m_state;
    TimelineView *m_view = nullptr;

    TimelineCanvas *canvas() const { return m_view->canvas(); }

    QPoint pointOfStage(const QString &code) const
    {
        const TimelineStageItem *item = canvas()->layout()->stageItem(stageId(*m_state, code));
        return item ? canvas()->viewportPointOf(item->bar.center()) : QPoint(-1, -1);
    }

    // The chart as the canvas paints it at 1366 x 768, scrolled by a fraction of a pixel so that
    // markers land between pixels.
    QImage paintedTimeline(const TimelineLayout &layout, qreal ratio, ui::ShapeSpriteCache *sprites) const
    {
        const QSize size(1366, 768);
        QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        ui::TimelinePainter timeline(layout, canvas()->palette(), canvas()->font(), m_state->language());
        timeline.setSpriteCache(sprites);
        timeline.setAsOf(m_state->asOf());
        timeline.setToday(m_state->today());
        ui::TimelineFrame frame;
        frame.size = size;
        frame.gutter = 190;
        frame.axisHeight = ui::TimelinePainter::axisHeight(canvas()->font());
        frame.legendHeight = timeline.legendHeight(size.width());
        frame.scroll = QPointF(0.37, 0);
        QPainter painter(&image);
        timeline.paint(painter, frame);
        return image;
    }

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        qRegisterMetaType<kai::ui::ViewId>();
        m_sample = new test::SampleDatabase;
    }

    void init()
    {
        m_state = test::createState(*m_sample);
        m_view = new TimelineView(*m_state);
        m_view->resize(1140, 620);  // the page's share of a 1280x720 window
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
    }

    void cleanup()
    {
        delete m_view;
        m_state.reset();
    }

    void cleanupTestCase() { delete m_sample; }

    void opensFittedToTheWindow()
    {
        QVERIFY(canvas()->isFitToWindow());
        QVERIFY(buttonNamed(m_view, QStringLiteral("Fit to window"))->isChecked());
        const TimelineLayout *layout = canvas()->layout();
        QVERIFY(layout);
        QVERIFY(layout->width() <= canvas()->viewport()->width());
        QCOMPARE(layout->lanes().size(), 16);
    }

    void zoomButtonsChangeTheScale()
    {
        buttonNamed(m_view, QStringLiteral("Month"))->click();
        QCOMPARE(canvas()->pixelsPerDay(), TimelineScale::pixelsPerDay(TimelineZoom::Month));
        QVERIFY(!canvas()->isFitToWindow());
        QVERIFY(buttonNamed(m_view, QStringLiteral("Month"))->isChecked());
        QVERIFY(canvas()->layout()->width() > canvas()->viewport()->width());  // now it scrolls

        buttonNamed(m_view, QStringLiteral("Year"))->click();
        QCOMPARE(canvas()->pixelsPerDay(), TimelineScale::pixelsPerDay(TimelineZoom::Year));
        QCOMPARE(canvas()->layout()->scale().labelledUnit(), TickUnit::Year);

        buttonNamed(m_view, QStringLiteral("Quarter"))->click();
        QCOMPARE(canvas()->layout()->scale().labelledUnit(), TickUnit::Quarter);

        buttonNamed(m_view, QStringLiteral("Fit to window"))->click();
        QVERIFY(canvas()->isFitToWindow());
    }

    void ctrlWheelZoomsAndPlainWheelDoesNot()
    {
        const double fitted = canvas()->pixelsPerDay();
        sendWheel(canvas(), 120, Qt::ControlModifier);
        QVERIFY(qAbs(canvas()->pixelsPerDay() - fitted * 1.2) < 1e-9);
        QVERIFY(!canvas()->isFitToWindow());
        QVERIFY(!buttonNamed(m_view, QStringLiteral("Fit to window"))->isChecked());
        sendWheel(canvas(), -240, Qt::ControlModifier);
        QVERIFY(canvas()->pixelsPerDay() < fitted);

        const double zoomed = canvas()->pixelsPerDay();
        sendWheel(canvas(), 120, Qt::NoModifier);
        QCOMPARE(canvas()->pixelsPerDay(), zoomed);
    }

    void clickingARoundEmitsNavigateRequested()
    {
        QSignalSpy spy(m_view, &ui::ViewPage::navigateRequested);
        const qint64 phase1 = stageId(*m_state, QStringLiteral("phase1-eval"));
        QTest::mouseClick(canvas()->viewport(), Qt::LeftButton, {}, pointOfStage(QStringLiteral("phase1-eval")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<ViewId>(), ViewId::Rounds);
        QCOMPARE(spy.at(0).at(1).toLongLong(), phase1);

        // A development phase is not a round: nothing to open.
        QTest::mouseClick(canvas()->viewport(), Qt::LeftButton, {}, pointOfStage(QStringLiteral("phase1-dev")));
        QCOMPARE(spy.count(), 1);
    }

    void clickingARoundMarkerEmitsItsStage()
    {
        QSignalSpy spy(m_view, &ui::ViewPage::navigateRequested);
        const TimelineLane *naver = nullptr;
        for (const TimelineLane &lane : canvas()->layout()->lanes()) {
            if (lane.consortium->code == QLatin1String("naver"))
                naver = &lane;
        }
        QVERIFY(naver);
        const TimelineLaneMarker *exit = nullptr;
        for (const TimelineLaneMarker &marker : naver->markers) {
            if (marker.kind == LaneMarkerKind::Eliminated)
                exit = &marker;
        }
        QVERIFY(exit);
        QTest::mouseClick(canvas()->viewport(), Qt::LeftButton, {}, canvas()->viewportPointOf(exit->centre));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toLongLong(), stageId(*m_state, QStringLiteral("phase1-eval")));
    }

    void theKeyboardWalksAndOpensRounds()
    {
        QSignalSpy spy(m_view, &ui::ViewPage::navigateRequested);
        QTest::keyClick(canvas(), Qt::Key_Tab);
        QCOMPARE(canvas()->focusedRound(), stageId(*m_state, QStringLiteral("document-review")));
        QTest::keyClick(canvas(), Qt::Key_Tab);
        QCOMPARE(canvas()->focusedRound(), stageId(*m_state, QStringLiteral("presentation-review")));
        QTest::keyClick(canvas(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toLongLong(), stageId(*m_state, QStringLiteral("presentation-review")));
        QTest::keyClick(canvas(), Qt::Key_Plus);
        QVERIFY(!canvas()->isFitToWindow());
        QTest::keyClick(canvas(), Qt::Key_0);
        QVERIFY(canvas()->isFitToWindow());
    }

    // Issue 14: the as-of line never runs through a label.
    void theAsOfLineStopsAtLabels()
    {
        m_state->setAsOf(QDate(2025, 8, 4));  // the line passes the document-review exits' labels
        const TimelineLayout *layout = canvas()->layout();
        const double x = layout->scale().x(QDate(2025, 8, 4)) + layout->scale().pixelsPerDay() / 2;
        QVector<QRectF> crossed;
        for (const auto &lane : layout->lanes()) {
            for (const auto &marker : lane.markers) {
                if (marker.label.isShown() && marker.label.rect.left() <= x && x <= marker.label.rect.right())
                    crossed.append(marker.label.rect);
            }
        }
        for (const auto &item : layout->stages()) {
            if (item.label.isShown() && item.label.rect.left() <= x && x <= item.label.rect.right())
                crossed.append(item.label.rect);
        }
        QVERIFY(!crossed.isEmpty());
        const ui::TimelinePainter painter(*layout, canvas()->palette(), canvas()->font(), m_state->language());
        const auto pieces = painter.dateLineAvoidingLabels(x, 0, 2000);
        QVERIFY(!pieces.isEmpty());
        for (const QLineF &piece : pieces) {
            for (const QRectF &label : crossed)
                QVERIFY(piece.p2().y() <= label.top() || piece.p1().y() >= label.bottom());
        }
    }

    // Issue 19: the result markers and legend glyphs are drawn from kept images; the chart must look
    // as it does when each is stroked and filled, at screen and export scales, in both languages.
    void markersFromKeptImagesLookAsDrawn()
    {
        m_state->setAsOf(DashboardState::latestAsOf());  // every round's markers
        for (const Language language : {Language::English, Language::Korean}) {
            m_state->setLanguage(language);
            const TimelineLayout *layout = canvas()->layout();
            QVERIFY(layout);
            for (const qreal ratio : {1.0, 1.5, 2.0}) {
                ui::ShapeSpriteCache sprites;
                const QImage drawn = paintedTimeline(*layout, ratio, nullptr);
                const QImage first = paintedTimeline(*layout, ratio, &sprites);
                const int kept = sprites.size();
                QVERIFY(kept >= 5);  // at least each kind of marker once
                const QImage again = paintedTimeline(*layout, ratio, &sprites);
                QCOMPARE(sprites.size(), kept);  // the second paint reuses them all
                QCOMPARE(again, first);
                // An eighth of a pixel off at most, and blended as one image: edges a shade apart.
                int largest = 0;
                int differing = 0;
                for (int y = 0; y < drawn.height(); ++y) {
                    for (int x = 0; x < drawn.width(); ++x) {
                        const QRgb p = drawn.pixel(x, y);
                        const QRgb q = first.pixel(x, y);
                        const int difference = std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                                         std::abs(qBlue(p) - qBlue(q))});
                        largest = std::max(largest, difference);
                        differing += difference > 2 ? 1 : 0;
                    }
                }
                QVERIFY2(largest <= 40, qPrintable(QStringLiteral("%1 at %2x").arg(largest).arg(ratio)));
                // Only the markers' and glyphs' edges.
                QVERIFY2(differing < drawn.width() * drawn.height() / 200, qPrintable(QString::number(differing)));
            }
        }
    }

    // The grid's rules fill whole device pixels: one column at 1x and 1.25x, two at 1.5x and 2x, never
    // a blur over two half-covered columns, wherever the scroll leaves the tick; the rules across too.
    void gridRulesAreWholeDevicePixels()
    {
        const TimelineLayout *layout = canvas()->layout();
        QVERIFY(layout);
        const ui::TimelinePainter timeline(*layout, canvas()->palette(), canvas()->font(), m_state->language());
        const double legendTop = 768 - timeline.legendHeight(1366);
        const double y = legendTop - 3;  // below every lane, above the legend
        for (const qreal ratio : {1.0, 1.25, 1.5, 2.0}) {
            const QImage image = paintedTimeline(*layout, ratio, nullptr);
            const int thickness = std::max(1, int(std::lround(ratio)));
            const int row = int(y * ratio);
            int checked = 0;
            for (const TimelineTick &tick : layout->scale().minorTicks(m_state->language())) {
                const double x = (190 + tick.x - 0.37) * ratio;  // the frame's gutter and scroll
                const auto nearDateLine = [&](const QDate &date) {
                    return std::abs(x - (190 + layout->scale().x(date) - 0.37) * ratio) < 8 * ratio;
                };
                if (x < 200 * ratio || x > 1340 * ratio || nearDateLine(m_state->asOf()) || nearDateLine(m_state->today()))
                    continue;  // beside the as-of and today lines
                // The rule: a run of one colour, with the same background on both sides.
                const QRgb rule = image.pixel(int(x), row);
                int left = int(x);
                int right = int(x);
                while (image.pixel(left - 1, row) == rule)
                    --left;
                while (image.pixel(right + 1, row) == rule)
                    ++right;
                QCOMPARE(right - left + 1, thickness);
                QCOMPARE(image.pixel(left - 1, row), image.pixel(right + 1, row));
                QVERIFY(image.pixel(left - 1, row) != rule);
                ++checked;
            }
            QVERIFY(checked > 20);
            // The rule above the legend, across: as many whole rows.
            const int column = int(700 * ratio);
            int top = int(std::floor((legendTop + 0.5) * ratio - thickness / 2.0 + 0.5));
            const QRgb rule = image.pixel(column, top);
            int bottom = top;
            while (image.pixel(column, top - 1) == rule)
                --top;
            while (image.pixel(column, bottom + 1) == rule)
                ++bottom;
            QCOMPARE(bottom - top + 1, thickness);
            QVERIFY(image.pixel(column, top - 1) != rule && image.pixel(column, bottom + 1) != rule);
        }
    }

    void headerCountsDownToTheNextMilestone()
    {
        // Journalist review: the phase-2 evaluation has no announced result yet: it is still due.
        QCOMPARE(m_view->countdownText(), QStringLiteral("Next: Phase-2 evaluation · planned Aug 2026, not yet announced"));
        // Issue 14: a D-day only for a day a source states.
        m_state->setAsOf(QDate(2025, 7, 22));
        QVERIFY(m_view->countdownText().startsWith(QStringLiteral("D-3 · Document review")));  // ends 25 July, as announced
        m_state->setAsOf(QDate(2026, 7, 22));
        QVERIFY(m_view->countdownText().startsWith(QStringLiteral("Next: Phase-2 evaluation · Aug 2026")));
        m_state->setLanguage(Language::Korean);
        QVERIFY(m_view->countdownText().contains(QStringLiteral("2차 단계평가")));
        QVERIFY(m_view->countdownText().contains(QStringLiteral("2026년 8월")));
    }

    // Trust review: the phase-1 evaluation was planned for "December 2025" only. Its delay is counted
    // from the end of that month and said so in Korean too, without a planned day.
    void aMonthOnlyPlanIsLateFromTheEndOfItsMonthInKorean()
    {
        ui::LanguageManager languages(*m_state);
        languages.setLanguage(Language::Korean, false);
        const Stage *phase1 = nullptr;
        for (const Stage &stage : m_state->snapshot().stages) {
            if (stage.code == QLatin1String("phase1-eval"))
                phase1 = &stage;
        }
        QVERIFY(phase1);
        QCOMPARE(TimelineText::slip(*phase1, phase1->slipDays(), Language::Korean), QStringLiteral("2025년 12월 말 대비 15일 늦음"));
        QCOMPARE(TimelineText::wording(Language::Korean).stageLabel(*phase1, phase1->slipDays()),
                 QStringLiteral("1차 단계평가 · 2025년 12월 말 대비 15일 늦음"));
        QCOMPARE(TimelineText::slip(*phase1, -3, Language::Korean), QStringLiteral("2025년 12월 초 대비 3일 이름"));
        languages.setLanguage(Language::English, false);
        QCOMPARE(TimelineText::wording(Language::English).stageLabel(*phase1, phase1->slipDays()),
                 QStringLiteral("Phase-1 evaluation · 15 days after the end of Dec 2025"));
    }

    void followsTheAsOfDateToBothEnds()
    {
        m_state->setAsOf(DashboardState::earliestAsOf());  // before anyone applied
        QVERIFY(canvas()->layout()->lanes().isEmpty());  // the plan was announced on 20 June 2025
        QVERIFY(canvas()->layout()->stages().isEmpty());
        QVERIFY(!canvas()->render(2.0).isNull());
        m_state->setAsOf(DashboardState::latestAsOf());
        QCOMPARE(canvas()->layout()->lanes().size(), 16);
        // The phase-2 result is still pending on the last day: never "no further milestone".
        QVERIFY2(m_view->countdownText().contains(QStringLiteral("not yet announced")), qPrintable(m_view->countdownText()));
        QVERIFY(!canvas()->render(2.0).isNull());
    }

    void showsNoIllustrativeData()
    {
        QVERIFY(!m_view->showsIllustrativeData());
    }

    void rendersCrisplyAtThreeTimesTheScale()
    {
        const QImage image = canvas()->render(3.0);
        QCOMPARE(image.size(), canvas()->viewport()->size() * 3);
        QCOMPARE(image.devicePixelRatio(), 3.0);
        // Something was drawn: the pixels are not all the background colour.
        const QRgb background = image.pixel(0, 0);
        int different = 0;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                different += image.pixel(x, y) != background ? 1 : 0;
        }
        QVERIFY(different > 1000);
    }

    void clickingARoundInTheMainWindowOpensRounds()
    {
        ui::LanguageManager languages(*m_state);
        languages.setLanguage(Language::English, false);
        ui::ThemeManager themes;
        ui::MainWindow window(*m_state, languages, themes);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(ViewId::Timeline);
        auto *page = static_cast<TimelineView *>(window.page(ViewId::Timeline));
        TimelineCanvas *pageCanvas = page->canvas();
        const TimelineStageItem *item =
            pageCanvas->layout()->stageItem(stageId(*m_state, QStringLiteral("presentation-review")));
        QVERIFY(item);
        QTest::mouseClick(pageCanvas->viewport(), Qt::LeftButton, {}, pageCanvas->viewportPointOf(item->bar.center()));
        QCOMPARE(window.currentView(), ViewId::Rounds);
    }
    void countdownBadgeIsReadableInTheDarkTheme()
    {
        ui::LanguageManager languages(*m_state);
        languages.setLanguage(Language::Korean, false);
        ui::ThemeManager themes;
        themes.setTheme(ui::ThemeManager::Theme::Dark, false);
        ui::MainWindow window(*m_state, languages, themes);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(ViewId::Timeline);
        auto *badge = window.findChild<QLabel *>(QStringLiteral("timelineCountdown"));
        QVERIFY(badge);
        QVERIFY(!badge->text().isEmpty());
        const QPalette palette = badge->palette();
        const double ratio = contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("contrast %1 : 1").arg(ratio)));
        // What is drawn matches the palette: the badge's pixels hold the text colour on the window colour.
        const QImage image = badge->grab().toImage();
        int textPixels = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                textPixels += contrast(QColor(image.pixel(x, y)), palette.color(QPalette::Window)) >= 4.5 ? 1 : 0;
        }
        QVERIFY2(textPixels > 20, "no legible text drawn in the badge");
        themes.setTheme(ui::ThemeManager::Theme::Light, false);
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timeline_view.moc"
