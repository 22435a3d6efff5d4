// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

#include <QHash>

namespace kai::domain {

// One criterion a round was scored on. Children split their parent's points (phase 1: benchmarks
// 40 = NIA 10 + global common 20 + global individual 10); gates are pass/fail and carry no points.
struct Criterion
{
    qint64 id = 0;
    qint64 parentId = 0;  // 0 for a top-level criterion
    QString code;
    int seq = 0;
    BilingualText name;
    std::optional<double> maxPoints;
    bool isGate = false;
    qint64 sourceId = 0;
};

// A correction of a sealed round's criterion score, as known on the as-of date: why, on whose
// authority, and the score it replaced (the row keeps it; the score shows the corrected value).
struct CriterionScoreCorrection
{
    qint64 id = 0;
    QDate recordedOn;
    BilingualText reason;
    BilingualText note;  // internal: never in the press profile
    qint64 sourceId = 0;
    std::optional<double> originalPoints;
    std::optional<bool> originalPassed;
    bool originalIsConfidential = false;
};

struct CriterionScore
{
    qint64 consortiumId = 0;
    qint64 criterionId = 0;
    std::optional<double> points;
    std::optional<bool> passed;
    bool isConfidential = false;
    qint64 sourceId = 0;
    std::optional<CriterionScoreCorrection> correction;  // the latest one recorded by the as-of date
};

// The frontier reference frozen for a round, per benchmark.
struct RoundReference
{
    qint64 benchmarkId = 0;
    QString benchmarkCode;
    BilingualText benchmarkName;
    QString category;  // 'aggregate' for an average over several benchmarks
    QString referenceModel;
    double referenceScore = 0;
    QDate frozenOn;
    qint64 sourceId = 0;
    bool isAggregate() const { return category == QLatin1String("aggregate"); }
};

// A consortium's released model scored on one benchmark in one round.
struct ModelScore
{
    qint64 consortiumId = 0;
    QString modelName;
    qint64 benchmarkId = 0;
    double score = 0;
    bool isConfidential = false;
    qint64 sourceId = 0;
};

// Everything about one round beyond its outcomes, as known on the as-of date.
struct RoundDetails
{
    qint64 stageId = 0;
    QVector<Criterion> criteria;        // in seq order
    QVector<CriterionScore> scores;     // only of results published by the as-of date
    QVector<RoundReference> references;
    QVector<ModelScore> modelScores;

    const CriterionScore *score(qint64 consortiumId, qint64 criterionId) const
    {
        for (const CriterionScore &s : scores) {
            if (s.consortiumId == consortiumId && s.criterionId == criterionId)
                return &s;
        }
        return nullptr;
    }
    const Criterion *criterion(qint64 criterionId) const
    {
        for (const Criterion &c : criteria) {
            if (c.id == criterionId)
                return &c;
        }
        return nullptr;
    }
    bool hasChildren(qint64 criterionId) const
    {
        for (const Criterion &c : criteria) {
            if (c.parentId == criterionId)
                return true;
        }
        return false;
    }
    // What a team's top-level scored criteria add up to (the weighted total is their sum), with one
    // criterion's points replaced when given (a correction being entered); none when one is unscored.
    std::optional<double> criteriaSum(qint64 consortiumId, qint64 replacedCriterionId = 0,
                                      std::optional<double> replacement = std::nullopt) const;
    // A team's total that its criteria no longer add up to: a criterion score was corrected after the
    // total was last set (sealed or corrected) and the sum differs from the total as shown.
    struct StaleTotal
    {
        std::optional<double> criteriaSum;  // none when a summed score is confidential
    };
    std::optional<StaleTotal> staleTotal(const RoundResult &result) const;
    // The same for a criterion split into sub-criteria (benchmarks = NIA + global common + global
    // individual): a sub-criterion was corrected after the parent's score was last set, and the
    // sub-criteria no longer add up to the parent's score as shown.
    std::optional<StaleTotal> staleParent(qint64 consortiumId, qint64 criterionId) const;

private:
    // What the scored, non-gate children of parentId (0: the top-level criteria) add up to, with one
    // criterion's points replaced when given; none when one is unscored.
    std::optional<double> childrenSum(qint64 consortiumId, qint64 parentId, qint64 replacedCriterionId,
                                      std::optional<double> replacement) const;
    // The latest correction among the children of parentId, and whether a summed child is confidential.
    struct ChildCorrections
    {
        QDate latest;
        bool confidential = false;
    };
    ChildCorrections childCorrections(qint64 consortiumId, qint64 parentId) const;
    // Stale when a child was corrected after `setOn` (invalid: never corrected) and the children's sum
    // differs from `shown` to one decimal.
    std::optional<StaleTotal> staleAgainst(qint64 consortiumId, qint64 parentId, double shown, const QDate &setOn) const;
};

} // namespace kai::domain
