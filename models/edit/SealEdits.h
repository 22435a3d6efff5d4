// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/EditCommand.h"
#include "edit/RoundEdits.h"

namespace kai::edit {

// Sealing a round's announced results, and correcting a sealed result, as edits like any other:
// logged, undone and redone through the undo stack. The schema keeps a seal or a correction once
// an export has shown it (EditCommand::permanence); until then Undo takes it back.

struct SealRoundForm
{
    qint64 stageId = 0;
    QString stageName;  // for the command's name
    QDate sealedOn;
};

class SealRoundCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SealRoundCommand)

public:
    explicit SealRoundCommand(const SealRoundForm &form);

protected:
    EditProblems validateForm(EditContext &context) const override;
    void plan(FactPlanner &planner, qint64 sourceId) const override;
    bool citesSource() const override { return false; }

private:
    SealRoundForm m_form;
};

// A new version of a sealed result's outcome, rank and total; the original row stays. The source
// chosen (or added) in the form is the correction's and, with a total, the total's.
struct CorrectionForm
{
    qint64 roundResultId = 0;
    QString stageName;
    QString teamName;
    QDate recordedOn;
    domain::Outcome outcome = domain::Outcome::Pending;
    domain::ExitReason exitReason = domain::ExitReason::None;
    std::optional<int> rank;
    std::optional<double> total;
    bool totalConfidential = false;
    domain::BilingualText reason;
    domain::BilingualText note;  // internal

    TeamOutcome teamOutcome() const { return edit::teamOutcome(outcome, exitReason); }
    // A form offers fewer outcomes than the schema knows ("not selected" reads as "below the cut
    // line"): the stored codes stay unless another outcome is chosen.
    void chooseOutcome(TeamOutcome chosen)
    {
        if (chosen != teamOutcome())
            std::tie(outcome, exitReason) = outcomeCodes(chosen);
    }
};

class RecordCorrectionCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordCorrectionCommand)

public:
    explicit RecordCorrectionCommand(const CorrectionForm &form);
    // The result's values as the views show them now (the latest correction, else the original).
    static CorrectionForm formFor(EditContext &context, qint64 roundResultId);

protected:
    EditProblems validateForm(EditContext &context) const override;
    void plan(FactPlanner &planner, qint64 sourceId) const override;

private:
    CorrectionForm m_form;
};

// A new version of one criterion score of a sealed round (points, or passed/failed for a gate); the
// original row stays. The source chosen (or added) in the form is the correction's.
struct CriterionCorrectionForm
{
    qint64 roundResultId = 0;
    qint64 criterionId = 0;
    QString stageName;
    QString teamName;
    QString criterionName;
    bool isGate = false;
    QDate recordedOn;
    std::optional<double> points;
    std::optional<bool> passed;
    bool confidential = false;
    domain::BilingualText reason;
    domain::BilingualText note;  // internal
    // The result's total corrected to match the corrected criteria, in the same step (and undo);
    // none leaves the total as it is, and the views then say it no longer matches.
    std::optional<CorrectionForm> matchingTotal;
};

class RecordCriterionCorrectionCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordCriterionCorrectionCommand)

public:
    explicit RecordCriterionCorrectionCommand(const CriterionCorrectionForm &form);
    // The score as the views show it now (the latest correction, else the original).
    static CriterionCorrectionForm formFor(EditContext &context, qint64 roundResultId, qint64 criterionId);
    // The total the result's top-level criteria add up to with this form's points; none for a gate,
    // a sub-criterion or a team with an unscored criterion.
    static std::optional<double> totalWithCorrection(EditContext &context, const CriterionCorrectionForm &form);
    // The result correction that sets the total to that sum, with this correction's date, reason and note.
    static std::optional<CorrectionForm> matchingTotalFor(EditContext &context, const CriterionCorrectionForm &form);

protected:
    EditProblems validateForm(EditContext &context) const override;
    void plan(FactPlanner &planner, qint64 sourceId) const override;

private:
    CriterionCorrectionForm m_form;
};

} // namespace kai::edit
