// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

class QPainter;

namespace kai::ui {

// The diagonal "Illustrative sample data · 예시 데이터" across an export that shows any sample
// figure: faint enough to read the data through, large enough that no crop removes it.
class IllustrativeWatermark
{
public:
    static constexpr qreal Opacity = 0.13;
    // Slides draw it lighter and beneath their text (SlideOpacity), so it never runs across figures.
    static constexpr qreal SlideOpacity = 0.07;
    static void paint(QPainter &painter, const QRectF &area, qreal opacity = Opacity);
};

} // namespace kai::ui
