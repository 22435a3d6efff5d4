// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TimelineCountdown.h"

#include <algorithm>

namespace kai::domain {

namespace {
bool isOutstanding(const ProgramSnapshot &snapshot, const Stage &stage)
{
    if ((!stage.isRound() && !stage.isMilestone) || !stage.effectiveEnd().isValid()
        || stage.effectiveEnd() >= snapshot.asOf)
        return false;
    const auto results = snapshot.resultsOfStage(stage.id);
    if (results.isEmpty())
        return !stage.hasActualDates();
    return std::all_of(results.cbegin(), results.cend(),
                       [](const RoundResult *result) { return result->outcome == Outcome::Pending; });
}
} // namespace

const Stage *TimelineCountdown::firstOutstanding(const ProgramSnapshot &snapshot)
{
    const Stage *first = nullptr;
    for (const Stage &stage : snapshot.stages) {
        if (isOutstanding(snapshot, stage) && (!first || stage.effectiveEnd() < first->effectiveEnd()))
            first = &stage;
    }
    return first;
}

std::optional<TimelineCountdown> TimelineCountdown::next(const ProgramSnapshot &snapshot)
{
    const QDate today = snapshot.asOf;
    if (const Stage *due = firstOutstanding(snapshot))
        return TimelineCountdown{due, due->effectiveEnd(), int(today.daysTo(due->effectiveEnd())), false, true};
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
