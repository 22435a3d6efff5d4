// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/WeightedRanking.h"

#include <QTest>

using namespace kai::domain;

namespace {
using Ranking = WeightedRanking;

// Three scored criteria (max 40, 35, 25, official weights = max points) and a gate.
Ranking::Input phaseOneLike()
{
    Ranking::Input input;
    input.criteria = {{1, 40, 40, false}, {2, 35, 35, false}, {3, 25, 25, false}, {9, 1, 0, true}};
    input.advancing = 2;
    auto team = [](qint64 id, double a, double b, double c, bool gate) {
        Ranking::Team t;
        t.id = id;
        t.points = {{1, a}, {2, b}, {3, c}};
        t.gates = {{9, gate}};
        return t;
    };
    input.teams = {team(101, 33.6, 31.6, 25.0, true), team(102, 31.2, 29.4, 21.0, false),
                   team(103, 30.6, 28.7, 20.6, true), team(104, 30.2, 27.8, 20.4, true),
                   team(105, 26.3, 25.3, 16.8, true)};
    return input;
}
} // namespace

class TestWeightedRanking : public QObject
{
    Q_OBJECT

private slots:
    void officialWeightsGiveThePlainSum()
    {
        const auto result = Ranking::rank(phaseOneLike());
        QCOMPARE(result.weightSum, 100.0);
        QVERIFY(!result.weightsNormalised);
        QCOMPARE(result.team(101)->rank, std::optional<int>(1));
        QVERIFY(qFuzzyCompare(*result.team(101)->total, 90.2));
        QCOMPARE(result.team(105)->rank, std::optional<int>(5));
    }

    void gateFailureIsRankedButDoesNotAdvance()
    {
        const auto result = Ranking::rank(phaseOneLike());
        const auto *failed = result.team(102);
        QCOMPARE(failed->rank, std::optional<int>(2));
        QVERIFY(failed->failedGate);
        QVERIFY(!failed->advances);
        QVERIFY(!failed->distanceToCutLine);
        QVERIFY(result.team(101)->advances);
        QVERIFY(result.team(103)->advances);
        QVERIFY(!result.team(104)->advances);
        QCOMPARE(result.advancingCount, 2);
    }

    void gatesCanBeSwitchedOff()
    {
        auto input = phaseOneLike();
        input.applyGates = false;
        const auto result = Ranking::rank(input);
        QVERIFY(result.team(102)->advances);
        QVERIFY(!result.team(103)->advances);
    }

    void cutLineAndDistances()
    {
        const auto result = Ranking::rank(phaseOneLike());
        QVERIFY(qFuzzyCompare(*result.cutLineScore, 79.9));
        // Advancing teams: margin over the best team below the line (104: 78.4).
        QVERIFY(qFuzzyCompare(*result.team(103)->distanceToCutLine, 79.9 - 78.4));
        // Below the line: points missing to the lowest advancing team (negative).
        QVERIFY(qFuzzyCompare(-*result.team(105)->distanceToCutLine, 79.9 - 68.4));
    }

    void tiesShareARankAndSkipTheNext()
    {
        Ranking::Input input;
        input.criteria = {{1, 100, 100, false}};
        input.advancing = 1;
        for (const auto &[id, points] : {std::pair{1, 80.0}, {2, 80.0}, {3, 70.0}})
            input.teams.append({id, {{1, points}}, {}});
        const auto result = Ranking::rank(input);
        QCOMPARE(result.team(1)->rank, std::optional<int>(1));
        QCOMPARE(result.team(2)->rank, std::optional<int>(1));
        QCOMPARE(result.team(3)->rank, std::optional<int>(3));
        // A tie across the line is reported, and both tied teams advance rather than one at random.
        QVERIFY(result.tieAtCutLine);
        QVERIFY(result.team(1)->advances && result.team(2)->advances);
        QCOMPARE(result.advancingCount, 2);
    }

    void missingScoresExcludeAndFlagInsteadOfCountingZero()
    {
        auto input = phaseOneLike();
        input.teams[0].points.remove(2);  // the leader lacks the expert score
        const auto result = Ranking::rank(input);
        const auto *missing = result.team(101);
        QVERIFY(!missing->isRanked());
        QVERIFY(!missing->total);
        QCOMPARE(missing->missingCriteria, QVector<qint64>{2});
        QVERIFY(!missing->advances);
        QCOMPARE(result.teams.last().id, qint64(101));  // unranked teams come last
        QCOMPARE(result.team(102)->rank, std::optional<int>(1));
    }

    void missingGateIsUnknownNotFailed()
    {
        auto input = phaseOneLike();
        input.teams[2].gates.clear();
        const auto result = Ranking::rank(input);
        QVERIFY(result.team(103)->gateUnknown);
        QVERIFY(!result.team(103)->failedGate);
        QVERIFY(result.team(103)->advances);
    }

    void weightsNotSummingTo100AreNormalisedAndReported()
    {
        auto input = phaseOneLike();
        for (auto &c : input.criteria)
            c.weight *= 2;  // same proportions, sum 200
        const auto result = Ranking::rank(input);
        QCOMPARE(result.weightSum, 200.0);
        QVERIFY(result.weightsNormalised);
        QVERIFY(qFuzzyCompare(*result.team(101)->total, 90.2));

        Ranking::Input uneven;
        uneven.criteria = {{1, 10, 30, false}, {2, 10, 30, false}};  // sum 60
        uneven.teams = {{1, {{1, 10.0}, {2, 5.0}}, {}}};
        const auto partial = Ranking::rank(uneven);
        QVERIFY(partial.weightsNormalised);
        QVERIFY(qFuzzyCompare(*partial.team(1)->total, 75.0));
    }

    void zeroWeightsLeaveNobodyRanked()
    {
        auto input = phaseOneLike();
        for (auto &c : input.criteria)
            c.weight = 0;
        const auto result = Ranking::rank(input);
        QCOMPARE(result.advancingCount, 0);
        QVERIFY(!result.team(101)->isRanked());
    }

    void noFlipWhenTheLastAdvancingTeamDominates()
    {
        // 103 beats 104 on every criterion: no single weight can swap them.
        QVERIFY(!Ranking::rank(phaseOneLike()).smallestFlip);
    }

    void smallestFlipIsFoundAndReallyFlips()
    {
        auto input = phaseOneLike();
        input.teams[3].points = {{1, 28.0}, {2, 27.8}, {3, 22.0}};  // 104: weaker overall, stronger on users
        const auto result = Ranking::rank(input);
        QVERIFY(result.smallestFlip);
        const auto flip = *result.smallestFlip;
        QVERIFY(!flip.joining.isEmpty());
        QVERIFY(!flip.leaving.isEmpty());
        // Applying just over the reported change really changes who advances...
        auto changed = input;
        for (auto &c : changed.criteria) {
            if (c.id == flip.criterionId)
                c.weight = flip.newWeight + (flip.weightChange > 0 ? 1e-4 : -1e-4);
        }
        const auto after = Ranking::rank(changed);
        for (qint64 id : flip.joining)
            QVERIFY(after.team(id)->advances);
        for (qint64 id : flip.leaving)
            QVERIFY(!after.team(id)->advances);
        // ...and no single-weight change half as large does.
        for (const auto &criterion : input.criteria) {
            if (criterion.isGate)
                continue;
            for (double sign : {-1.0, 1.0}) {
                auto smaller = input;
                for (auto &c : smaller.criteria) {
                    if (c.id == criterion.id)
                        c.weight = std::max(0.0, c.weight + sign * std::abs(flip.weightChange) / 2);
                }
                const auto nearby = Ranking::rank(smaller);
                for (const auto &t : result.teams)
                    QCOMPARE(nearby.team(t.id)->advances, t.advances);
            }
        }
    }

    void noFlipWhenEveryoneAdvances()
    {
        auto input = phaseOneLike();
        input.advancing = 10;
        QVERIFY(!Ranking::rank(input).smallestFlip);
    }
};

QTEST_APPLESS_MAIN(TestWeightedRanking)
#include "tst_weighted_ranking.moc"
