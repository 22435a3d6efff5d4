// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QRectF>

namespace kai::ui {

// Type sizes, margins and colours of a slide, scaled from the 1920×1080 design of
// shared/design/SLIDES.md to the canvas, never below the projection minimum of 14 px.
class SlideStyle
{
public:
    enum class Text { Headline, Context, BigNumber, Heading, Body, Label };

    SlideStyle(const QSizeF &canvas, const QPalette &palette, const QLocale &locale);

    static constexpr int MinimumPixels = 14;

    qreal scale() const { return m_scale; }
    int pixels(Text role) const;
    QFont font(Text role, bool bold = false) const;
    // The body text may shrink to fit a table, down to this size.
    int minimumBodyPixels() const;

    qreal marginX() const { return m_canvas.width() * 0.05; }
    qreal marginTop() const { return m_canvas.height() * 0.05; }
    qreal gutter() const { return 32 * m_scale; }
    qreal gap() const { return 16 * m_scale; }

    const QPalette &palette() const { return m_palette; }
    // The display language's conventions for figures drawn on the slide (axis ticks).
    const QLocale &locale() const { return m_locale; }
    QColor ink() const { return m_palette.color(QPalette::WindowText); }
    QColor mutedInk() const;
    QColor rule() const;
    QColor accent() const;
    QColor band() const;  // alternate row tint

    // Distinct colours for series that are not consortia (allocated/used, government/private).
    static QColor seriesColour(int index);

private:
    QSizeF m_canvas;
    QPalette m_palette;
    QLocale m_locale;
    qreal m_scale = 1;
};

} // namespace kai::ui
