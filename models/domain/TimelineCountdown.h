// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSnapshot.h"

#include <optional>

namespace kai::domain {

// The next date the program's officials are counting down to, as seen on the as-of date: the
// start of the next round or milestone, or the end of a round that is under way. A round or
// milestone whose planned window has passed without an announced outcome comes first: it is
// still due, so "nothing further" would contradict the pending result shown beside it.
class TimelineCountdown
{
public:
    const Stage *stage = nullptr;
    QDate date;
    int daysLeft = 0;
    bool isStart = true;
    bool outstanding = false;  // planned window passed, outcome not yet announced

    static std::optional<TimelineCountdown> next(const ProgramSnapshot &snapshot);
    // The earliest round or milestone whose window ended before the as-of date with no announced
    // result (all results pending, or none and no actual dates either).
    static const Stage *firstOutstanding(const ProgramSnapshot &snapshot);
};

} // namespace kai::domain
