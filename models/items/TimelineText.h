// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TimelineCountdown.h"
#include "domain/TimelineLayout.h"

#include <QCoreApplication>

namespace kai {

// The timeline's translated words: the labels the layout measures, the D-day line and the
// tooltips, with dates through DisplayFormat.
class TimelineText
{
    Q_DECLARE_TR_FUNCTIONS(TimelineText)

public:
    static domain::TimelineWording wording(domain::Language language);
    static QString countdown(const std::optional<domain::TimelineCountdown> &next, const domain::ProgramSnapshot &snapshot,
                             domain::Language language);
    static QString stageToolTip(const domain::TimelineStageItem &item, const domain::ProgramSnapshot &snapshot,
                                domain::Language language);
    static QString notYetAnnounced(const domain::Stage &stage, const domain::ProgramSnapshot &snapshot,
                                   domain::Language language);
    static QString markerToolTip(const domain::TimelineLane &lane, const domain::TimelineLaneMarker &marker,
                                 const domain::ProgramSnapshot &snapshot, domain::Language language);
    static QString laneToolTip(const domain::TimelineLane &lane, domain::Language language);
    static QString dateRange(const QDate &from, const QDate &to, domain::Language language);
    // When a stage happens, as certain as the sources are: actual or stated days as dates, an
    // approximate plan as months, a disputed one as the window with "sources differ" and the sources.
    static QString plannedWindow(const domain::Stage &stage, const domain::ProgramSnapshot &snapshot,
                                 domain::Language language);
    static QString slip(int days);
    // The slip as the plan's precision allows: counted from a planned day, or from the end (or
    // start) of a plan known only by its months, named as such ("15 days after the end of Dec 2025").
    static QString slip(const domain::Stage &stage, int days, domain::Language language);
    // The actual dates as the sources give them: a start known only by its month reads as the month.
    static QString actualRange(const domain::Stage &stage, domain::Language language);
    // The plan as stated: days, or the months of a plan no source gives to the day.
    static QString plannedRange(const domain::Stage &stage, domain::Language language);
    // A stage whose window has passed with no announced outcome: still the next thing due.
    static QString outstanding(const domain::Stage &stage, const domain::ProgramSnapshot &snapshot,
                               domain::Language language);
};

} // namespace kai
