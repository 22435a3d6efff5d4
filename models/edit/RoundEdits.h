// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RoundDetails.h"
#include "edit/EditCommand.h"
#include "store/FactStore.h"

#include <QHash>

namespace kai::edit {

class EditContext;

// The edits of the Rounds view: a round's results for every team, and its criteria and weights.

enum class TeamOutcome { Advanced, BelowCutLine, FailedGate, Pending };

// What the schema stores for an outcome a form offers, and back.
std::pair<domain::Outcome, domain::ExitReason> outcomeCodes(TeamOutcome outcome);
TeamOutcome teamOutcome(domain::Outcome outcome, domain::ExitReason reason);

struct ScoreEntry
{
    std::optional<double> points;
    std::optional<bool> passed;  // gates
    bool confidential = false;
    bool isEmpty() const { return !points && !passed; }
};

struct TeamResultForm
{
    qint64 consortiumId = 0;
    QString teamName;  // for messages and the command's name
    TeamOutcome outcome = TeamOutcome::Pending;
    std::optional<int> rank;
    std::optional<double> total;
    bool totalConfidential = false;
    QHash<qint64, ScoreEntry> scores;  // by criterion id
};

struct StoredFact
{
    qint64 id = 0;
    store::FactFields fields;
};

struct RoundResultsForm
{
    qint64 stageId = 0;
    QString stageName;
    QDate evaluatedOn;
    QDate announcedOn;
    QVector<TeamResultForm> teams;
    // What the form started from: result rows by consortium, score rows by (consortium, criterion).
    QHash<qint64, StoredFact> baseResults;
    QHash<QPair<qint64, qint64>, StoredFact> baseScores;
};

class RecordRoundResultsCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordRoundResultsCommand)

public:
    explicit RecordRoundResultsCommand(const RoundResultsForm &form);
    // A form holding the round's stored results (the teams that have a row) and their versions.
    static RoundResultsForm formFor(EditContext &context, qint64 stageId);

protected:
    EditProblems validateForm(EditContext &context) const override;
    void plan(FactPlanner &planner, qint64 sourceId) const override;
    bool createsFacts() const override;

private:
    void validateTeam(const TeamResultForm &team, const QVector<domain::Criterion> &criteria,
                      EditProblems &problems) const;
    void planScores(FactPlanner &planner, const TeamResultForm &team, qint64 resultId, qint64 sourceId) const;

    RoundResultsForm m_form;
};

struct CriterionForm
{
    qint64 id = 0;  // 0: new
    QString code;
    QString nameKo;
    QString nameEn;
    std::optional<double> maxPoints;  // the criterion's weight
    bool isGate = false;
    store::FactFields base;
};

struct RoundCriteriaForm
{
    qint64 stageId = 0;
    QString stageName;
    QVector<CriterionForm> criteria;  // in order; stored criteria left out are removed
    QVector<StoredFact> baseCriteria;
};

class DefineRoundCriteriaCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(DefineRoundCriteriaCommand)

public:
    explicit DefineRoundCriteriaCommand(const RoundCriteriaForm &form);
    static RoundCriteriaForm formFor(EditContext &context, qint64 stageId);

protected:
    EditProblems validateForm(EditContext &context) const override;
    void plan(FactPlanner &planner, qint64 sourceId) const override;

private:
    RoundCriteriaForm m_form;
};

} // namespace kai::edit
