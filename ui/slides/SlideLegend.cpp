// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/SlideLegend.h"

#include <QPainter>

namespace kai::ui {

QVector<QPointF> SlideLegend::positions(const SlideStyle &style, qreal width, qreal *height) const
{
    const QFontMetricsF metrics(style.font(SlideStyle::Text::Label));
    const qreal line = metrics.height() * 1.5;
    const qreal swatch = metrics.height();
    QVector<QPointF> points;
    qreal x = 0;
    qreal y = 0;
    for (const Entry &entry : entries) {
        const qreal advance = swatch * 1.5 + metrics.horizontalAdvance(entry.name) + style.gutter();
        if (x > 0 && x + advance - style.gutter() > width) {
            x = 0;
            y += line;
        }
        points.append(QPointF(x, y));
        x += advance;
    }
    if (height)
        *height = entries.isEmpty() ? 0 : y + line;
    return points;
}

qreal SlideLegend::height(const SlideStyle &style, qreal width) const
{
    qreal result = 0;
    positions(style, width, &result);
    return result;
}

void SlideLegend::paintSwatch(QPainter &painter, const QRectF &box, const Entry &entry, const SlideStyle &style)
{
    painter.save();
    painter.setPen(QPen(entry.colour.darker(130), std::max(1.0, style.scale() * 1.5)));
    painter.setBrush(QBrush(entry.colour, entry.pattern));
    painter.drawRect(box);
    painter.restore();
}

void SlideLegend::paint(QPainter &painter, const QRectF &rect, const SlideStyle &style) const
{
    const QFont font = style.font(SlideStyle::Text::Label);
    const QFontMetricsF metrics(font);
    const qreal swatch = metrics.height();
    const QVector<QPointF> points = positions(style, rect.width(), nullptr);
    painter.save();
    painter.setFont(font);
    for (int i = 0; i < entries.size(); ++i) {
        const QPointF at = rect.topLeft() + points[i];
        paintSwatch(painter, QRectF(at.x(), at.y() + swatch * 0.1, swatch * 0.9, swatch * 0.9), entries[i], style);
        painter.setPen(style.ink());
        painter.drawText(QPointF(at.x() + swatch * 1.5, at.y() + metrics.ascent()), entries[i].name);
    }
    painter.restore();
}

} // namespace kai::ui
