// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/TimelinePainter.h"

#include "items/DisplayFormat.h"
#include "items/StatusPalette.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace kai::ui {

using namespace kai::domain;

namespace {
QFont scaled(const QFont &font, double factor, bool bold)
{
    QFont result = font;
    if (font.pointSizeF() > 0)
        result.setPointSizeF(font.pointSizeF() * factor);
    else
        result.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * factor))));
    result.setBold(bold);
    return result;
}
} // namespace

QPolygonF TimelinePainter::diamond(const QPointF &centre, double size)
{
    const double half = size / 2;
    return QPolygonF({centre + QPointF(0, -half), centre + QPointF(half, 0), centre + QPointF(0, half),
                      centre + QPointF(-half, 0)});
}

TimelinePainter::TimelinePainter(const TimelineLayout &layout, const QPalette &palette, const QFont &font,
                                 Language language)
    : m_layout(layout), m_palette(palette), m_font(font), m_boldFont(scaled(font, 1.0, true)),
      m_smallFont(scaled(font, 0.92, false)), m_language(language)
{
}

double TimelinePainter::axisHeight(const QFont &font)
{
    return std::ceil(QFontMetricsF(font).height()) * 3 + 12;
}

QColor TimelinePainter::mix(QPalette::ColorRole from, QPalette::ColorRole to, double amount) const
{
    const QColor a = m_palette.color(from);
    const QColor b = m_palette.color(to);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

QColor TimelinePainter::roundColour() const
{
    return mix(QPalette::Highlight, QPalette::Text, 0.25);
}

QColor TimelinePainter::developmentColour() const
{
    return mix(QPalette::Base, QPalette::Highlight, 0.22);
}

double TimelinePainter::markerSize() const
{
    return std::min(m_layout.laneHeight() - 8, std::ceil(QFontMetricsF(m_font).height()));
}

void TimelinePainter::paint(QPainter &painter, const TimelineFrame &frame) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(m_font);
    painter.fillRect(QRectF(QPointF(0, 0), frame.size), m_palette.color(QPalette::Base));

    painter.save();
    painter.setClipRect(frame.body());
    paintLaneBands(painter, frame);
    painter.translate(frame.origin());
    paintFuture(painter, frame);
    paintGrid(painter, frame);
    paintStages(painter);
    paintLanes(painter);
    paintDateLines(painter, frame);
    painter.restore();
    if (m_layout.stages().isEmpty() && m_layout.lanes().isEmpty()) {
        painter.setPen(mix(QPalette::Text, QPalette::Base, 0.3));
        painter.drawText(frame.body(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Nothing about the program had been announced by %1.")
                             .arg(DisplayFormat(m_language).date(m_asOf)));
    }

    paintAxis(painter, frame);
    paintGutter(painter, frame);
    paintLegend(painter, frame);
    painter.restore();
}

void TimelinePainter::paintLaneBands(QPainter &painter, const TimelineFrame &frame) const
{
    // Alternate rows across the whole width, so the eye can follow a team from name to markers.
    const QColor band = m_palette.color(QPalette::AlternateBase);
    for (int index = 0; index < m_layout.lanes().size(); index += 2) {
        const QRectF lane = m_layout.lanes().at(index).rect;
        painter.fillRect(QRectF(frame.gutter, lane.top() + frame.origin().y(), frame.size.width(), lane.height()),
                         band);
    }
}

void TimelinePainter::paintFuture(QPainter &painter, const TimelineFrame &frame) const
{
    // Everything right of the as-of date is plan, not fact: a faint tint says so.
    if (!m_asOf.isValid() || m_asOf >= m_layout.scale().last())
        return;
    const double left = m_layout.scale().xEnd(m_layout.scale().clamp(m_asOf));
    const double top = frame.scroll.y();
    QColor tint = m_palette.color(QPalette::Text);
    tint.setAlphaF(0.035f);
    painter.fillRect(QRectF(left, top, m_layout.width() - left, frame.bodyHeight()), tint);
}

void TimelinePainter::paintGrid(QPainter &painter, const TimelineFrame &frame) const
{
    const double top = frame.scroll.y();
    const double bottom = top + frame.bodyHeight();
    QVector<QLineF> lines;
    for (const TimelineTick &tick : m_layout.scale().minorTicks(m_language))
        lines.append(QLineF(tick.x, top, tick.x, bottom));
    drawHairlines(painter, lines, mix(QPalette::Base, QPalette::Text, 0.10));
    lines.clear();
    for (const TimelineTick &tick : m_layout.scale().majorTicks(m_language))
        lines.append(QLineF(tick.x, top, tick.x, bottom));
    drawHairlines(painter, lines, mix(QPalette::Base, QPalette::Text, 0.35));
    // The line between the program's calendar and the consortia.
    const double separator = m_layout.lanesTop() - m_layout.stageRowHeight() * 0.3;
    drawHairlines(painter, {QLineF(frame.scroll.x() - frame.gutter, separator, frame.scroll.x() + frame.size.width(), separator)},
                  mix(QPalette::Base, QPalette::Text, 0.45));
}

void TimelinePainter::drawHairlines(QPainter &painter, const QVector<QLineF> &lines, const QColor &colour) const
{
    const QTransform device = painter.deviceTransform();
    const QPaintEngine *engine = painter.paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster || device.type() > QTransform::TxScale) {
        painter.setPen(QPen(colour, 1));
        painter.drawLines(lines);
        return;
    }
    // On a raster surface each line is filled as whole device pixels: as sharp as a line through
    // pixel centres, and a plain fill where an antialiased line is drawn pixel by pixel.
    const QTransform toLogical = device.inverted();
    const bool antialiased = painter.testRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const QLineF &line : lines) {
        // The line in device pixels, as a rectangle of no width (vertical) or no height.
        const QRectF span = device.mapRect(QRectF(line.p1(), line.p2()).normalized());
        const bool vertical = span.width() == 0;
        const double thickness = std::max(1.0, std::round(std::abs(vertical ? device.m11() : device.m22())));
        const double across = std::floor((vertical ? span.left() : span.top()) - thickness / 2 + 0.5);
        const QRectF pixels = vertical
            ? QRectF(across, std::round(span.top()), thickness, std::round(span.bottom()) - std::round(span.top()))
            : QRectF(std::round(span.left()), across, std::round(span.right()) - std::round(span.left()), thickness);
        painter.fillRect(toLogical.mapRect(pixels), colour);
    }
    painter.setRenderHint(QPainter::Antialiasing, antialiased);
}

void TimelinePainter::paintStages(QPainter &painter) const
{
    for (const TimelineStageItem &item : m_layout.stages())
        paintStage(painter, item);
}

void TimelinePainter::paintStage(QPainter &painter, const TimelineStageItem &item) const
{
    const bool round = item.stage->isRound();
    const QColor fill = round ? roundColour() : developmentColour();
    const QColor text = m_palette.color(QPalette::Text);
    if (!item.plannedBar.isNull()) {
        // The plan as a dashed outline behind the actual bar: a slip shows as the bar overshooting it.
        painter.setPen(QPen(text, 1.2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(item.plannedBar.adjusted(0.5, -2.5, -0.5, 2.5), 2, 2);
    }
    if (item.isMilestone) {
        painter.setPen(QPen(m_palette.color(QPalette::Base), 1));
        painter.setBrush(round ? fill : text);
        painter.drawPolygon(diamond(item.bar.center(), item.bar.height()));
    } else if (item.isPlannedOnly) {
        // Not confirmed yet: hatched, so it differs from an actual bar in greyscale too.
        painter.setPen(QPen(fill, 1.2, Qt::DashLine));
        painter.setBrush(QBrush(fill, Qt::BDiagPattern));
        painter.drawRoundedRect(item.bar.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(item.bar, 3, 3);
    }
    if (item.stage->id == m_focusedStage) {
        QRectF ring = item.bar.united(item.label.isShown() ? item.label.rect : item.bar);
        painter.setPen(QPen(m_palette.color(QPalette::Highlight), 1.5, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(ring.adjusted(-3, -2, 3, 2), 3, 3);
    }
    if (!item.label.isShown())
        return;
    const bool inside = item.bar.contains(item.label.rect.center()) && !item.isMilestone;
    const bool light = inside && round && !item.isPlannedOnly;
    painter.setFont(round ? m_boldFont : m_font);
    painter.setPen(light ? m_palette.color(QPalette::HighlightedText) : text);
    // A pixel of slack: text measured at one scale may round up when drawn at another.
    drawText(painter, item.label.rect.adjusted(0, 0, 1, 0), Qt::AlignLeft | Qt::AlignVCenter, item.label.text);
    painter.setFont(m_font);
}

void TimelinePainter::paintLanes(QPainter &painter) const
{
    const double size = markerSize();
    for (const TimelineLane &lane : m_layout.lanes()) {
        for (const TimelineLaneSegment &segment : lane.segments)
            paintSegment(painter, lane, segment);
        for (const TimelineLaneMarker &marker : lane.markers)
            paintMarker(painter, marker.kind, marker.centre, marker.kind == LaneMarkerKind::ModelRelease ? size * 0.8 : size);
        painter.setFont(m_smallFont);
        for (const TimelineLaneMarker &marker : lane.markers) {
            if (!marker.label.isShown())
                continue;
            if (crossesOutSegment(lane, marker.label.rect))
                painter.fillRect(marker.label.rect.adjusted(-2, 0, 2, 0), laneBackground(lane));
            painter.setPen(marker.kind == LaneMarkerKind::ModelRelease ? mix(QPalette::Text, QPalette::Base, 0.3)
                                                                       : m_palette.color(QPalette::Text));
            drawText(painter, marker.label.rect.adjusted(0, 0, 2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             marker.label.text);
        }
        painter.setFont(m_font);
    }
}

bool TimelinePainter::crossesOutSegment(const TimelineLane &lane, const QRectF &rect) const
{
    for (const TimelineLaneSegment &segment : lane.segments) {
        if (segment.kind == LaneSegmentKind::Out && segment.left < rect.right() && rect.left() < segment.right)
            return true;
    }
    return false;
}

QColor TimelinePainter::laneBackground(const TimelineLane &lane) const
{
    const qsizetype index = &lane - m_layout.lanes().constData();
    return m_palette.color(index % 2 == 0 ? QPalette::AlternateBase : QPalette::Base);
}

void TimelinePainter::paintSegment(QPainter &painter, const TimelineLane &lane,
                                   const TimelineLaneSegment &segment) const
{
    const double y = lane.rect.center().y();
    switch (segment.kind) {
    case LaneSegmentKind::Selected: {
        const double thickness = std::max(6.0, lane.rect.height() * 0.36);
        painter.setPen(Qt::NoPen);
        painter.setBrush(StatusPalette::background(ConsortiumStatus::Selected));
        painter.drawRoundedRect(QRectF(segment.left, y - thickness / 2, segment.right - segment.left, thickness),
                                thickness / 2, thickness / 2);
        break;
    }
    case LaneSegmentKind::Applicant:
        painter.setPen(QPen(mix(QPalette::Base, QPalette::Text, 0.45), 2.5, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(segment.left, y), QPointF(segment.right, y));
        break;
    case LaneSegmentKind::Out:
        painter.setPen(QPen(mix(QPalette::Base, QPalette::Text, 0.45), 1.2, Qt::DotLine));
        painter.drawLine(QPointF(segment.left, y), QPointF(segment.right, y));
        break;
    }
}

void TimelinePainter::drawShape(QPainter &painter, const QRectF &box, int shape, std::array<double, 2> extents,
                                const ShapeSpriteCache::Shape &draw) const
{
    if (m_sprites)
        m_sprites->draw(painter, box, {shape, m_palette.cacheKey(), int(m_palette.currentColorGroup()), extents}, draw);
    else
        draw(painter, box);
}

void TimelinePainter::paintMarker(QPainter &painter, LaneMarkerKind kind, const QPointF &centre, double size) const
{
    // The outline's pen reaches past the marker's box by less than a pixel.
    const double reach = size / 2 + 1;
    const QRectF box(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach);
    drawShape(painter, box, int(kind), {size, 0}, [this, kind, size](QPainter &on, const QRectF &at) {
        paintMarkerShape(on, kind, at.center(), size);
    });
}

void TimelinePainter::paintMarkerShape(QPainter &painter, LaneMarkerKind kind, const QPointF &centre, double size) const
{
    const QColor text = m_palette.color(QPalette::Text);
    const QColor base = m_palette.color(QPalette::Base);
    const double half = size / 2;
    const QRectF box(centre.x() - half, centre.y() - half, size, size);
    switch (kind) {
    case LaneMarkerKind::Advanced:
        painter.setPen(QPen(text, 1.2));
        painter.setBrush(StatusPalette::background(Outcome::Advanced));
        painter.drawEllipse(box);
        break;
    case LaneMarkerKind::Pending:
        painter.setPen(QPen(text, 1.4));
        painter.setBrush(base);
        painter.drawEllipse(box.adjusted(1, 1, -1, -1));
        painter.drawPoint(centre);
        break;
    case LaneMarkerKind::Eliminated: {
        painter.setPen(QPen(text, 1.2));
        painter.setBrush(StatusPalette::background(Outcome::Eliminated));
        painter.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5));
        const double arm = half * 0.5;
        painter.setPen(QPen(text, 1.6, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(centre + QPointF(-arm, -arm), centre + QPointF(arm, arm));
        painter.drawLine(centre + QPointF(-arm, arm), centre + QPointF(arm, -arm));
        break;
    }
    case LaneMarkerKind::ReEntered: {
        painter.setPen(QPen(text, 1.2));
        painter.setBrush(StatusPalette::background(ConsortiumStatus::Advanced));
        painter.drawPolygon(QPolygonF({box.topLeft(), QPointF(box.right(), centre.y()), box.bottomLeft()}));
        break;
    }
    case LaneMarkerKind::ModelRelease:
        painter.setPen(QPen(text, 1.2));
        painter.setBrush(base);
        painter.drawPolygon(diamond(centre, size));
        break;
    }
}

QVector<QLineF> TimelinePainter::dateLineAvoidingLabels(double x, double top, double bottom) const
{
    QVector<std::pair<double, double>> gaps;
    const auto avoid = [&](const QRectF &rect) {
        if (rect.left() - 2 <= x && x <= rect.right() + 2)
            gaps.append({rect.top() - 1, rect.bottom() + 1});
    };
    for (const TimelineStageItem &item : m_layout.stages()) {
        if (item.label.isShown())
            avoid(item.label.rect);
    }
    for (const TimelineLane &lane : m_layout.lanes()) {
        for (const TimelineLaneMarker &marker : lane.markers) {
            if (marker.label.isShown())
                avoid(marker.label.rect.adjusted(0, 0, 2, 0));
        }
    }
    std::sort(gaps.begin(), gaps.end());
    QVector<QLineF> pieces;
    double from = top;
    for (const auto &[gapTop, gapBottom] : gaps) {
        if (gapTop > from)
            pieces.append(QLineF(x, from, x, std::min(gapTop, bottom)));
        from = std::max(from, gapBottom);
        if (from >= bottom)
            break;
    }
    if (from < bottom)
        pieces.append(QLineF(x, from, x, bottom));
    return pieces;
}

void TimelinePainter::paintDateLines(QPainter &painter, const TimelineFrame &frame) const
{
    const double top = frame.scroll.y();
    const double bottom = top + frame.bodyHeight();
    const TimelineScale &scale = m_layout.scale();
    if (m_today.isValid() && m_today >= scale.first() && m_today <= scale.last()) {
        const double x = scale.x(m_today) + scale.pixelsPerDay() / 2;
        painter.setPen(QPen(m_palette.color(QPalette::Text), 1.2, Qt::DashLine));
        painter.drawLines(dateLineAvoidingLabels(x, top, bottom));
    }
    if (m_asOf.isValid() && m_asOf >= scale.first() && m_asOf <= scale.last()) {
        const double x = scale.x(m_asOf) + scale.pixelsPerDay() / 2;
        QColor colour = m_palette.color(QPalette::Highlight);
        colour.setAlphaF(0.85f);
        painter.setPen(QPen(colour, 2));
        // The line stops at a label rather than crossing out its text.
        painter.drawLines(dateLineAvoidingLabels(x, top, bottom));
    }
}

void TimelinePainter::paintAxis(QPainter &painter, const TimelineFrame &frame) const
{
    const QFontMetricsF metrics(m_font);
    const double line = std::ceil(metrics.height());
    const QRectF axis(frame.gutter, 0, frame.size.width() - frame.gutter, frame.axisHeight);
    painter.save();
    painter.setClipRect(axis);
    painter.translate(frame.origin().x(), 0);
    const double top = 4;
    painter.setPen(m_palette.color(QPalette::Text));
    painter.setFont(m_boldFont);
    // A year's label sticks to the left edge while the year is scrolled partly out of view,
    // and gives way to the next year's label.
    const QVector<TimelineTick> major = m_layout.scale().majorTicks(m_language);
    for (int index = 0; index < major.size(); ++index) {
        const TimelineTick &tick = major.at(index);
        const double width = advance(m_boldFont, tick.label) + 10;
        const double end = index + 1 < major.size() ? major.at(index + 1).x : m_layout.width();
        const double x = std::min(std::max(tick.x, frame.scroll.x()), end - width);
        drawText(painter, QRectF(x + 5, top, width, line), Qt::AlignLeft | Qt::AlignVCenter, tick.label);
    }
    painter.setFont(m_font);
    painter.setPen(mix(QPalette::Text, QPalette::Base, 0.3));
    const QVector<TimelineTick> minor = m_layout.scale().minorTicks(m_language);
    QVector<QLineF> ticks;
    for (int index = 0; index < minor.size(); ++index) {
        const TimelineTick &tick = minor.at(index);
        if (tick.label.isEmpty())
            continue;  // the body's gridline is enough; a tick here would cut through the labels
        ticks.append(QLineF(tick.x, top + line, tick.x, top + 2 * line + 2));
        drawText(painter, QRectF(tick.x + 4, top + line, 120, line + 2), Qt::AlignLeft | Qt::AlignVCenter,
                             tick.label);
    }
    drawHairlines(painter, ticks, mix(QPalette::Text, QPalette::Base, 0.3));
    ticks.clear();
    for (const TimelineTick &tick : m_layout.scale().majorTicks(m_language))
        ticks.append(QLineF(tick.x, top, tick.x, frame.axisHeight));
    drawHairlines(painter, ticks, mix(QPalette::Text, QPalette::Base, 0.35));
    paintDateFlags(painter, frame);
    painter.restore();
    drawHairlines(painter, {QLineF(0, frame.axisHeight - 0.5, frame.size.width(), frame.axisHeight - 0.5)},
                  mix(QPalette::Base, QPalette::Text, 0.45));
}

void TimelinePainter::paintDateFlags(QPainter &painter, const TimelineFrame &frame) const
{
    // Labels for the as-of and today lines in the axis' third row; when the two dates are close,
    // one label says both so they never overlap.
    const double line = std::ceil(QFontMetricsF(m_font).height());
    const double y = 4 + 2 * line + 4;
    const TimelineScale &scale = m_layout.scale();
    const DisplayFormat format(m_language);
    const auto inRange = [&](const QDate &d) { return d.isValid() && d >= scale.first() && d <= scale.last(); };
    const auto flag = [&](const QDate &date, const QString &text, const QColor &colour, bool solid, bool preferLeft) {
        const double x = scale.x(date) + scale.pixelsPerDay() / 2;
        const double width = advance(m_smallFont, text) + 10;
        const double visibleRight = frame.scroll.x() + frame.size.width() - frame.gutter;
        const bool left = preferLeft || x + width > visibleRight;
        const QRectF box(left ? x - width : x, y, width, line);
        painter.setPen(QPen(colour, solid ? 2 : 1.2, solid ? Qt::SolidLine : Qt::DashLine));
        painter.drawLine(QPointF(x, y - 2), QPointF(x, frame.axisHeight));
        painter.setFont(m_smallFont);
        painter.setPen(m_palette.color(solid ? QPalette::HighlightedText : QPalette::Text));
        painter.setBrush(solid ? colour : m_palette.color(QPalette::Base));
        painter.fillRect(box, solid ? colour : m_palette.color(QPalette::Base));
        if (!solid) {
            painter.setPen(QPen(colour, 1));
            painter.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5));
            painter.setPen(m_palette.color(QPalette::Text));
        }
        drawText(painter, box, Qt::AlignCenter, text);
        painter.setFont(m_font);
    };
    const QColor asOfColour = m_palette.color(QPalette::Highlight);
    const QColor todayColour = m_palette.color(QPalette::Text);
    const bool together = inRange(m_today) && inRange(m_asOf)
        && std::abs(scale.x(m_today) - scale.x(m_asOf)) < 160;
    if (together && m_today == m_asOf) {
        flag(m_asOf, tr("Today = as of %1").arg(format.shortDate(m_asOf)), asOfColour, true, false);
        return;
    }
    if (inRange(m_asOf))
        flag(m_asOf, tr("As of %1").arg(format.shortDate(m_asOf)), asOfColour, true, together && m_asOf < m_today);
    if (inRange(m_today))
        flag(m_today, tr("Today %1").arg(format.shortDate(m_today)), todayColour, false,
             together && m_today < m_asOf);
}

void TimelinePainter::paintGutter(QPainter &painter, const TimelineFrame &frame) const
{
    const QRectF gutter(0, frame.axisHeight, frame.gutter, frame.bodyHeight());
    painter.save();
    painter.setClipRect(gutter);
    painter.fillRect(gutter, m_palette.color(QPalette::Base));
    painter.translate(0, frame.origin().y());
    const double padding = 10;
    const QColor band = m_palette.color(QPalette::AlternateBase);
    painter.setFont(m_boldFont);
    painter.setPen(m_palette.color(QPalette::Text));
    drawText(painter, QRectF(padding, 0, frame.gutter - padding, m_layout.stageRowHeight()),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("Program calendar"));
    const double lanesHeading = m_layout.lanesTop() - m_layout.stageRowHeight() * 0.3;
    painter.setFont(m_font);
    for (int index = 0; index < m_layout.lanes().size(); ++index) {
        const TimelineLane &lane = m_layout.lanes().at(index);
        const QRectF row(0, lane.rect.top(), frame.gutter, lane.rect.height());
        if (index % 2 == 0)
            painter.fillRect(row, band);
        painter.setPen(lane.hasLeft ? mix(QPalette::Text, QPalette::Base, 0.4) : m_palette.color(QPalette::Text));
        drawText(painter, row.adjusted(padding, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                 elidedRight(lane.name, frame.gutter - padding - 6));
    }
    drawHairlines(painter, {QLineF(0, lanesHeading, frame.gutter, lanesHeading)}, mix(QPalette::Base, QPalette::Text, 0.45));
    painter.restore();
    drawHairlines(painter, {QLineF(frame.gutter - 0.5, 0, frame.gutter - 0.5, frame.axisHeight + frame.bodyHeight())},
                  mix(QPalette::Base, QPalette::Text, 0.45));
}

} // namespace kai::ui
