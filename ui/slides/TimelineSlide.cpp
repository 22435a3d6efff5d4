// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/TimelineSlide.h"

#include "DashboardState.h"
#include "domain/TimelineLayout.h"
#include "domain/TimelineScale.h"
#include "export/ExportFont.h"
#include "items/DisplayFormat.h"
#include "items/TimelineText.h"
#include "timeline/TimelinePainter.h"

#include <QPainter>
#include <memory>

namespace kai::ui {

using namespace kai::domain;

namespace {
// The layout at one type size; the caller shrinks the type until the lanes fit the body.
struct FittedTimeline
{
    QFont font;
    std::unique_ptr<TimelineLayout> layout;
    TimelineFrame frame;
};

FittedTimeline fit(const ProgramSnapshot &snapshot, Language language, const QPalette &palette, int pixels,
                   const QSizeF &size)
{
    FittedTimeline fitted;
    fitted.font = ExportFont::pixelFont(pixels, false);
    QFont bold = fitted.font;
    bold.setBold(true);
    const QFontMetricsF metrics(fitted.font);
    double gutter = QFontMetricsF(bold).horizontalAdvance(TimelinePainter::tr("Program calendar"));
    for (const Consortium &c : snapshot.consortia)
        gutter = std::max(gutter, metrics.horizontalAdvance(c.name.in(language)));
    gutter = std::ceil(gutter + 2.5 * pixels);
    const TimelineScale scale =
        TimelineScale::fitting(TimelineScale::programStart(), TimelineScale::programEnd(), size.width() - gutter - pixels);
    const QFontMetricsF boldMetrics(bold);
    fitted.layout = std::make_unique<TimelineLayout>(snapshot, scale, metrics, TimelineText::wording(language), language,
                                                     &boldMetrics);
    fitted.frame.size = size;
    fitted.frame.gutter = gutter;
    fitted.frame.axisHeight = TimelinePainter::axisHeight(fitted.font);
    fitted.frame.legendHeight = TimelinePainter(*fitted.layout, palette, fitted.font, language).legendHeight(size.width());
    return fitted;
}
} // namespace

QString TimelineSlide::title() const
{
    return tr("Timeline");
}

const Stage *TimelineSlide::nextStage() const
{
    for (const Stage &stage : state().snapshot().stages) {
        if (stage.effectiveStart() > state().asOf())
            return &stage;
    }
    return nullptr;
}

QString TimelineSlide::headline() const
{
    const Stage *next = nextStage();
    if (!next)
        return tr("Every stage of the program has started");
    const DisplayFormat format(state().language());
    return tr("Next: %1 on %2, in %n days", nullptr, int(state().asOf().daysTo(next->effectiveStart())))
        .arg(next->name.in(state().language()), format.date(next->effectiveStart()));
}

bool TimelineSlide::showsIllustrativeData() const
{
    // Model releases and stages are sourced; only a sample source on the timeline would mark it.
    const FittedTimeline fitted = fit(state().snapshot(), state().language(), QPalette(), 18, QSizeF(1600, 800));
    return !press() && fitted.layout->showsIllustrativeData();
}

void TimelineSlide::paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const
{
    Q_UNUSED(page)
    QPalette palette = style.palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    // The painter draws its small labels at 92 %: 15 px keeps them at the 14 px minimum.
    const int smallest = SlideStyle::MinimumPixels + 1;
    const int largest = std::max(smallest, style.pixels(SlideStyle::Text::Label));
    FittedTimeline fitted = fit(state().snapshot(), state().language(), palette, largest, body.size());
    for (int pixels = largest - 1; pixels >= smallest && fitted.layout->height() > fitted.frame.bodyHeight(); --pixels)
        fitted = fit(state().snapshot(), state().language(), palette, pixels, body.size());
    TimelinePainter timeline(*fitted.layout, palette, fitted.font, state().language());
    timeline.setToday(state().today());
    timeline.setAsOf(state().asOf());
    painter.save();
    painter.translate(body.topLeft());
    painter.setClipRect(QRectF(QPointF(), body.size()));
    timeline.paint(painter, fitted.frame);
    painter.restore();
}

} // namespace kai::ui
