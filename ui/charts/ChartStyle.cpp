// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartStyle.h"

#include "charts/ChartFocusFrame.h"

#include <QAbstractAxis>
#include <QChartView>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>
#include <QStaticText>
#include <QTextLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace kai::ui {

void ChartStyle::apply(QChart *chart, const QPalette &palette)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setMargins(QMargins(Margin, Margin, Margin, Margin));
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
}

void ChartStyle::applyToAxes(QChart *chart, const QPalette &palette)
{
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Mid));
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
}

void ChartStyle::follow(QChart *chart, const QPalette &palette)
{
    // The margins stay: labels, legends and titles the chart draws itself reserve their room there.
    const QMargins reserved = chart->margins();
    apply(chart, palette);
    chart->setMargins(reserved);
    applyToAxes(chart, palette);
}

ChartStyle::CountScale ChartStyle::countScale(double maximum, int maxTicks)
{
    const double top = std::max(maximum, 1.0);
    const double rough = top / std::max(1, maxTicks - 1);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power;
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor == 2.5 && power < 10)
            continue;  // 2.5 is no whole number
        step = factor * power;
        if (step >= rough)
            break;
    }
    step = std::max(step, 1.0);
    return {step, std::ceil(top / step) * step};
}

void ChartStyle::setCountRange(QValueAxis *axis, double maximum, int maxTicks)
{
    const CountScale scale = countScale(maximum, maxTicks);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(scale.step);
    axis->setRange(0, scale.top);
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

int ChartStyle::ticksThatFit(const QFont &labelsFont, double maximum, qreal width)
{
    // Qt Charts gives each label the axis's width shared among the labels, less 5 pixels of
    // padding on each side (HorizontalAxis::updateGeometry).
    constexpr qreal LabelPadding = 2 * 5 + 2;
    const QFontMetricsF metrics(labelsFont);
    int ticks = 6;
    for (; ticks > 2; --ticks) {
        const CountScale scale = countScale(maximum, ticks);
        const int labels = int(std::round(scale.top / scale.step)) + 1;
        const qreal widest = metrics.horizontalAdvance(QLocale().toString(scale.top, 'f', 0));
        if (width / labels - LabelPadding >= widest)
            break;
    }
    return ticks;
}

void ChartStyle::localiseNumbers(QChart *chart)
{
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
}

void ChartStyle::showFocus(QChartView *view)
{
    new ChartFocusFrame(view);
}

QMarginsF ChartStyle::backgroundInset(const QChart *chart)
{
    qreal left = 0, top = 0, right = 0, bottom = 0;
    if (chart->layout())
        chart->layout()->getContentsMargins(&left, &top, &right, &bottom);
    return QMarginsF(left, top, right, bottom);
}

bool ChartStyle::tooNarrowToWrap(const QFont &font, qreal width)
{
    constexpr int LeastCharacters = 12;
    return width < LeastCharacters * QFontMetricsF(font).averageCharWidth();
}

int ChartStyle::wrapFlags(const QFontMetricsF &metrics, qreal width, const QString &text, int alignment)
{
    const int words = alignment | Qt::TextWordWrap;
    if (metrics.boundingRect(QRectF(0, 0, width, 1e6), words, text).width() <= width + 0.5)
        return words;
    return alignment | Qt::TextWrapAnywhere;
}

QString ChartStyle::wrappedTitle(const QString &text, const QFont &font, qreal width)
{
    if (tooNarrowToWrap(font, width) || QFontMetricsF(font).horizontalAdvance(text) <= width)
        return text.toHtmlEscaped();
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).trimmed().toHtmlEscaped();
    }
    layout.endLayout();
    return lines.join(QStringLiteral("<br>"));
}

QStaticText ChartStyle::staticText(const QString &text, const QFont &font, qreal width, int flags)
{
    QStaticText shaped(text);
    shaped.setTextFormat(Qt::PlainText);
    QTextOption option(Qt::Alignment(flags & Qt::AlignHorizontal_Mask));
    if (flags & Qt::TextWrapAnywhere)
        option.setWrapMode(QTextOption::WrapAnywhere);
    else if (flags & Qt::TextWordWrap)
        option.setWrapMode(QTextOption::WordWrap);
    else
        option.setWrapMode(QTextOption::NoWrap);
    shaped.setTextOption(option);
    shaped.setTextWidth(width);
    shaped.prepare(QTransform(), font);
    return shaped;
}

void ChartStyle::setMinimumHeightLater(QWidget *view, int height)
{
    // The latest request wins, also over one still queued.
    static const char *const Pending = "kaiPendingMinimumHeight";
    const QVariant pending = view->property(Pending);
    if (pending.isValid() ? pending.toInt() == height : view->minimumHeight() == height)
        return;
    const bool queued = pending.isValid();
    view->setProperty(Pending, height);
    if (queued)
        return;
    QMetaObject::invokeMethod(
        view,
        [view] {
            const int wanted = view->property(Pending).toInt();
            view->setProperty(Pending, QVariant());
            view->setMinimumHeight(wanted);
        },
        Qt::QueuedConnection);
}

} // namespace kai::ui
