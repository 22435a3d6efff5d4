// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSnapshot.h"

namespace kai::domain {

// The headline figures of the program as known on the snapshot's date.
struct ProgramFigures
{
    int applied = 0;
    int appliedToFirstCall = 0;  // the original call's applicants; the rest came through a later call
    int firstCallYear = 0;
    int laterCallYear = 0;       // of the first additional call, 0 when there is none
    int appliedLater() const { return applied - appliedToFirstCall; }
    int everSelected = 0;     // selected in August 2025 or through an additional call
    int inCompetition = 0;    // selected, advanced or national model, and not eliminated since
    int eliminated = 0;
    int underReview = 0;      // applied or shortlisted: still in, but not selected yet
    const Stage *runningRound = nullptr;   // the round whose window holds the as-of date, if any
    bool anyEvaluationHeld = false;        // an evaluation round (not a selection) has a decided result
    const Stage *nextMilestone = nullptr;  // the next stage or milestone starting after the as-of date
    qint64 daysToNextMilestone = 0;
    bool nextMilestoneOutstanding = false; // its window passed with no announced outcome: due, not "none"

    double gpuHoursAllocated = 0;          // allocation capacity up to the day before the as-of date
    double gpuHoursUsed = 0;
    double gpuHoursAllocatedThisMonth = 0; // the same, from the 1st of the as-of date's month
    bool gpuHoursAllocatedApproximate = false;          // an "about N" count adds to it
    bool gpuHoursAllocatedThisMonthApproximate = false;
    double gpuHoursUsedThisMonth = 0;
    std::optional<RelativePerformance> bestRelative;
    qint64 governmentFundingKrw = 0;
    qint64 privateFundingKrw = 0;
    bool illustrative = false;

    static ProgramFigures compute(const ProgramSnapshot &snapshot);
};

} // namespace kai::domain
