// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/SlideFigures.h"

#include "export/ExportFont.h"
#include "items/StatusPalette.h"

#include <QPainter>
#include <algorithm>

namespace kai::ui {

namespace {
constexpr int FigureTextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
}

QFont SlideFigures::valueFont(const SlideStyle &style, qreal cellWidth) const
{
    // One size for the whole row, small enough for the widest value.
    int pixels = style.pixels(SlideStyle::Text::BigNumber);
    for (const Figure &figure : figures) {
        const qreal advance = QFontMetricsF(ExportFont::pixelFont(pixels, true)).horizontalAdvance(figure.value);
        if (advance > cellWidth)
            pixels = std::max(style.pixels(SlideStyle::Text::Heading), int(pixels * cellWidth / advance));
    }
    return ExportFont::pixelFont(pixels, true);
}

qreal SlideFigures::height(const SlideStyle &style, qreal width) const
{
    if (figures.isEmpty())
        return 0;
    const qreal cell = (width - style.gutter() * (figures.size() - 1)) / figures.size() - style.gap();
    const QFontMetricsF caption(style.font(SlideStyle::Text::Body, true));
    const QFontMetricsF detail(style.font(SlideStyle::Text::Label));
    qreal tallest = 0;
    for (const Figure &figure : figures) {
        const qreal h = caption.boundingRect(QRectF(0, 0, cell, 1e6), FigureTextFlags, figure.caption).height()
                        + QFontMetricsF(valueFont(style, cell)).height()
                        + detail.boundingRect(QRectF(0, 0, cell, 1e6), FigureTextFlags, figure.detail).height();
        tallest = std::max(tallest, h);
    }
    return tallest + style.gap() * 2;
}

void SlideFigures::paint(QPainter &painter, const QRectF &rect, const SlideStyle &style) const
{
    if (figures.isEmpty())
        return;
    const qreal cell = (rect.width() - style.gutter() * (figures.size() - 1)) / figures.size();
    const QFont captionFont = style.font(SlideStyle::Text::Body, true);
    const QFont detailFont = style.font(SlideStyle::Text::Label);
    const QFont value = valueFont(style, cell - style.gap());
    painter.save();
    for (int i = 0; i < figures.size(); ++i) {
        const Figure &figure = figures[i];
        const qreal x = rect.left() + i * (cell + style.gutter());
        painter.fillRect(QRectF(x, rect.top(), 4 * style.scale(), rect.height()), style.accent());
        const QRectF box(x + style.gap(), rect.top(), cell - style.gap(), rect.height());
        QRectF used;
        painter.setPen(style.mutedInk());
        painter.setFont(captionFont);
        painter.drawText(box, FigureTextFlags, figure.caption, &used);
        painter.setPen(figure.marked ? StatusPalette::illustrativeText() : style.ink());
        painter.setFont(value);
        QRectF number;
        painter.drawText(box.adjusted(0, used.height(), 0, 0), FigureTextFlags, figure.value, &number);
        painter.setPen(style.ink());
        painter.setFont(detailFont);
        painter.drawText(box.adjusted(0, used.height() + number.height(), 0, 0), FigureTextFlags, figure.detail);
    }
    painter.restore();
}

} // namespace kai::ui
