// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/CalendarStrip.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace kai::ui {

namespace {
constexpr int Margin = 8;
constexpr double Padding = 4;  // clear space either side of a name
}

CalendarStrip::CalendarStrip(QWidget *parent) : ActivatableWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CalendarStrip::setEntries(const QVector<Entry> &entries)
{
    m_entries = entries;
    update();
}

void CalendarStrip::setDates(const QDate &today, const QDate &asOf, const QString &todayLabel, const QString &asOfLabel)
{
    m_today = today;
    m_asOf = asOf;
    m_todayLabel = todayLabel;
    m_asOfLabel = asOfLabel;
    setAccessibleDescription(QStringLiteral("%1; %2").arg(todayLabel, asOfLabel));
    update();
}

double CalendarStrip::xFor(const QDate &date, double width)
{
    const double span = firstDay().daysTo(lastDay());
    return Margin + (width - 2 * Margin) * double(firstDay().daysTo(date)) / span;
}

QSize CalendarStrip::sizeHint() const
{
    return {600, fontMetrics().height() * (5 + LabelRows) + 24};
}

QSize CalendarStrip::minimumSizeHint() const
{
    return {300, sizeHint().height()};
}

void CalendarStrip::paintMarker(QPainter &painter, const QDate &date, const QString &label, Qt::PenStyle style, int row)
{
    if (!date.isValid() || date < firstDay() || date > lastDay())
        return;
    const double x = xFor(date, width());
    const int lineHeight = fontMetrics().height();
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.6, style));
    painter.drawLine(QPointF(x, lineHeight * 1.2), QPointF(x, height() - lineHeight * (row + 1)));
    painter.setPen(palette().color(QPalette::WindowText));
    const int textWidth = fontMetrics().horizontalAdvance(label);
    // Keep the label inside the widget: right of the line, or left of it near the right edge.
    const double textX = x + textWidth + 4 > width() ? x - textWidth - 4 : x + 4;
    painter.drawText(QPointF(textX, height() - lineHeight * row - 4), label);
}

double CalendarStrip::labelTop() const
{
    return fontMetrics().height() * 2.5 + 6;  // just below the bar
}

QVector<double> CalendarStrip::candidateLefts(double centre, double textWidth, const QRectF &row, const QVector<QRectF> &taken) const
{
    // Centred under its diamond first; otherwise just clear of whatever it would sit on (the today
    // line crosses a diamond's name on most days of a year), nearest first, as long as the name still
    // reaches its diamond: a name pushed further away would read as another milestone's.
    const double reach = fontMetrics().height();
    const double maxLeft = std::max(0.0, width() - textWidth);
    const double centred = std::clamp(centre - textWidth / 2, 0.0, maxLeft);
    QVector<double> lefts{centred};
    for (const QRectF &r : taken) {
        if (r.top() < row.bottom() && row.top() < r.bottom())
            lefts << r.right() + 0.5 + Padding << r.left() - 0.5 - Padding - textWidth;
    }
    QVector<double> usable;
    for (const double left : std::as_const(lefts)) {
        if (left >= 0 && left <= maxLeft && left - reach <= centre && centre <= left + textWidth + reach)
            usable << left;
    }
    std::stable_sort(usable.begin(), usable.end(),
                     [centred](double a, double b) { return std::abs(a - centred) < std::abs(b - centred); });
    return usable;
}

QVector<CalendarStrip::PlacedLabel> CalendarStrip::milestoneLabels() const
{
    const double rowHeight = fontMetrics().height();
    QVector<PlacedLabel> placed;
    // The as-of and today lines cross every row: no label may sit on them.
    QVector<QRectF> taken;
    for (const QDate &marker : {m_asOf, m_today}) {
        if (marker.isValid() && marker >= firstDay() && marker <= lastDay()) {
            const double x = xFor(marker, width());
            taken.append(QRectF(x - 3, labelTop(), 6, rowHeight * LabelRows));
        }
    }
    for (const Entry &entry : m_entries) {
        if (!entry.isRound || entry.label.isEmpty())
            continue;
        const double textWidth = fontMetrics().horizontalAdvance(entry.label);
        const auto fits = [&](const QRectF &rect) {
            const QRectF padded = rect.adjusted(-Padding, 0, Padding, 0);
            return std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) { return r.intersects(padded); });
        };
        bool done = false;
        for (int row = 0; row < LabelRows && !done; ++row) {
            const QRectF band(0, labelTop() + row * rowHeight, width(), rowHeight);
            for (const double left : candidateLefts(xFor(entry.end, width()), textWidth, band, taken)) {
                const QRectF rect(left, band.top(), textWidth, rowHeight);
                if (fits(rect)) {
                    taken.append(rect.adjusted(-Padding, 0, Padding, 0));
                    placed.append({entry.label, rect});
                    done = true;
                    break;
                }
            }
        }
    }
    return placed;
}

void CalendarStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const double barTop = metrics.height() * 1.6;
    const double barHeight = metrics.height() * 0.9;

    painter.setPen(palette().color(QPalette::Mid));
    for (int year = 2025; year <= 2027; ++year) {
        const QDate yearStart = std::max(QDate(year, 1, 1), firstDay());
        const double x = xFor(yearStart, width());
        painter.drawLine(QPointF(x, metrics.height() * 1.2), QPointF(x, barTop + barHeight + 4));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QPointF(x + 3, metrics.ascent()), m_yearFormat.arg(year));
        painter.setPen(palette().color(QPalette::Mid));
    }

    const QColor accent = palette().color(QPalette::Highlight);
    for (const Entry &entry : std::as_const(m_entries)) {
        const double x0 = xFor(entry.start, width());
        const double x1 = xFor(entry.end.addDays(1), width());
        QColor fill = accent;
        fill.setAlphaF(entry.planned ? 0.2 : 0.55);
        painter.setBrush(fill);
        painter.setPen(entry.planned ? QPen(accent, 1, Qt::DashLine) : QPen(accent.darker(120), 0.8));
        if (entry.isRound) {
            // Rounds are milestones: a diamond at the day the result was (or will be) announced.
            const double cx = xFor(entry.end, width());
            const double cy = barTop + barHeight / 2;
            const double r = barHeight * 0.6;
            QPainterPath diamond;
            diamond.moveTo(cx, cy - r);
            diamond.lineTo(cx + r, cy);
            diamond.lineTo(cx, cy + r);
            diamond.lineTo(cx - r, cy);
            diamond.closeSubpath();
            painter.drawPath(diamond);
        } else {
            painter.drawRoundedRect(QRectF(x0, barTop + barHeight * 0.25, std::max(2.0, x1 - x0), barHeight * 0.5), 2, 2);
        }
    }
    painter.setPen(palette().color(QPalette::WindowText));
    for (const PlacedLabel &label : milestoneLabels())
        painter.drawText(label.rect, Qt::AlignLeft | Qt::AlignVCenter, label.text);
    paintMarker(painter, m_asOf, m_asOfLabel, Qt::SolidLine, 0);
    if (m_today != m_asOf)
        paintMarker(painter, m_today, m_todayLabel, Qt::DashLine, 1);
    paintFocusFrame(painter);
}

} // namespace kai::ui
