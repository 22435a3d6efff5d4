// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/SealEdits.h"

#include "edit/EditContext.h"
#include "store/Database.h"
#include "store/DomainCodes.h"
#include "store/SealedResultStore.h"
#include "store/SqliteConnection.h"

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
    const store::CorrectionInput input = inputOf(m_form);
    const QVariant none;
    planner.insert(FactKind::ResultCorrection,
                   {{QStringLiteral("round_result_id"), m_form.roundResultId},
                    {QStringLiteral("recorded_on"), m_form.recordedOn},
                    {QStringLiteral("recorded_at"), store::SealedResultStore::timestampNow()},
                    {QStringLiteral("outcome"), DomainCodes::code(input.outcome)},
                    {QStringLiteral("exit_reason"), input.exitReason == domain::ExitReason::None ? none : QVariant(DomainCodes::code(input.exitReason))},
                    {QStringLiteral("rank"), m_form.rank ? QVariant(qint64(*m_form.rank)) : none},
                    {QStringLiteral("total_score"), m_form.total ? QVariant(*m_form.total) : none},
                    {QStringLiteral("total_is_confidential"), m_form.totalConfidential},
                    {QStringLiteral("total_source_id"), m_form.total ? QVariant(sourceId) : none},
                    {QStringLiteral("reason_ko"), optionalText(m_form.reason.ko)},
                    {QStringLiteral("reason_en"), optionalText(m_form.reason.en)},
                    {QStringLiteral("note_ko"), optionalText(m_form.note.ko)},
                    {QStringLiteral("note_en"), optionalText(m_form.note.en)},
                    {QStringLiteral("source_id"), sourceId}});
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

EditProblems RecordCriterionCorrectionCommand::validateForm(EditContext &context) const
{
    // The source is checked as every edit's is (it may be added in the same form).
    return editProblems(
        store::SealedResultStore(context.database().connection()).checkCriterionCorrection(inputOf(m_form), false));
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
}

} // namespace kai::edit
