// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/SealEdits.h"

#include "edit/EditContext.h"
#include "store/Database.h"
#include "store/DomainCodes.h"
#include "store/SealedResultStore.h"
#include "store/SqliteConnection.h"

#include <cmath>

namespace kai::edit {

using store::DomainCodes;
using store::FactKind;

namespace {
EditProblems editProblems(const store::SealProblems &problems)
{
    EditProblems converted;
    for (const store::SealProblem &problem : problems)
        converted.append({problem.field, problem.message});
    return converted;
}

QVariant optionalText(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

store::CorrectionInput inputOf(const CorrectionForm &form)
{
    store::CorrectionInput input;
    input.roundResultId = form.roundResultId;
    input.recordedOn = form.recordedOn;
    input.outcome = form.outcome;
    input.exitReason = form.exitReason;
    input.rank = form.rank;
    input.totalScore = form.total;
    input.totalIsConfidential = form.totalConfidential;
    input.reason = form.reason;
    input.note = form.note;
    return input;
}

store::CriterionCorrectionInput inputOf(const CriterionCorrectionForm &form)
{
    store::CriterionCorrectionInput input;
    input.roundResultId = form.roundResultId;
    input.criterionId = form.criterionId;
    input.recordedOn = form.recordedOn;
    input.points = form.isGate ? std::nullopt : form.points;
    input.passed = form.isGate ? form.passed : std::nullopt;
    input.isConfidential = form.confidential;
    input.reason = form.reason;
    input.note = form.note;
    return input;
}
void planResultCorrection(FactPlanner &planner, const CorrectionForm &form, qint64 sourceId)
{
    const store::CorrectionInput input = inputOf(form);
    const QVariant none;
    planner.insert(FactKind::ResultCorrection,
                   {{QStringLiteral("round_result_id"), form.roundResultId},
                    {QStringLiteral("recorded_on"), form.recordedOn},
                    {QStringLiteral("recorded_at"), store::SealedResultStore::timestampNow()},
                    {QStringLiteral("outcome"), DomainCodes::code(input.outcome)},
                    {QStringLiteral("exit_reason"), input.exitReason == domain::ExitReason::None ? none : QVariant(DomainCodes::code(input.exitReason))},
                    {QStringLiteral("rank"), form.rank ? QVariant(qint64(*form.rank)) : none},
                    {QStringLiteral("total_score"), form.total ? QVariant(*form.total) : none},
                    {QStringLiteral("total_is_confidential"), form.totalConfidential},
                    {QStringLiteral("total_source_id"), form.total ? QVariant(sourceId) : none},
                    {QStringLiteral("reason_ko"), optionalText(form.reason.ko)},
                    {QStringLiteral("reason_en"), optionalText(form.reason.en)},
                    {QStringLiteral("note_ko"), optionalText(form.note.ko)},
                    {QStringLiteral("note_en"), optionalText(form.note.en)},
                    {QStringLiteral("source_id"), sourceId}});
}
} // namespace

SealRoundCommand::SealRoundCommand(const SealRoundForm &form) : EditCommand(tr("seal %1").arg(form.stageName)), m_form(form)
{
}

EditProblems SealRoundCommand::validateForm(EditContext &context) const
{
    EditProblems problems;
    requireChoice(problems, QStringLiteral("stage"), m_form.stageId);
    if (!problems.isEmpty())
        return problems;
    return editProblems(store::SealedResultStore(context.database().sql()).checkSeal(m_form.stageId, m_form.sealedOn));
}

void SealRoundCommand::plan(FactPlanner &planner, qint64) const
{
    planner.insert(FactKind::RoundSeal, {{QStringLiteral("stage_id"), m_form.stageId},
                                         {QStringLiteral("sealed_on"), m_form.sealedOn},
                                         {QStringLiteral("sealed_at"), store::SealedResultStore::timestampNow()}});
}

RecordCorrectionCommand::RecordCorrectionCommand(const CorrectionForm &form)
    : EditCommand(tr("correct %1 result for %2").arg(form.stageName, form.teamName)), m_form(form)
{
}

CorrectionForm RecordCorrectionCommand::formFor(EditContext &context, qint64 roundResultId)
{
    CorrectionForm form;
    form.roundResultId = roundResultId;
    const domain::ProgramSnapshot &program = context.program();
    for (const domain::RoundResult &result : program.results) {
        if (result.id != roundResultId)
            continue;
        if (const domain::Stage *stage = program.stage(result.stageId))
            form.stageName = stage->name.in(context.language());
        form.teamName = program.shortNameOf(result.consortiumId).in(context.language());
        form.outcome = result.outcome;
        form.exitReason = result.exitReason;
        form.rank = result.rank;
        form.total = result.totalScore;
        form.totalConfidential = result.totalIsConfidential;
    }
    return form;
}

EditProblems RecordCorrectionCommand::validateForm(EditContext &context) const
{
    // The source is checked as every edit's is (it may be added in the same form).
    return editProblems(store::SealedResultStore(context.database().sql()).checkCorrection(inputOf(m_form), false));
}

void RecordCorrectionCommand::plan(FactPlanner &planner, qint64 sourceId) const
{
    planResultCorrection(planner, m_form, sourceId);
}

RecordCriterionCorrectionCommand::RecordCriterionCorrectionCommand(const CriterionCorrectionForm &form)
    : EditCommand(tr("correct %1 score of %2 in %3").arg(form.criterionName, form.teamName, form.stageName)), m_form(form)
{
}

CriterionCorrectionForm RecordCriterionCorrectionCommand::formFor(EditContext &context, qint64 roundResultId,
                                                                  qint64 criterionId)
{
    CriterionCorrectionForm form;
    form.roundResultId = roundResultId;
    form.criterionId = criterionId;
    const domain::ProgramSnapshot &program = context.program();
    const domain::RoundResult *result = nullptr;
    for (const domain::RoundResult &candidate : program.results) {
        if (candidate.id == roundResultId)
            result = &candidate;
    }
    if (!result)
        return form;
    if (const domain::Stage *stage = program.stage(result->stageId))
        form.stageName = stage->name.in(context.language());
    form.teamName = program.shortNameOf(result->consortiumId).in(context.language());
    const domain::RoundDetails details = context.roundDetails(result->stageId);
    if (const domain::Criterion *criterion = details.criterion(criterionId)) {
        form.criterionName = criterion->name.in(context.language());
        form.isGate = criterion->isGate;
    }
    if (const domain::CriterionScore *score = details.score(result->consortiumId, criterionId)) {
        form.points = score->points;
        form.passed = score->passed;
        form.confidential = score->isConfidential;
    }
    return form;
}

std::optional<double> RecordCriterionCorrectionCommand::totalWithCorrection(EditContext &context,
                                                                          const CriterionCorrectionForm &form)
{
    if (form.isGate || !form.points)
        return std::nullopt;
    for (const domain::RoundResult &result : context.program().results) {
        if (result.id != form.roundResultId)
            continue;
        const domain::RoundDetails details = context.roundDetails(result.stageId);
        const domain::Criterion *criterion = details.criterion(form.criterionId);
        if (!criterion || criterion->parentId != 0)
            return std::nullopt;
        // Rounded as scores are stored, so no binary fraction ends up in the total.
        const std::optional<double> sum = details.criteriaSum(result.consortiumId, form.criterionId, form.points);
        return sum ? std::optional<double>(std::round(*sum * 100.0) / 100.0) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<CorrectionForm> RecordCriterionCorrectionCommand::matchingTotalFor(EditContext &context,
                                                                                const CriterionCorrectionForm &form)
{
    const std::optional<double> total = totalWithCorrection(context, form);
    if (!total)
        return std::nullopt;
    CorrectionForm correction = RecordCorrectionCommand::formFor(context, form.roundResultId);
    correction.total = total;
    correction.recordedOn = form.recordedOn;
    correction.reason = form.reason;
    correction.note = form.note;
    return correction;
}

EditProblems RecordCriterionCorrectionCommand::validateForm(EditContext &context) const
{
    // The source is checked as every edit's is (it may be added in the same form).
    EditProblems problems = editProblems(
        store::SealedResultStore(context.database().sql()).checkCriterionCorrection(inputOf(m_form), false));
    if (m_form.matchingTotal)
        problems += editProblems(
            store::SealedResultStore(context.database().sql()).checkCorrection(inputOf(*m_form.matchingTotal), false));
    return problems;
}

void RecordCriterionCorrectionCommand::plan(FactPlanner &planner, qint64 sourceId) const
{
    const store::CriterionCorrectionInput input = inputOf(m_form);
    const QVariant none;
    planner.insert(FactKind::CriterionCorrection,
                   {{QStringLiteral("round_result_id"), m_form.roundResultId},
                    {QStringLiteral("criterion_id"), m_form.criterionId},
                    {QStringLiteral("recorded_on"), m_form.recordedOn},
                    {QStringLiteral("recorded_at"), store::SealedResultStore::timestampNow()},
                    {QStringLiteral("points"), input.points ? QVariant(*input.points) : none},
                    {QStringLiteral("passed"), input.passed ? QVariant(*input.passed) : none},
                    {QStringLiteral("is_confidential"), m_form.confidential},
                    {QStringLiteral("reason_ko"), optionalText(m_form.reason.ko)},
                    {QStringLiteral("reason_en"), optionalText(m_form.reason.en)},
                    {QStringLiteral("note_ko"), optionalText(m_form.note.ko)},
                    {QStringLiteral("note_en"), optionalText(m_form.note.en)},
                    {QStringLiteral("source_id"), sourceId}});
    // One step: undoing the criterion correction undoes the total that was set to match it.
    if (m_form.matchingTotal)
        planResultCorrection(planner, *m_form.matchingTotal, sourceId);
}

} // namespace kai::edit
