// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QVector>
#include <optional>

namespace kai::domain {

// Ranks teams by a weighted sum of criterion scores. Pure and widget-free: the what-if panel
// re-runs it on every slider move, the tests run it on hand-made data.
//
// Each scored criterion contributes (points / maxPoints) × weight; the weights are normalised to sum
// to 100, so with the official weights (= max points, summing to 100) the total is the plain sum of
// points. A team missing any scored criterion is not ranked at all (never counted as 0). A team that
// failed a gate is ranked but does not advance.
class WeightedRanking
{
public:
    struct Criterion
    {
        qint64 id = 0;
        double maxPoints = 1;
        double weight = 0;  // in percent; need not sum to 100
        bool isGate = false;
    };

    struct Team
    {
        qint64 id = 0;
        QHash<qint64, double> points;  // by criterion id
        QHash<qint64, bool> gates;     // by criterion id; absent = unknown
    };

    struct Input
    {
        QVector<Criterion> criteria;
        QVector<Team> teams;
        int advancing = 0;  // how many teams pass the cut line
        bool applyGates = true;
    };

    struct RankedTeam
    {
        qint64 id = 0;
        std::optional<double> total;     // 0..100; empty when scores are missing
        std::optional<int> rank;         // competition ranking: 1, 1, 3
        QVector<qint64> missingCriteria; // scored criteria without a score
        bool failedGate = false;
        bool gateUnknown = false;
        bool advances = false;
        // Points above the best team below the line (advancing), or below the lowest advancing team
        // (negative); empty for unranked teams, gate failures and when there is no one to compare with.
        std::optional<double> distanceToCutLine;
        bool isRanked() const { return rank.has_value(); }
    };

    // The smallest change of one criterion's weight that changes who advances.
    struct Flip
    {
        qint64 criterionId = 0;
        double weightChange = 0;  // percentage points, signed
        double newWeight = 0;
        QVector<qint64> joining;  // teams that would advance and do not now
        QVector<qint64> leaving;
    };

    struct Result
    {
        QVector<RankedTeam> teams;  // ranked teams by rank, then unranked teams
        double weightSum = 0;
        bool weightsNormalised = false;  // the weights did not sum to 100
        int advancingCount = 0;
        std::optional<double> cutLineScore;  // total of the lowest advancing team
        bool tieAtCutLine = false;           // teams tied across the line all advance
        std::optional<Flip> smallestFlip;
        const RankedTeam *team(qint64 id) const;
    };

    static Result rank(const Input &input);
    // rank() without the search for the smallest flip; what the flip search itself runs.
    static Result rankOnly(const Input &input);

private:
    static std::optional<Flip> smallestFlip(const Input &input, const Result &current);
    static std::optional<Flip> flipFor(const Input &input, int criterionIndex, const QVector<qint64> &advancing);
};

} // namespace kai::domain
