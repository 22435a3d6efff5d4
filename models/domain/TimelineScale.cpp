// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TimelineScale.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace kai::domain {

namespace {
// Below these widths a label would collide with its neighbour ("10월", "Sep", "3분기").
constexpr double MinimumMonthLabelPixelsPerDay = 2.0;    // ~60 px a month
constexpr double MinimumQuarterLabelPixelsPerDay = 0.55; // ~50 px a quarter

QDate firstOfQuarter(const QDate &date)
{
    return QDate(date.year(), ((date.month() - 1) / 3) * 3 + 1, 1);
}
} // namespace

TimelineScale::TimelineScale(const QDate &first, const QDate &last, double pixelsPerDay)
    : m_first(first), m_last(std::max(first, last)),
      m_pixelsPerDay(std::clamp(pixelsPerDay, minimumPixelsPerDay(), maximumPixelsPerDay()))
{
}

double TimelineScale::pixelsPerDay(TimelineZoom zoom)
{
    switch (zoom) {
    case TimelineZoom::Month: return 4.0;
    case TimelineZoom::Quarter: return 1.2;
    case TimelineZoom::Year: return 0.4;
    }
    return 1.0;
}

TimelineScale TimelineScale::fitting(const QDate &first, const QDate &last, double width)
{
    const qint64 days = first.daysTo(last) + 1;
    return TimelineScale(first, last, days > 0 ? width / double(days) : 1.0);
}

double TimelineScale::width() const
{
    return double(m_first.daysTo(m_last) + 1) * m_pixelsPerDay;
}

double TimelineScale::x(const QDate &date) const
{
    return double(m_first.daysTo(date)) * m_pixelsPerDay;
}

QDate TimelineScale::dateAt(double x) const
{
    return m_first.addDays(qint64(std::floor(x / m_pixelsPerDay)));
}

QDate TimelineScale::clamp(const QDate &date) const
{
    return std::clamp(date, m_first, m_last);
}

TickUnit TimelineScale::labelledUnit() const
{
    if (m_pixelsPerDay >= MinimumMonthLabelPixelsPerDay)
        return TickUnit::Month;
    if (m_pixelsPerDay >= MinimumQuarterLabelPixelsPerDay)
        return TickUnit::Quarter;
    return TickUnit::Year;
}

QVector<TimelineTick> TimelineScale::majorTicks(Language language) const
{
    QVector<TimelineTick> ticks;
    for (QDate date(m_first.year(), 1, 1); date <= m_last; date = date.addYears(1)) {
        const QDate shown = std::max(date, m_first);
        ticks.append({shown, x(shown), TickUnit::Year, tickLabel(date, TickUnit::Year, language)});
    }
    return ticks;
}

QVector<TimelineTick> TimelineScale::minorTicks(Language language) const
{
    // Month gridlines down to quarter zoom, quarter gridlines below; year starts are major ticks.
    const TickUnit labelled = labelledUnit();
    const bool monthly = labelled != TickUnit::Year;
    QVector<TimelineTick> ticks;
    QDate date = monthly ? QDate(m_first.year(), m_first.month(), 1) : firstOfQuarter(m_first);
    for (; date <= m_last; date = date.addMonths(monthly ? 1 : 3)) {
        if (date < m_first)
            continue;
        const bool quarterStart = (date.month() - 1) % 3 == 0;
        const TickUnit unit = quarterStart ? TickUnit::Quarter : TickUnit::Month;
        const bool carriesLabel = labelled == TickUnit::Month || (labelled == TickUnit::Quarter && quarterStart);
        ticks.append({date, x(date), unit, carriesLabel ? tickLabel(date, labelled, language) : QString()});
    }
    return ticks;
}

QString TimelineScale::tickLabel(const QDate &date, TickUnit unit, Language language)
{
    // Calendar formats, like DisplayFormat's date patterns: Korean counts 년, 월 and 분기.
    const bool korean = language == Language::Korean;
    const QLocale locale = korean ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                  : QLocale(QLocale::English, QLocale::UnitedKingdom);
    const int quarter = (date.month() - 1) / 3 + 1;
    switch (unit) {
    case TickUnit::Month:
        // January names its year ("Jan 2026", "2026년 1월"), so a month row that crosses a year never
        // reads "Dec Jan" with nothing but the row above to tell the years apart.
        if (date.month() == 1)
            return korean ? QStringLiteral("%1년 1월").arg(date.year())
                          : QStringLiteral("%1 %2").arg(locale.standaloneMonthName(1, QLocale::ShortFormat)).arg(date.year());
        return locale.standaloneMonthName(date.month(), QLocale::ShortFormat);
    case TickUnit::Quarter:
        return korean ? QStringLiteral("%1분기").arg(quarter) : QStringLiteral("Q%1").arg(quarter);
    case TickUnit::Year:
        return korean ? QStringLiteral("%1년").arg(date.year()) : QString::number(date.year());
    }
    return {};
}

} // namespace kai::domain
