// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ShapeSpriteCache.h"
#include "common/ShapedTextCache.h"
#include "domain/TimelineLayout.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

namespace kai::ui {

// Where the fixed parts of the timeline sit around the scrolling chart.
struct TimelineFrame
{
    QSizeF size;          // the whole drawing
    double gutter = 0;    // consortium names on the left
    double axisHeight = 0;  // calendar on top
    double legendHeight = 0;  // legend at the bottom
    QPointF scroll;       // chart offset, in chart pixels

    QRectF body() const { return QRectF(gutter, axisHeight, size.width() - gutter, bodyHeight()); }
    double bodyHeight() const { return size.height() - axisHeight - legendHeight; }
    QPointF origin() const { return QPointF(gutter, axisHeight) - scroll; }
};

// Paints a laid-out timeline with vector shapes, so it is just as sharp on a 3x export as on
// screen (on a raster surface the markers may come from images kept at the device's scale, and
// one-pixel rules fill whole device pixels; SVG and PDF get vectors). Colours come from the palette
// and StatusPalette; every status also has its own shape and a text, so the chart reads in greyscale.
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)

public:
    TimelinePainter(const domain::TimelineLayout &layout, const QPalette &palette, const QFont &font,
                    domain::Language language);

    static double axisHeight(const QFont &font);
    double legendHeight(double width) const;

    void setToday(const QDate &today) { m_today = today; }
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }
    // Draws a focus ring around this stage (keyboard navigation); 0 for none.
    void setFocusedStage(qint64 stageId) { m_focusedStage = stageId; }
    // Keeps the labels shaped from one paint to the next (the canvas owns it); without one, each
    // paint shapes every label again.
    void setTextCache(ShapedTextCache *texts) { m_texts = texts; }
    // Keeps the result markers and legend glyphs as images from one paint to the next (the canvas
    // owns it); without one, each paint strokes and fills every marker again.
    void setSpriteCache(ShapeSpriteCache *sprites) { m_sprites = sprites; }
    void paint(QPainter &painter, const TimelineFrame &frame) const;
    // The pieces of a vertical date line at x from top to bottom (layout coordinates) that leave
    // out every shown stage or lane label it would run through.
    QVector<QLineF> dateLineAvoidingLabels(double x, double top, double bottom) const;

private:
    static QPolygonF diamond(const QPointF &centre, double size);

    // The legend (TimelineLegendPainting.cpp).
    struct LegendEntry;
    QVector<LegendEntry> legendEntries() const;
    void paintLegend(QPainter &painter, const TimelineFrame &frame) const;
    void paintLegendGlyph(QPainter &painter, int glyph, const QRectF &box) const;
    void paintLegendGlyphShape(QPainter &painter, int glyph, const QRectF &box) const;

    void paintGrid(QPainter &painter, const TimelineFrame &frame) const;
    // Vertical or horizontal lines one pixel wide.
    void drawHairlines(QPainter &painter, const QVector<QLineF> &lines, const QColor &colour) const;
    void paintFuture(QPainter &painter, const TimelineFrame &frame) const;
    void paintLaneBands(QPainter &painter, const TimelineFrame &frame) const;
    void paintStages(QPainter &painter) const;
    void paintStage(QPainter &painter, const domain::TimelineStageItem &item) const;
    void paintLanes(QPainter &painter) const;
    void paintSegment(QPainter &painter, const domain::TimelineLane &lane,
                      const domain::TimelineLaneSegment &segment) const;
    // A label on the dotted "out of the program" line gets a background so the dots do not cut it.
    bool crossesOutSegment(const domain::TimelineLane &lane, const QRectF &rect) const;
    QColor laneBackground(const domain::TimelineLane &lane) const;
    void paintMarker(QPainter &painter, domain::LaneMarkerKind kind, const QPointF &centre, double size) const;
    void paintMarkerShape(QPainter &painter, domain::LaneMarkerKind kind, const QPointF &centre, double size) const;
    void paintDateLines(QPainter &painter, const TimelineFrame &frame) const;
    void paintAxis(QPainter &painter, const TimelineFrame &frame) const;
    void paintDateFlags(QPainter &painter, const TimelineFrame &frame) const;
    void paintGutter(QPainter &painter, const TimelineFrame &frame) const;
    // Draws `shape` within `box` through the sprite cache when there is one.
    void drawShape(QPainter &painter, const QRectF &box, int shape, std::array<double, 2> extents,
                   const ShapeSpriteCache::Shape &draw) const;

    void drawText(QPainter &painter, const QRectF &rect, int flags, const QString &text) const
    {
        if (m_texts)
            m_texts->draw(painter, rect, flags, text);
        else
            painter.drawText(rect, flags, text);
    }
    // QFontMetricsF::horizontalAdvance, through the text cache when there is one (the same width).
    double advance(const QFont &font, const QString &text) const
    {
        return m_texts ? m_texts->advance(font, text) : QFontMetricsF(font).horizontalAdvance(text);
    }
    QString elidedRight(const QString &text, double width) const
    {
        return m_texts ? m_texts->elidedRight(m_font, text, width)
                       : QFontMetricsF(m_font).elidedText(text, Qt::ElideRight, width);
    }
    QColor mix(QPalette::ColorRole from, QPalette::ColorRole to, double amount) const;
    QColor roundColour() const;
    QColor developmentColour() const;
    double markerSize() const;

    const domain::TimelineLayout &m_layout;
    QPalette m_palette;
    QFont m_font;
    QFont m_boldFont;
    QFont m_smallFont;
    domain::Language m_language;
    QDate m_today;
    QDate m_asOf;
    qint64 m_focusedStage = 0;
    ShapedTextCache *m_texts = nullptr;
    ShapeSpriteCache *m_sprites = nullptr;
};

} // namespace kai::ui
