// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ProgramFigures.h"

#include "domain/ProgramFunnel.h"
#include "domain/TimelineCountdown.h"

#include <algorithm>

namespace kai::domain {

namespace {
bool wasSelected(const ProgramSnapshot &snapshot, qint64 consortiumId)
{
    const auto results = snapshot.resultsOf(consortiumId);
    return std::any_of(results.cbegin(), results.cend(), [&](const RoundResult *result) {
        const Stage *stage = snapshot.stage(result->stageId);
        return stage && result->outcome == Outcome::Advanced
            && (stage->kind == StageKind::PresentationReview || stage->kind == StageKind::AdditionalCall);
    });
}
} // namespace

ProgramFigures ProgramFigures::compute(const ProgramSnapshot &snapshot)
{
    ProgramFigures figures;
    for (const Consortium &consortium : snapshot.consortia) {
        ++figures.applied;
        figures.everSelected += wasSelected(snapshot, consortium.id) ? 1 : 0;
        const ConsortiumStatus status = snapshot.statusOf(consortium.id);
        figures.inCompetition += status == ConsortiumStatus::Selected || status == ConsortiumStatus::Advanced
                || status == ConsortiumStatus::NationalModel
            ? 1
            : 0;
        figures.eliminated += status == ConsortiumStatus::Eliminated ? 1 : 0;
        figures.underReview += status == ConsortiumStatus::Applied || status == ConsortiumStatus::Shortlisted ? 1 : 0;
    }
    // The funnel counts the original call's applicants: every page must say the same number.
    const QVector<ProgramFunnel::Step> funnel = ProgramFunnel::build(snapshot);
    figures.appliedToFirstCall = funnel.isEmpty() ? figures.applied : funnel.first().teamsAfter;
    for (const Stage &stage : snapshot.stages) {
        if (stage.kind == StageKind::Application && !figures.firstCallYear)
            figures.firstCallYear = stage.effectiveEnd().year();
        if (stage.kind == StageKind::AdditionalCall && !figures.laterCallYear)
            figures.laterCallYear = stage.effectiveStart().year();
    }
    for (const Stage &stage : snapshot.stages) {
        if (stage.isRound() && stage.effectiveStart() <= snapshot.asOf && snapshot.asOf <= stage.effectiveEnd())
            figures.runningRound = &stage;
    }
    figures.anyEvaluationHeld = std::any_of(snapshot.results.cbegin(), snapshot.results.cend(), [&](const RoundResult &r) {
        const Stage *stage = snapshot.stage(r.stageId);
        return stage && stage->kind == StageKind::EvaluationRound && r.outcome != Outcome::Pending;
    });
    figures.nextMilestone = TimelineCountdown::firstOutstanding(snapshot);
    figures.nextMilestoneOutstanding = figures.nextMilestone != nullptr;
    for (const Stage &stage : snapshot.stages) {
        if (!figures.nextMilestoneOutstanding && stage.effectiveStart() > snapshot.asOf
            && (!figures.nextMilestone || stage.effectiveStart() < figures.nextMilestone->effectiveStart()))
            figures.nextMilestone = &stage;
    }
    if (figures.nextMilestone)
        figures.daysToNextMilestone = snapshot.asOf.daysTo(figures.nextMilestone->effectiveStart());
    const QDate yesterday = snapshot.asOf.addDays(-1);
    const QDate monthStart(snapshot.asOf.year(), snapshot.asOf.month(), 1);
    GpuCapacity toDate;
    GpuCapacity thisMonth;
    for (const GpuAllocation &allocation : snapshot.allocations) {
        toDate.add(allocation, allocation.periodStart, yesterday);
        thisMonth.add(allocation, monthStart, yesterday);
        figures.illustrative = figures.illustrative || snapshot.isIllustrative(allocation.sourceId);
    }
    figures.gpuHoursAllocated = toDate.hours;
    figures.gpuHoursAllocatedApproximate = toDate.approximate;
    figures.gpuHoursAllocatedThisMonth = thisMonth.hours;
    figures.gpuHoursAllocatedThisMonthApproximate = thisMonth.approximate;
    for (const GpuUsageTotal &usage : snapshot.usage) {
        figures.gpuHoursUsed += usage.gpuHours;
        figures.illustrative = figures.illustrative || usage.illustrativeSamples > 0;
    }
    for (const GpuUsageTotal &usage : snapshot.usageMonthToDate)
        figures.gpuHoursUsedThisMonth += usage.gpuHours;
    figures.bestRelative = snapshot.bestRelativePerformance;
    for (const Funding &funding : snapshot.funding) {
        figures.governmentFundingKrw += funding.governmentKrw;
        figures.privateFundingKrw += funding.privateKrw;
        figures.illustrative = figures.illustrative || snapshot.isIllustrative(funding.sourceId);
    }
    return figures;
}

} // namespace kai::domain
