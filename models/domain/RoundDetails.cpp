// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/RoundDetails.h"

#include <cmath>

namespace kai::domain {

std::optional<double> RoundDetails::criteriaSum(qint64 consortiumId, qint64 replacedCriterionId,
                                                std::optional<double> replacement) const
{
    double sum = 0;
    bool any = false;
    for (const Criterion &criterion : criteria) {
        if (criterion.parentId != 0 || criterion.isGate)
            continue;
        std::optional<double> points;
        if (criterion.id == replacedCriterionId)
            points = replacement;
        else if (const CriterionScore *s = score(consortiumId, criterion.id))
            points = s->points;
        if (!points)
            return std::nullopt;
        sum += *points;
        any = true;
    }
    return any ? std::optional<double>(sum) : std::nullopt;
}

std::optional<RoundDetails::StaleTotal> RoundDetails::staleTotal(const RoundResult &result) const
{
    if (!result.totalScore)
        return std::nullopt;
    QDate latestCriterionCorrection;
    bool confidential = false;
    for (const CriterionScore &s : scores) {
        if (s.consortiumId != result.consortiumId)
            continue;
        const Criterion *c = criterion(s.criterionId);
        if (c && c->parentId == 0 && !c->isGate)
            confidential = confidential || s.isConfidential;
        if (s.correction && (!latestCriterionCorrection.isValid() || s.correction->recordedOn > latestCriterionCorrection))
            latestCriterionCorrection = s.correction->recordedOn;
    }
    // A total corrected on the day of (or after) the last criterion correction was set to match it.
    if (!latestCriterionCorrection.isValid()
        || (result.correction && result.correction->recordedOn >= latestCriterionCorrection))
        return std::nullopt;
    const std::optional<double> sum = criteriaSum(result.consortiumId);
    // Compared as shown, to one decimal: a sum that reads the same is no contradiction.
    if (sum && std::lround(*sum * 10) == std::lround(*result.totalScore * 10))
        return std::nullopt;
    return StaleTotal{confidential ? std::nullopt : sum};
}

} // namespace kai::domain
