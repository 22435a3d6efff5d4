// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSnapshot.h"

namespace kai::domain {

// The program's funnel as known on the snapshot's date: how many consortia were in the running
// after each selection or elimination round, who left and why, and who came back and how.
class ProgramFunnel
{
public:
    enum class StepState {
        Done,     // results published
        Pending,  // held, but the result is not public
        Planned,  // not yet held as known on the date; the count is the plan's maximum
    };

    struct Exit
    {
        qint64 consortiumId = 0;
        ExitReason reason = ExitReason::None;
        Outcome outcome = Outcome::Eliminated;
    };

    // A consortium that came back into the running through this step (e.g. the additional call).
    struct Reentry
    {
        qint64 consortiumId = 0;
        qint64 viaStageId = 0;
    };

    struct Step
    {
        qint64 stageId = 0;  // 0 for the applications step
        StageKind kind = StageKind::Application;
        BilingualText name;
        StepState state = StepState::Planned;
        int entrants = 0;     // consortia evaluated in this step
        int teamsAfter = 0;   // consortia in the running after it (the plan's maximum when planned)
        bool isUpperBound = false;  // teamsAfter is "at most", not a count
        QVector<Exit> exits;
        QVector<Reentry> reentries;
        QVector<qint64> newApplicants;  // first-time entrants that did not make it (no exit: never in)
    };

    static QVector<Step> build(const ProgramSnapshot &snapshot);

private:
    static Step applications(const ProgramSnapshot &snapshot, QVector<qint64> &running);
    static Step roundStep(const ProgramSnapshot &snapshot, const Stage &stage, QVector<qint64> &running,
                          int plannedCeiling);
};

} // namespace kai::domain
