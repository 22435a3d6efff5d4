// SPDX-License-Identifier: GPL-3.0-or-later
// The legend under the Timeline: one glyph and text per mark the chart uses, wrapped into rows.
#include "timeline/TimelinePainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace kai::ui {

using namespace kai::domain;

namespace {
enum Glyph {
    ActualGlyph, DevelopmentGlyph, PlannedGlyph, UnconfirmedGlyph, MilestoneGlyph, SelectedGlyph, ApplicantGlyph, OutGlyph,
    AdvancedGlyph, EliminatedGlyph, PendingGlyph, ReEnteredGlyph, ModelGlyph, AsOfGlyph, TodayGlyph
};
} // namespace

struct TimelinePainter::LegendEntry
{
    int glyph;
    QString text;
};

QVector<TimelinePainter::LegendEntry> TimelinePainter::legendEntries() const
{
    return {
        {ActualGlyph, tr("Review or evaluation")}, {DevelopmentGlyph, tr("Development")},
        {PlannedGlyph, tr("Original plan")},
        {UnconfirmedGlyph, tr("Planned, not confirmed")}, {MilestoneGlyph, tr("Milestone")},
        {SelectedGlyph, tr("Elite team")}, {ApplicantGlyph, tr("Applicant")}, {OutGlyph, tr("Out of the program")},
        {AdvancedGlyph, tr("Passed")}, {EliminatedGlyph, tr("Eliminated")}, {PendingGlyph, tr("Result pending")},
        {ReEnteredGlyph, tr("Re-entered")}, {ModelGlyph, tr("Programme model release")}, {AsOfGlyph, tr("As-of date")},
        {TodayGlyph, tr("Today")},
    };
}

double TimelinePainter::legendHeight(double width) const
{
    const QFontMetricsF metrics(m_smallFont);
    const double line = std::ceil(metrics.height()) + 6;
    double x = 10;
    int rows = 1;
    for (const LegendEntry &entry : legendEntries()) {
        const double itemWidth = 26 + advance(m_smallFont, entry.text) + 16;
        if (x + itemWidth > width && x > 10) {
            ++rows;
            x = 10;
        }
        x += itemWidth;
    }
    return rows * line + 4;
}

void TimelinePainter::paintLegend(QPainter &painter, const TimelineFrame &frame) const
{
    const QFontMetricsF metrics(m_smallFont);
    const double line = std::ceil(metrics.height()) + 6;
    const double top = frame.size.height() - frame.legendHeight;
    painter.fillRect(QRectF(0, top, frame.size.width(), frame.legendHeight), m_palette.color(QPalette::Window));
    drawHairlines(painter, {QLineF(0, top + 0.5, frame.size.width(), top + 0.5)}, mix(QPalette::Base, QPalette::Text, 0.45));
    painter.setFont(m_smallFont);
    double x = 10;
    double y = top + 3;
    for (const LegendEntry &entry : legendEntries()) {
        const double textWidth = advance(m_smallFont, entry.text);
        const double itemWidth = 26 + textWidth + 16;
        if (x + itemWidth > frame.size.width() && x > 10) {
            x = 10;
            y += line;
        }
        paintLegendGlyph(painter, entry.glyph, QRectF(x, y + 4, 22, line - 8));
        painter.setPen(m_palette.color(QPalette::WindowText));
        drawText(painter, QRectF(x + 26, y, textWidth + 4, line), Qt::AlignLeft | Qt::AlignVCenter, entry.text);
        x += itemWidth;
    }
    painter.setFont(m_font);
}

void TimelinePainter::paintLegendGlyph(QPainter &painter, int glyph, const QRectF &box) const
{
    // Apart from the glyph and its box, its shape depends on the marker size and the lane height;
    // the elite team's bar is as thick as on a lane, which may be taller than the box.
    constexpr int FirstLegendShape = 1000;
    if (glyph == UnconfirmedGlyph) {
        paintLegendGlyphShape(painter, glyph, box);  // hatched: a pattern lines up with the device, not the glyph
        return;
    }
    const double overhang = std::max(2.0, m_layout.laneHeight() / 2 - box.height() / 2 + 2);
    const QRectF reach = box.adjusted(-2, -overhang, 2, overhang);
    drawShape(painter, reach, FirstLegendShape + glyph, {markerSize(), m_layout.laneHeight()},
              [this, glyph, overhang](QPainter &on, const QRectF &at) {
                  paintLegendGlyphShape(on, glyph, at.adjusted(2, overhang, -2, -overhang));
              });
}

void TimelinePainter::paintLegendGlyphShape(QPainter &painter, int glyph, const QRectF &box) const
{
    const QPointF centre = box.center();
    const double size = std::min(box.height(), markerSize());
    const QRectF bar(box.left(), centre.y() - size / 2, box.width(), size);
    switch (Glyph(glyph)) {
    case ActualGlyph:
        painter.setPen(Qt::NoPen);
        painter.setBrush(roundColour());
        painter.drawRoundedRect(bar, 2, 2);
        break;
    case DevelopmentGlyph:
        painter.setPen(Qt::NoPen);
        painter.setBrush(developmentColour());
        painter.drawRoundedRect(bar, 2, 2);
        break;
    case PlannedGlyph:
        painter.setPen(QPen(m_palette.color(QPalette::Text), 1.2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(bar.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        break;
    case UnconfirmedGlyph:
        painter.setPen(QPen(roundColour(), 1.2, Qt::DashLine));
        painter.setBrush(QBrush(roundColour(), Qt::BDiagPattern));
        painter.drawRoundedRect(bar.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        break;
    case MilestoneGlyph:
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_palette.color(QPalette::Text));
        painter.drawPolygon(diamond(centre, size));
        break;
    case SelectedGlyph: {
        TimelineLane lane;
        lane.rect = QRectF(box.left(), centre.y() - m_layout.laneHeight() / 2, box.width(), m_layout.laneHeight());
        paintSegment(painter, lane, {LaneSegmentKind::Selected, {}, {}, box.left(), box.right()});
        break;
    }
    case ApplicantGlyph:
    case OutGlyph: {
        TimelineLane lane;
        lane.rect = QRectF(box.left(), centre.y() - 5, box.width(), 10);
        const LaneSegmentKind kind = glyph == ApplicantGlyph ? LaneSegmentKind::Applicant : LaneSegmentKind::Out;
        paintSegment(painter, lane, {kind, {}, {}, box.left() + 2, box.right() - 2});
        break;
    }
    case AdvancedGlyph: paintMarkerShape(painter, LaneMarkerKind::Advanced, centre, size); break;
    case EliminatedGlyph: paintMarkerShape(painter, LaneMarkerKind::Eliminated, centre, size); break;
    case PendingGlyph: paintMarkerShape(painter, LaneMarkerKind::Pending, centre, size); break;
    case ReEnteredGlyph: paintMarkerShape(painter, LaneMarkerKind::ReEntered, centre, size); break;
    case ModelGlyph: paintMarkerShape(painter, LaneMarkerKind::ModelRelease, centre, size * 0.8); break;
    case AsOfGlyph:
        painter.setPen(QPen(m_palette.color(QPalette::Highlight), 2));
        painter.drawLine(QPointF(centre.x(), box.top()), QPointF(centre.x(), box.bottom()));
        break;
    case TodayGlyph:
        painter.setPen(QPen(m_palette.color(QPalette::Text), 1.2, Qt::DashLine));
        painter.drawLine(QPointF(centre.x(), box.top()), QPointF(centre.x(), box.bottom()));
        break;
    }
}

} // namespace kai::ui
