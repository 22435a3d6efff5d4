// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/RoundEdits.h"

#include "edit/EditContext.h"
#include "items/DisplayFormat.h"
#include "store/DomainCodes.h"

#include <QSet>

namespace kai::edit {

using store::DomainCodes;
using store::FactFields;
using store::FactKind;

namespace {
QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

TeamOutcome outcomeOf(const FactFields &result)
{
    return teamOutcome(DomainCodes::outcome(result.value(QStringLiteral("outcome")).toString()),
                       DomainCodes::exitReason(result.value(QStringLiteral("exit_reason")).toString()));
}

QString teamNames(const QVector<TeamResultForm> &teams)
{
    QStringList names;
    for (const TeamResultForm &team : teams)
        names << team.teamName;
    return names.join(QStringLiteral(", "));
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}
} // namespace

std::pair<domain::Outcome, domain::ExitReason> outcomeCodes(TeamOutcome outcome)
{
    switch (outcome) {
    case TeamOutcome::Advanced: return {domain::Outcome::Advanced, domain::ExitReason::None};
    case TeamOutcome::BelowCutLine: return {domain::Outcome::Eliminated, domain::ExitReason::BelowCutLine};
    case TeamOutcome::FailedGate: return {domain::Outcome::Eliminated, domain::ExitReason::FailedGate};
    case TeamOutcome::Pending: break;
    }
    return {domain::Outcome::Pending, domain::ExitReason::None};
}

TeamOutcome teamOutcome(domain::Outcome outcome, domain::ExitReason reason)
{
    if (outcome == domain::Outcome::Advanced)
        return TeamOutcome::Advanced;
    if (outcome == domain::Outcome::Eliminated)
        return reason == domain::ExitReason::FailedGate ? TeamOutcome::FailedGate : TeamOutcome::BelowCutLine;
    return TeamOutcome::Pending;
}

RecordRoundResultsCommand::RecordRoundResultsCommand(const RoundResultsForm &form)
    : EditCommand(tr("record %1 result for %2").arg(form.stageName, teamNames(form.teams))), m_form(form)
{
}

RoundResultsForm RecordRoundResultsCommand::formFor(EditContext &context, qint64 stageId)
{
    RoundResultsForm form;
    form.stageId = stageId;
    const domain::ProgramSnapshot &program = context.program();
    if (const domain::Stage *stage = program.stage(stageId))
        form.stageName = stage->name.in(context.language());
    for (const domain::RoundResult *result : program.resultsOfStage(stageId)) {
        const FactFields stored = context.read(FactKind::RoundResult, result->id);
        form.baseResults.insert(result->consortiumId, {result->id, stored});
        form.evaluatedOn = result->evaluatedOn;
        form.announcedOn = result->publishedOn;
        TeamResultForm team;
        team.consortiumId = result->consortiumId;
        team.teamName = program.shortNameOf(result->consortiumId).in(context.language());
        team.outcome = outcomeOf(stored);
        team.rank = result->rank;
        team.total = result->totalScore;
        team.totalConfidential = result->totalIsConfidential;
        for (const qint64 scoreId : context.facts().idsWhere(FactKind::CriterionScore, QStringLiteral("round_result_id"), result->id)) {
            const FactFields score = context.read(FactKind::CriterionScore, scoreId);
            const qint64 criterionId = score.value(QStringLiteral("criterion_id")).toLongLong();
            form.baseScores.insert({result->consortiumId, criterionId}, {scoreId, score});
            const QVariant passed = score.value(QStringLiteral("passed"));
            team.scores.insert(criterionId, {optionalDouble(score.value(QStringLiteral("points"))),
                                             passed.isNull() ? std::nullopt : std::optional<bool>(passed.toLongLong() != 0),
                                             score.value(QStringLiteral("is_confidential")).toLongLong() != 0});
        }
        form.teams.append(team);
    }
    return form;
}

bool RecordRoundResultsCommand::createsFacts() const
{
    for (const TeamResultForm &team : m_form.teams) {
        if (!m_form.baseResults.contains(team.consortiumId))
            return true;
        for (auto it = team.scores.cbegin(); it != team.scores.cend(); ++it) {
            if (!it->isEmpty() && !m_form.baseScores.contains({team.consortiumId, it.key()}))
                return true;
        }
    }
    return false;
}

void RecordRoundResultsCommand::validateTeam(const TeamResultForm &team, const QVector<domain::Criterion> &criteria,
                                             EditProblems &problems) const
{
    const QString id = QString::number(team.consortiumId);
    if (team.rank && *team.rank < 1)
        problems.append({QStringLiteral("rank:") + id, tr("A rank starts at 1.")});
    if (team.total && *team.total < 0)
        problems.append({QStringLiteral("total:") + id, tr("A score cannot be negative.")});
    const DisplayFormat format(language());
    for (const domain::Criterion &criterion : criteria) {
        const ScoreEntry entry = team.scores.value(criterion.id);
        const QString field = QStringLiteral("score:%1:%2").arg(id).arg(criterion.id);
        if (entry.points && *entry.points < 0)
            problems.append({field, tr("A score cannot be negative.")});
        else if (entry.points && criterion.maxPoints && *entry.points > *criterion.maxPoints + 1e-9) {
            problems.append({field, tr("%1 is above the maximum of %2 for %3.")
                                        .arg(format.number(*entry.points, 1), format.number(*criterion.maxPoints, 1),
                                             criterion.name.in(language()))});
        }
        if (entry.points && criterion.isGate)
            problems.append({field, tr("A gate is passed or failed; it has no points.")});
    }
}

EditProblems RecordRoundResultsCommand::validateForm(EditContext &context) const
{
    EditProblems problems;
    requireDate(problems, QStringLiteral("evaluatedOn"), m_form.evaluatedOn);
    requireDate(problems, QStringLiteral("announcedOn"), m_form.announcedOn);
    requireOrder(problems, QStringLiteral("announcedOn"), m_form.evaluatedOn, m_form.announcedOn);
    if (m_form.teams.isEmpty())
        problems.append({QString(), tr("The round has no teams to record.")});
    const QVector<domain::Criterion> criteria = context.criteriaOf(m_form.stageId);
    QHash<int, QString> rankHolders;
    for (const TeamResultForm &team : m_form.teams) {
        validateTeam(team, criteria, problems);
        if (!team.rank)
            continue;
        if (rankHolders.contains(*team.rank)) {
            problems.append({QStringLiteral("rank:%1").arg(team.consortiumId),
                             tr("Rank %1 is already given to %2.").arg(*team.rank).arg(rankHolders.value(*team.rank))});
        } else {
            rankHolders.insert(*team.rank, team.teamName);
        }
    }
    return problems;
}

void RecordRoundResultsCommand::plan(FactPlanner &planner, qint64 sourceId) const
{
    for (const TeamResultForm &team : m_form.teams) {
        const auto [outcome, reason] = outcomeCodes(team.outcome);
        FactFields fields{{QStringLiteral("outcome"), DomainCodes::code(outcome)},
                          {QStringLiteral("exit_reason"), reason == domain::ExitReason::None ? QVariant() : QVariant(DomainCodes::code(reason))},
                          {QStringLiteral("rank"), team.rank ? QVariant(*team.rank) : QVariant()},
                          {QStringLiteral("total_score"), optional(team.total)},
                          {QStringLiteral("total_is_confidential"), team.totalConfidential},
                          {QStringLiteral("total_source_id"), team.total ? QVariant(sourceId) : QVariant()},
                          {QStringLiteral("evaluated_on"), m_form.evaluatedOn},
                          {QStringLiteral("published_on"), m_form.announcedOn},
                          {QStringLiteral("source_id"), sourceId}};
        qint64 resultId = 0;
        if (m_form.baseResults.contains(team.consortiumId)) {
            const StoredFact &base = m_form.baseResults[team.consortiumId];
            resultId = base.id;
            // "Result not published" notes stop being true once a decided outcome is recorded.
            if (outcome != domain::Outcome::Pending && outcomeOf(base.fields) == TeamOutcome::Pending) {
                fields.insert(QStringLiteral("note_ko"), QVariant());
                fields.insert(QStringLiteral("note_en"), QVariant());
            }
            planner.update(FactKind::RoundResult, resultId, base.fields, fields);
        } else {
            fields.insert(QStringLiteral("stage_id"), m_form.stageId);
            fields.insert(QStringLiteral("consortium_id"), team.consortiumId);
            resultId = planner.insert(FactKind::RoundResult, fields);
        }
        planScores(planner, team, resultId, sourceId);
    }
}

void RecordRoundResultsCommand::planScores(FactPlanner &planner, const TeamResultForm &team, qint64 resultId,
                                           qint64 sourceId) const
{
    QSet<qint64> criteria;
    for (auto it = team.scores.cbegin(); it != team.scores.cend(); ++it)
        criteria.insert(it.key());
    for (auto it = m_form.baseScores.cbegin(); it != m_form.baseScores.cend(); ++it) {
        if (it.key().first == team.consortiumId)
            criteria.insert(it.key().second);
    }
    QList<qint64> ordered(criteria.cbegin(), criteria.cend());
    std::sort(ordered.begin(), ordered.end());
    for (const qint64 criterionId : ordered) {
        const ScoreEntry entry = team.scores.value(criterionId);
        const auto base = m_form.baseScores.constFind({team.consortiumId, criterionId});
        const FactFields fields{{QStringLiteral("points"), optional(entry.points)},
                                {QStringLiteral("passed"), entry.passed ? QVariant(*entry.passed) : QVariant()},
                                {QStringLiteral("is_confidential"), entry.confidential},
                                {QStringLiteral("source_id"), sourceId}};
        if (base == m_form.baseScores.cend()) {
            if (entry.isEmpty())
                continue;
            FactFields inserted = fields;
            inserted.insert(QStringLiteral("round_result_id"), resultId);
            inserted.insert(QStringLiteral("criterion_id"), criterionId);
            planner.insert(FactKind::CriterionScore, inserted);
        } else if (entry.isEmpty()) {
            planner.remove(FactKind::CriterionScore, base->id, base->fields);
        } else {
            planner.update(FactKind::CriterionScore, base->id, base->fields, fields);
        }
    }
}

DefineRoundCriteriaCommand::DefineRoundCriteriaCommand(const RoundCriteriaForm &form)
    : EditCommand(tr("define the criteria of %1").arg(form.stageName)), m_form(form)
{
}

RoundCriteriaForm DefineRoundCriteriaCommand::formFor(EditContext &context, qint64 stageId)
{
    RoundCriteriaForm form;
    form.stageId = stageId;
    if (const domain::Stage *stage = context.program().stage(stageId))
        form.stageName = stage->name.in(context.language());
    for (const domain::Criterion &criterion : context.criteriaOf(stageId)) {
        const FactFields stored = context.read(FactKind::Criterion, criterion.id);
        form.baseCriteria.append({criterion.id, stored});
        form.criteria.append({criterion.id, criterion.code, criterion.name.ko, criterion.name.en, criterion.maxPoints,
                              criterion.isGate, stored});
    }
    return form;
}

EditProblems DefineRoundCriteriaCommand::validateForm(EditContext &context) const
{
    EditProblems problems;
    QSet<QString> codes;
    const DisplayFormat format(language());
    for (int row = 0; row < m_form.criteria.size(); ++row) {
        const CriterionForm &criterion = m_form.criteria.at(row);
        const QString suffix = QStringLiteral(":%1").arg(row);
        requireText(problems, QStringLiteral("code") + suffix, criterion.code);
        requireText(problems, QStringLiteral("nameKo") + suffix, criterion.nameKo);
        requireText(problems, QStringLiteral("nameEn") + suffix, criterion.nameEn);
        if (codes.contains(criterion.code.trimmed()))
            problems.append({QStringLiteral("code") + suffix, tr("The code %1 is used twice.").arg(criterion.code.trimmed())});
        codes.insert(criterion.code.trimmed());
        if (!criterion.isGate && (!criterion.maxPoints || *criterion.maxPoints <= 0))
            problems.append({QStringLiteral("maxPoints") + suffix, tr("A scored criterion needs a maximum above 0.")});
        if (criterion.id == 0 || !criterion.maxPoints)
            continue;
        for (const qint64 scoreId : context.facts().idsWhere(FactKind::CriterionScore, QStringLiteral("criterion_id"), criterion.id)) {
            const QVariant points = context.read(FactKind::CriterionScore, scoreId).value(QStringLiteral("points"));
            if (!points.isNull() && points.toDouble() > *criterion.maxPoints + 1e-9) {
                problems.append({QStringLiteral("maxPoints") + suffix,
                                 tr("A recorded score of %1 is above this maximum.").arg(format.number(points.toDouble(), 1))});
                break;
            }
        }
    }
    for (const StoredFact &stored : m_form.baseCriteria) {
        const bool kept = std::any_of(m_form.criteria.cbegin(), m_form.criteria.cend(),
                                      [&stored](const CriterionForm &c) { return c.id == stored.id; });
        if (!kept && !context.facts().idsWhere(FactKind::CriterionScore, QStringLiteral("criterion_id"), stored.id).isEmpty()) {
            problems.append({QString(), tr("%1 has recorded scores and cannot be removed.")
                                            .arg(stored.fields.value(QStringLiteral("code")).toString())});
        }
    }
    return problems;
}

void DefineRoundCriteriaCommand::plan(FactPlanner &planner, qint64 sourceId) const
{
    for (const StoredFact &stored : m_form.baseCriteria) {
        const bool kept = std::any_of(m_form.criteria.cbegin(), m_form.criteria.cend(),
                                      [&stored](const CriterionForm &c) { return c.id == stored.id; });
        if (!kept)
            planner.remove(FactKind::Criterion, stored.id, stored.fields);
    }
    for (int row = 0; row < m_form.criteria.size(); ++row) {
        const CriterionForm &criterion = m_form.criteria.at(row);
        FactFields fields{{QStringLiteral("code"), criterion.code.trimmed()},
                          {QStringLiteral("seq"), row + 1},
                          {QStringLiteral("name_ko"), criterion.nameKo.trimmed()},
                          {QStringLiteral("name_en"), criterion.nameEn.trimmed()},
                          {QStringLiteral("max_points"), criterion.isGate ? QVariant() : optional(criterion.maxPoints)},
                          {QStringLiteral("is_gate"), criterion.isGate},
                          {QStringLiteral("source_id"), sourceId}};
        if (criterion.id != 0) {
            planner.update(FactKind::Criterion, criterion.id, criterion.base, fields);
        } else {
            fields.insert(QStringLiteral("stage_id"), m_form.stageId);
            planner.insert(FactKind::Criterion, fields);
        }
    }
}

} // namespace kai::edit
