// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ConsortiumStatusResolver.h"

#include "domain/ProgramSnapshot.h"

namespace kai::domain {

ConsortiumStatus ConsortiumStatusResolver::apply(ConsortiumStatus current, StageKind stage, Outcome outcome)
{
    if (outcome == Outcome::Pending)
        return current;
    if (outcome == Outcome::Eliminated || outcome == Outcome::Withdrawn)
        return ConsortiumStatus::Eliminated;
    switch (stage) {
    case StageKind::DocumentReview: return ConsortiumStatus::Shortlisted;
    case StageKind::PresentationReview:
    case StageKind::AdditionalCall: return ConsortiumStatus::Selected;  // an additional call is a re-entry
    case StageKind::EvaluationRound: return ConsortiumStatus::Advanced;
    case StageKind::FinalSelection: return ConsortiumStatus::NationalModel;
    default: return current;
    }
}

ConsortiumStatus ConsortiumStatusResolver::resolve(const ProgramSnapshot &snapshot, qint64 consortiumId)
{
    ConsortiumStatus status = ConsortiumStatus::Applied;
    for (const RoundResult *result : snapshot.resultsOf(consortiumId)) {
        if (const Stage *stage = snapshot.stage(result->stageId))
            status = apply(status, stage->kind, result->outcome);
    }
    return status;
}

} // namespace kai::domain
