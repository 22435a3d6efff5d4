// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/TimelineSlide.h"

#include "DashboardState.h"
#include "domain/TimelineCountdown.h"
#include "domain/TimelineLayout.h"
#include "domain/TimelineScale.h"
#include "export/ExportFont.h"
#include "items/TimelineText.h"
#include "timeline/TimelinePainter.h"

#include <QPainter>
#include <algorithm>
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
                   const QSizeF &size, double rowSpacing = 1.0)
{
    FittedTimeline fitted;
    fitted.font = ExportFont::pixelFont(pixels, false);
    QFont bold = fitted.font;
    bold.setBold(true);
    const TextWidths metrics(fitted.font);
    const TextWidths boldMetrics(bold);
    double gutter = boldMetrics.horizontalAdvance(TimelinePainter::tr("Program calendar"));
    for (const Consortium &c : snapshot.consortia)
        gutter = std::max(gutter, metrics.horizontalAdvance(c.name.in(language)));
    gutter = std::ceil(gutter + 2.5 * pixels);
    const TimelineScale scale =
        TimelineScale::fitting(TimelineScale::programStart(), TimelineScale::programEnd(), size.width() - gutter - pixels);
    fitted.layout = std::make_unique<TimelineLayout>(snapshot, scale, metrics, TimelineText::wording(language), language,
                                                     &boldMetrics, rowSpacing);
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

QString TimelineSlide::headline() const
{
    // The same countdown the Timeline view shows above its chart: the next round or milestone (or the
    // end of one under way), a day only where a source states it.
    const ProgramSnapshot &snapshot = state().snapshot();
    return TimelineText::countdown(TimelineCountdown::next(snapshot), snapshot, state().language());
}

bool TimelineSlide::showsIllustrativeData() const
{
    // Model releases and stages are sourced; only a sample source on the timeline would mark it.
    const FittedTimeline fitted = fit(state().snapshot(), state().language(), QPalette(), 18, QSizeF(1600, 800));
    return !press() && fitted.layout->showsIllustrativeData();
}

namespace {
// Labels the layout had to shorten or leave out for want of room (stages and lane markers).
int shortenedLabels(const TimelineLayout &layout)
{
    int shortened = 0;
    for (const TimelineStageItem &item : layout.stages())
        shortened += item.label.isElided();
    for (const TimelineLane &lane : layout.lanes()) {
        for (const TimelineLaneMarker &marker : lane.markers)
            shortened += marker.label.isElided();
    }
    return shortened;
}

bool fitsBody(const FittedTimeline &fitted)
{
    return fitted.layout->height() <= fitted.frame.bodyHeight();
}

// The layout at the label size, or smaller (down to the minimum) until its lanes fit the body. A body
// taller than the lanes need at label size (an A4 page of the pack) takes larger type, up to a
// heading's size, as long as every lane still fits and no label is shortened that was whole: the
// calendar then fills the page instead of leaving its lower part empty.
FittedTimeline fitToBody(const ProgramSnapshot &snapshot, Language language, const QPalette &palette,
                         const SlideStyle &style, const QSizeF &body)
{
    // The painter draws its small labels at 92 %: 15 px keeps them at the 14 px minimum.
    const int smallest = SlideStyle::MinimumPixels + 1;
    const int labelSize = std::max(smallest, style.pixels(SlideStyle::Text::Label));
    FittedTimeline fitted = fit(snapshot, language, palette, labelSize, body);
    for (int pixels = labelSize - 1; pixels >= smallest && !fitsBody(fitted); --pixels)
        fitted = fit(snapshot, language, palette, pixels, body);
    if (!fitsBody(fitted))
        return fitted;
    const int shortened = shortenedLabels(*fitted.layout);
    const int largest = std::max(labelSize, style.pixels(SlideStyle::Text::Heading));
    for (int pixels = labelSize + 1; pixels <= largest; ++pixels) {
        FittedTimeline larger = fit(snapshot, language, palette, pixels, body);
        if (!fitsBody(larger) || shortenedLabels(*larger.layout) > shortened)
            break;
        fitted = std::move(larger);
    }
    // Then the rows spread, up to half as tall again, into what is left of the page.
    const int pixels = fitted.font.pixelSize();
    for (double spacing = std::min(1.5, fitted.frame.bodyHeight() / fitted.layout->height()); spacing > 1.02;
         spacing -= 0.02) {
        FittedTimeline spread = fit(snapshot, language, palette, pixels, body, spacing);
        if (fitsBody(spread))
            return spread;
    }
    return fitted;
}

// The first lane of every page: lanes that do not fit continue on the next page, whole, never a row
// cut in half.
QVector<int> pageBreaks(const FittedTimeline &fitted, double noteHeight)
{
    const double room = fitted.frame.bodyHeight() - noteHeight;
    QVector<int> firstLanes = {0};
    const auto &lanes = fitted.layout->lanes();
    double top = 0;
    while (fitted.layout->height() > top + fitted.frame.bodyHeight()) {
        const int first = firstLanes.last();
        int next = first;
        while (next < lanes.size() && lanes[next].rect.bottom() <= top + room)
            ++next;
        next = std::max(next, first + 1);
        if (next >= lanes.size())
            break;
        firstLanes.append(next);
        top = lanes[next].rect.top();
    }
    return firstLanes;
}
} // namespace

TimelineSlide::Pages TimelineSlide::pages(const SlideStyle &style, const QSizeF &body) const
{
    QPalette palette = style.palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    const double note = noteHeight(style);
    const Language language = state().language();
    FittedTimeline fitted = fitToBody(state().snapshot(), language, palette, style, body);
    QVector<int> breaks = pageBreaks(fitted, note);
    // Bilingual twins show the same consortia on the same page: break wherever either language must
    // (the calendar's labels can take another row in one language), so each page fits in both.
    const Language other = language == Language::Korean ? Language::English : Language::Korean;
    const FittedTimeline twin = fitToBody(state().snapshot(), other, palette, style, body);
    for (const int lane : pageBreaks(twin, note)) {
        if (!breaks.contains(lane))
            breaks.append(lane);
    }
    std::sort(breaks.begin(), breaks.end());
    Pages result;
    result.firstLanes = breaks;
    result.palette = palette;
    result.font = fitted.font;
    result.frame = fitted.frame;
    result.layout = std::move(fitted.layout);
    return result;
}

qreal TimelineSlide::noteHeight(const SlideStyle &style)
{
    return QFontMetricsF(style.font(SlideStyle::Text::Label, true)).height() * 1.6;
}

int TimelineSlide::pageCount(const SlideStyle &style, const QSizeF &body) const
{
    return int(pages(style, body).firstLanes.size());
}

void TimelineSlide::paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const
{
    const Pages laid = pages(style, body.size());
    const auto &lanes = laid.layout->lanes();
    const int count = int(laid.firstLanes.size());
    page = std::clamp(page, 0, count - 1);
    const int first = laid.firstLanes[page];
    const int end = page + 1 < count ? laid.firstLanes[page + 1] : int(lanes.size());
    TimelineFrame frame = laid.frame;
    const double top = page == 0 ? 0.0 : lanes[first].rect.top();
    const double bottom = page + 1 < count ? lanes[end - 1].rect.bottom() : laid.layout->height();
    frame.scroll = QPointF(0, top);
    frame.size.setHeight(std::min(frame.size.height(), frame.axisHeight + (bottom - top) + frame.legendHeight + 4));
    TimelinePainter timeline(*laid.layout, laid.palette, laid.font, state().language());
    timeline.setToday(state().today());
    timeline.setAsOf(state().asOf());
    painter.save();
    painter.translate(body.topLeft());
    painter.setClipRect(QRectF(QPointF(), frame.size));
    timeline.paint(painter, frame);
    painter.restore();
    if (count > 1) {
        painter.setPen(style.mutedInk());
        painter.setFont(style.font(SlideStyle::Text::Label, true));
        const QString note = page + 1 < count
            ? tr("Consortia %1–%2 of %3 — continued on the next page (%4/%5)")
            : tr("Consortia %1–%2 of %3 — continued (%4/%5)");
        painter.drawText(QRectF(body.left(), body.top() + frame.size.height() + style.gap() * 0.5, body.width(),
                                noteHeight(style)),
                         Qt::AlignLeft | Qt::AlignTop,
                         note.arg(first + 1).arg(end).arg(lanes.size()).arg(page + 1).arg(count));
    }
}

} // namespace kai::ui
