// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/RoundDetails.h"

#include <cmath>

namespace kai::domain {

std::optional<double> RoundDetails::criteriaSum(qint64 consortiumId, qint64 replacedCriterionId,
                                                std::optional<double> replacement) const
{
    return childrenSum(consortiumId, 0, replacedCriterionId, replacement);
}

std::optional<double> RoundDetails::childrenSum(qint64 consortiumId, qint64 parentId, qint64 replacedCriterionId,
                                                std::optional<double> replacement) const
{
    double sum = 0;
    bool any = false;
    for (const Criterion &criterion : criteria) {
        if (criterion.parentId != parentId || criterion.isGate)
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

RoundDetails::ChildCorrections RoundDetails::childCorrections(qint64 consortiumId, qint64 parentId) const
{
    ChildCorrections found;
    for (const CriterionScore &s : scores) {
        const Criterion *c = s.consortiumId == consortiumId ? criterion(s.criterionId) : nullptr;
        if (!c || c->parentId != parentId)
            continue;
        found.confidential = found.confidential || (!c->isGate && s.isConfidential);
        if (s.correction && (!found.latest.isValid() || s.correction->recordedOn > found.latest))
            found.latest = s.correction->recordedOn;
    }
    return found;
}

std::optional<RoundDetails::StaleTotal> RoundDetails::staleAgainst(qint64 consortiumId, qint64 parentId, double shown,
                                                                   const QDate &setOn) const
{
    const ChildCorrections children = childCorrections(consortiumId, parentId);
    // A score corrected on the day of (or after) the last correction of its parts was set to match them.
    if (!children.latest.isValid() || (setOn.isValid() && setOn >= children.latest))
        return std::nullopt;
    const std::optional<double> sum = childrenSum(consortiumId, parentId, 0, std::nullopt);
    // Compared as shown, to one decimal: a sum that reads the same is no contradiction.
    if (sum && std::lround(*sum * 10) == std::lround(shown * 10))
        return std::nullopt;
    return StaleTotal{children.confidential ? std::nullopt : sum};
}

std::optional<RoundDetails::StaleTotal> RoundDetails::staleTotal(const RoundResult &result) const
{
    // A sub-criterion's correction alone leaves the top-level sum as it was; its parent is flagged instead.
    if (!result.totalScore)
        return std::nullopt;
    return staleAgainst(result.consortiumId, 0, *result.totalScore,
                        result.correction ? result.correction->recordedOn : QDate());
}

std::optional<RoundDetails::StaleTotal> RoundDetails::staleParent(qint64 consortiumId, qint64 criterionId) const
{
    const CriterionScore *parent = hasChildren(criterionId) ? score(consortiumId, criterionId) : nullptr;
    if (!parent || !parent->points)
        return std::nullopt;
    return staleAgainst(consortiumId, criterionId, *parent->points,
                        parent->correction ? parent->correction->recordedOn : QDate());
}

} // namespace kai::domain
