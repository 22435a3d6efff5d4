// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

#include <QDate>
#include <QVector>

namespace kai::domain {

// The zoom presets offered by the timeline; the mouse wheel zooms continuously between them.
enum class TimelineZoom { Month, Quarter, Year };
enum class TickUnit { Month, Quarter, Year };

struct TimelineTick
{
    QDate date;
    double x = 0;
    TickUnit unit = TickUnit::Month;
    QString label;  // empty for a gridline too narrow to carry text
};

// Maps calendar days to horizontal positions: day d occupies [x(d), x(d) + pixelsPerDay).
// Positions start at 0 on the first day, so the painter decides where the chart sits on screen.
class TimelineScale
{
public:
    TimelineScale() : TimelineScale(programStart(), programEnd(), pixelsPerDay(TimelineZoom::Quarter)) {}
    TimelineScale(const QDate &first, const QDate &last, double pixelsPerDay);

    // From the June 2025 briefing month to the end of 2027: the whole program on one axis.
    static QDate programStart() { return QDate(2025, 6, 1); }
    static QDate programEnd() { return QDate(2027, 12, 31); }
    static double pixelsPerDay(TimelineZoom zoom);
    static double minimumPixelsPerDay() { return 0.25; }
    static double maximumPixelsPerDay() { return 12.0; }
    // The scale that shows first..last in exactly `width` pixels (clamped to the zoom limits).
    static TimelineScale fitting(const QDate &first, const QDate &last, double width);

    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    double pixelsPerDay() const { return m_pixelsPerDay; }
    double width() const;

    double x(const QDate &date) const;
    double xEnd(const QDate &date) const { return x(date) + m_pixelsPerDay; }
    QDate dateAt(double x) const;
    QDate clamp(const QDate &date) const;

    // The finest calendar unit whose labels still fit at this scale.
    TickUnit labelledUnit() const;
    // Year boundaries, each labelled.
    QVector<TimelineTick> majorTicks(Language language) const;
    // Month or quarter boundaries; only those of the labelled unit carry text.
    QVector<TimelineTick> minorTicks(Language language) const;

    static QString tickLabel(const QDate &date, TickUnit unit, Language language);

private:
    QDate m_first;
    QDate m_last;
    double m_pixelsPerDay;
};

} // namespace kai::domain
