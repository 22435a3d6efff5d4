// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ProgramFunnel.h"

#include <algorithm>

namespace kai::domain {

QVector<ProgramFunnel::Step> ProgramFunnel::build(const ProgramSnapshot &snapshot)
{
    QVector<qint64> running;
    QVector<Step> steps{applications(snapshot, running)};
    int ceiling = steps.first().teamsAfter;
    for (const Stage &stage : snapshot.stages) {
        if (!stage.isRound())
            continue;
        Step step = roundStep(snapshot, stage, running, ceiling);
        if (step.state != StepState::Done)
            ceiling = step.teamsAfter;
        steps.append(step);
    }
    return steps;
}

ProgramFunnel::Step ProgramFunnel::applications(const ProgramSnapshot &snapshot, QVector<qint64> &running)
{
    Step step;
    const Stage *call = nullptr;
    for (const Stage &stage : snapshot.stages) {
        if (stage.kind == StageKind::Application) {
            call = &stage;
            break;
        }
    }
    if (call) {
        step.stageId = call->id;
        step.name = call->name;
    }
    // Only the original call's applicants: later calls are rounds of their own.
    const QDate closes = call ? call->effectiveEnd() : snapshot.asOf;
    for (const Consortium &c : snapshot.consortia) {
        if (c.appliedOn <= closes)
            running.append(c.id);
    }
    step.entrants = step.teamsAfter = int(running.size());
    step.state = call && call->hasActualDates() && call->actualEnd <= snapshot.asOf ? StepState::Done
                                                                                     : StepState::Planned;
    if (running.isEmpty())
        step.state = StepState::Planned;
    return step;
}

ProgramFunnel::Step ProgramFunnel::roundStep(const ProgramSnapshot &snapshot, const Stage &stage,
                                             QVector<qint64> &running, int plannedCeiling)
{
    Step step;
    step.stageId = stage.id;
    step.kind = stage.kind;
    step.name = stage.name;
    const QVector<const RoundResult *> results = snapshot.resultsOfStage(stage.id);
    step.entrants = int(results.size());
    const bool anyPending = std::any_of(results.cbegin(), results.cend(),
                                        [](const RoundResult *r) { return r->outcome == Outcome::Pending; });
    if (results.isEmpty()) {
        // Not held yet as known on the date: the plan's ceiling, never more than are still running.
        step.state = StepState::Planned;
        step.teamsAfter = std::min(stage.maxAdvancing.value_or(plannedCeiling), plannedCeiling);
        step.isUpperBound = true;
        return step;
    }
    for (const RoundResult *r : results) {
        const bool wasRunning = running.contains(r->consortiumId);
        if (r->outcome == Outcome::Advanced && !wasRunning) {
            step.reentries.append({r->consortiumId, stage.id});
            running.append(r->consortiumId);
        } else if ((r->outcome == Outcome::Eliminated || r->outcome == Outcome::Withdrawn) && wasRunning) {
            step.exits.append({r->consortiumId, r->exitReason, r->outcome});
            running.removeAll(r->consortiumId);
        } else if (r->outcome != Outcome::Advanced && r->outcome != Outcome::Pending && !wasRunning) {
            step.newApplicants.append(r->consortiumId);
        }
    }
    if (anyPending) {
        step.state = StepState::Pending;
        step.teamsAfter = std::min<int>(stage.maxAdvancing.value_or(int(running.size())), int(running.size()));
        step.isUpperBound = true;
    } else {
        step.state = StepState::Done;
        step.teamsAfter = int(running.size());
    }
    return step;
}

} // namespace kai::domain
