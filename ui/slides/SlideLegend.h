// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/SlideStyle.h"

#include <QVector>

class QPainter;

namespace kai::ui {

// A legend that names every series with its swatch (colour and fill pattern), wrapped over as
// many lines as it needs: never one name without its colour, never a series left out.
class SlideLegend
{
public:
    struct Entry
    {
        QString name;
        QColor colour;
        Qt::BrushStyle pattern = Qt::SolidPattern;
    };

    QVector<Entry> entries;

    qreal height(const SlideStyle &style, qreal width) const;
    void paint(QPainter &painter, const QRectF &rect, const SlideStyle &style) const;
    static void paintSwatch(QPainter &painter, const QRectF &box, const Entry &entry, const SlideStyle &style);

private:
    // Top-left of each entry when laid out in `width`.
    QVector<QPointF> positions(const SlideStyle &style, qreal width, qreal *height) const;
};

} // namespace kai::ui
