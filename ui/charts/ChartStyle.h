// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChart>
#include <QMarginsF>
#include <QPalette>

class QFontMetricsF;
class QStaticText;

class QValueAxis;
class QChartView;

namespace kai::ui {

// Makes a chart follow the widget palette (text, background), so a dark theme can work later, and
// turns animations off: charts here are redrawn on every as-of change and must not lag.
struct ChartStyle
{
    // Around a chart's content; labels and legends drawn here add to it what they need.
    static constexpr int Margin = 4;

    static void apply(QChart *chart, const QPalette &palette);
    static void applyToAxes(QChart *chart, const QPalette &palette);
    // Both of the above, for a chart view's changeEvent on QEvent::PaletteChange (theme switch),
    // keeping the chart's margins (apply() sets them).
    static void follow(QChart *chart, const QPalette &palette);
    // A value axis from 0 for counts and hours: a whole-number tick step of 1, 2 or 5 times a power
    // of ten, so integer labels never repeat ("0, 0, 0, 1, 1, 1" on a 0-1 range).
    static void setCountRange(QValueAxis *axis, double maximum, int maxTicks = 6);
    // The tick step and the axis's top that setCountRange() gives.
    struct CountScale
    {
        double step;
        double top;
    };
    static CountScale countScale(double maximum, int maxTicks);
    // The most ticks (at most 6) whose localised labels fit side by side on a horizontal value
    // axis `width` pixels long: Qt Charts ends a label with no room in "..." ("100" read "1...").
    static int ticksThatFit(const QFont &labelsFont, double maximum, qreal width);
    // Axis numbers in the display language's conventions (the default locale, which the language
    // manager and every export set), grouped like the tables: 1,500,000, never 1500000 or 1.5M.
    static void localiseNumbers(QChart *chart);
    // A chart view takes keyboard focus (its context actions are there): show it, like every other
    // focus stop, with a highlight frame (ChartFocusFrame).
    static void showFocus(QChartView *view);

    // What the chart's layout keeps free inside its background's rounded frame on each side: the
    // labels and legends drawn here stay inside it.
    static QMarginsF backgroundInset(const QChart *chart);
    // A chart not yet given its size (0 wide, or a few pixels in a page not yet laid out) keeps its
    // texts on one line: wrapped there letter by letter, they would ask for a huge margin, and a
    // chart view never lets its minimum size shrink below its chart's (QChartViewPrivate::resize).
    static bool tooNarrowToWrap(const QFont &font, qreal width);
    // Flags that wrap `text` into `width` between words, or between letters where one word (a long
    // Korean name has no spaces) is wider than that.
    static int wrapFlags(const QFontMetricsF &metrics, qreal width, const QString &text, int alignment);
    // An axis title for Qt Charts (which reads it as rich text) in `width` pixels: escaped, and
    // broken onto lines (between words where possible) where it does not fit, since Qt Charts
    // would end it in "...".
    static QString wrappedTitle(const QString &text, const QFont &font, qreal width);
    // A text laid out once to be drawn as QPainter::drawText(QRectF(x, y, width, ...), flags, text)
    // would draw it (flags from wrapFlags() or a single line's alignment): drawText lays the text
    // out again on every paint, and a chart repaints far more often than its texts change.
    static QStaticText staticText(const QString &text, const QFont &font, qreal width, int flags);
    // The view's minimum height, changed queued: inside the chart's layout, a view not yet shown
    // would lose the resize it causes. The last height asked for is the one set.
    static void setMinimumHeightLater(QWidget *view, int height);
};

} // namespace kai::ui
