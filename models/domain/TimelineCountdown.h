// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSnapshot.h"

#include <optional>

namespace kai::domain {

// The next date the program's officials are counting down to, as seen on the as-of date: the
// start of the next round or milestone, or the end of a round that is under way.
class TimelineCountdown
{
public:
    const Stage *stage = nullptr;
    QDate date;
    int daysLeft = 0;
    bool isStart = true;

    static std::optional<TimelineCountdown> next(const ProgramSnapshot &snapshot);
};

} // namespace kai::domain
