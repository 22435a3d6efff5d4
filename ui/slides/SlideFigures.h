// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/SlideStyle.h"

#include <QVector>

class QPainter;

namespace kai::ui {

// A row of big numbers, each with a caption above and one line of detail below.
class SlideFigures
{
public:
    struct Figure
    {
        QString caption;
        QString value;
        QString detail;
        bool marked = false;  // an illustrative sample still shown (internal profile only)
    };

    QVector<Figure> figures;

    qreal height(const SlideStyle &style, qreal width) const;
    void paint(QPainter &painter, const QRectF &rect, const SlideStyle &style) const;

private:
    QFont valueFont(const SlideStyle &style, qreal cellWidth) const;
};

} // namespace kai::ui
