// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TimelineCountdown.h"

namespace kai::domain {

std::optional<TimelineCountdown> TimelineCountdown::next(const ProgramSnapshot &snapshot)
{
    const QDate today = snapshot.asOf;
    std::optional<TimelineCountdown> best;
    const auto consider = [&](const Stage &stage, const QDate &date, bool isStart) {
        if (!date.isValid() || date < today || (best && best->date <= date))
            return;
        best = TimelineCountdown{&stage, date, int(today.daysTo(date)), isStart};
    };
    for (const Stage &stage : snapshot.stages) {
        if (!stage.isRound() && !stage.isMilestone)
            continue;
        if (stage.effectiveStart() > today)
            consider(stage, stage.effectiveStart(), true);
        else
            consider(stage, stage.effectiveEnd(), false);
    }
    return best;
}

} // namespace kai::domain
