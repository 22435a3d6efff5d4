// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/WeightedRanking.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace kai::domain {

namespace {
// Totals closer than this are a tie: the published scores have one decimal.
constexpr double TieTolerance = 1e-9;
constexpr double WeightLimit = 100.0;

double scoredWeightSum(const QVector<WeightedRanking::Criterion> &criteria)
{
    double sum = 0;
    for (const auto &c : criteria) {
        if (!c.isGate)
            sum += std::max(0.0, c.weight);
    }
    return sum;
}

WeightedRanking::RankedTeam scoreTeam(const WeightedRanking::Input &input, const WeightedRanking::Team &team,
                                      double weightSum)
{
    WeightedRanking::RankedTeam ranked;
    ranked.id = team.id;
    double total = 0;
    for (const auto &c : input.criteria) {
        if (c.isGate) {
            const auto gate = team.gates.constFind(c.id);
            if (gate == team.gates.cend())
                ranked.gateUnknown = true;
            else if (!gate.value() && input.applyGates)
                ranked.failedGate = true;
            continue;
        }
        const auto points = team.points.constFind(c.id);
        if (points == team.points.cend()) {
            ranked.missingCriteria.append(c.id);
            continue;
        }
        total += points.value() / c.maxPoints * std::max(0.0, c.weight);
    }
    if (ranked.missingCriteria.isEmpty() && weightSum > 0)
        ranked.total = total / weightSum * 100.0;
    return ranked;
}

QVector<qint64> advancingIds(const WeightedRanking::Result &result)
{
    QVector<qint64> ids;
    for (const auto &t : result.teams) {
        if (t.advances)
            ids.append(t.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void assignRanks(QVector<WeightedRanking::RankedTeam> &teams)
{
    std::stable_sort(teams.begin(), teams.end(), [](const auto &a, const auto &b) {
        if (a.total.has_value() != b.total.has_value())
            return a.total.has_value();
        return a.total.value_or(0) > b.total.value_or(0) + TieTolerance;
    });
    for (int i = 0; i < teams.size() && teams[i].total; ++i) {
        const bool tiedWithPrevious = i > 0 && std::abs(*teams[i - 1].total - *teams[i].total) <= TieTolerance;
        teams[i].rank = tiedWithPrevious ? teams[i - 1].rank : std::optional<int>(i + 1);
    }
}

// Marks the first `advancing` eligible teams, and every team tied with the last of them.
void applyCutLine(WeightedRanking::Result &result, int advancing)
{
    std::optional<double> lowestAdvancing;
    std::optional<double> bestBelow;
    int taken = 0;
    for (auto &t : result.teams) {
        if (!t.isRanked() || t.failedGate)
            continue;
        const bool tiedWithLast = lowestAdvancing && std::abs(*lowestAdvancing - *t.total) <= TieTolerance;
        if (taken < advancing || tiedWithLast) {
            result.tieAtCutLine = result.tieAtCutLine || (taken >= advancing && tiedWithLast);
            t.advances = true;
            lowestAdvancing = t.total;
            ++taken;
        } else if (!bestBelow) {
            bestBelow = t.total;
        }
    }
    result.advancingCount = taken;
    result.cutLineScore = lowestAdvancing;
    for (auto &t : result.teams) {
        if (!t.isRanked() || t.failedGate)
            continue;
        if (t.advances && bestBelow)
            t.distanceToCutLine = *t.total - *bestBelow;
        else if (!t.advances && lowestAdvancing)
            t.distanceToCutLine = *t.total - *lowestAdvancing;
    }
}
} // namespace

const WeightedRanking::RankedTeam *WeightedRanking::Result::team(qint64 id) const
{
    for (const RankedTeam &t : teams) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

WeightedRanking::Result WeightedRanking::rankOnly(const Input &input)
{
    Result result;
    result.weightSum = scoredWeightSum(input.criteria);
    result.weightsNormalised = std::abs(result.weightSum - 100.0) > 1e-6;
    for (const Team &team : input.teams)
        result.teams.append(scoreTeam(input, team, result.weightSum));
    assignRanks(result.teams);
    applyCutLine(result, input.advancing);
    return result;
}

WeightedRanking::Result WeightedRanking::rank(const Input &input)
{
    Result result = rankOnly(input);
    result.smallestFlip = smallestFlip(input, result);
    return result;
}

std::optional<WeightedRanking::Flip> WeightedRanking::smallestFlip(const Input &input, const Result &current)
{
    const QVector<qint64> advancing = advancingIds(current);
    std::optional<Flip> best;
    for (int i = 0; i < input.criteria.size(); ++i) {
        if (input.criteria[i].isGate)
            continue;
        const auto flip = flipFor(input, i, advancing);
        if (flip && (!best || std::abs(flip->weightChange) < std::abs(best->weightChange)))
            best = flip;
    }
    return best;
}

// With only weight w of one criterion moving, team totals are (A + s·w) / (W + w): two teams swap
// exactly where A_i + s_i·w = A_j + s_j·w. Each such crossing is a candidate; the nearest one that
// really changes who advances (checked by re-ranking just past it) is the answer for this criterion.
std::optional<WeightedRanking::Flip> WeightedRanking::flipFor(const Input &input, int criterionIndex,
                                                             const QVector<qint64> &advancing)
{
    const Criterion &moving = input.criteria[criterionIndex];
    struct Line { double a = 0; double s = 0; };
    QVector<Line> lines;
    for (const Team &team : input.teams) {
        Line line;
        bool complete = true;
        for (const Criterion &c : input.criteria) {
            if (c.isGate)
                continue;
            const auto points = team.points.constFind(c.id);
            if (points == team.points.cend()) {
                complete = false;
                break;
            }
            const double share = points.value() / c.maxPoints;
            if (c.id == moving.id)
                line.s = share;
            else
                line.a += share * std::max(0.0, c.weight);
        }
        if (complete)
            lines.append(line);
    }
    QVector<double> candidates;
    for (int i = 0; i < lines.size(); ++i) {
        for (int j = i + 1; j < lines.size(); ++j) {
            const double ds = lines[i].s - lines[j].s;
            if (std::abs(ds) < 1e-12)
                continue;
            const double w = (lines[j].a - lines[i].a) / ds;
            if (w >= 0 && w <= WeightLimit && std::abs(w - moving.weight) > 1e-9)
                candidates.append(w);
        }
    }
    std::sort(candidates.begin(), candidates.end(), [&](double x, double y) {
        return std::abs(x - moving.weight) < std::abs(y - moving.weight);
    });
    for (double w : candidates) {
        // Step just past the crossing, so that the tie is broken in the new direction.
        const double past = std::clamp(w + (w > moving.weight ? 1e-6 : -1e-6), 0.0, WeightLimit);
        Input changed = input;
        changed.criteria[criterionIndex].weight = past;
        const QVector<qint64> now = advancingIds(rankOnly(changed));
        if (now == advancing)
            continue;
        Flip flip{moving.id, w - moving.weight, w, {}, {}};
        for (qint64 id : now) {
            if (!advancing.contains(id))
                flip.joining.append(id);
        }
        for (qint64 id : advancing) {
            if (!now.contains(id))
                flip.leaving.append(id);
        }
        return flip;
    }
    return std::nullopt;
}

} // namespace kai::domain
