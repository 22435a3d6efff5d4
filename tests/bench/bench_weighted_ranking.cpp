// SPDX-License-Identifier: GPL-3.0-or-later
// How long one what-if re-ranking takes (the panel runs it on every slider step), including the
// search for the smallest weight change that flips an outcome.
#include "domain/WeightedRanking.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <cstdio>

using kai::domain::WeightedRanking;

namespace {
WeightedRanking::Input randomInput(int teams, int criteria, QRandomGenerator &random)
{
    WeightedRanking::Input input;
    input.advancing = teams / 2;
    for (int c = 0; c < criteria; ++c)
        input.criteria.append({c + 1, 10, 100.0 / criteria, false});
    input.criteria.append({1000, 1, 0, true});
    for (int t = 0; t < teams; ++t) {
        WeightedRanking::Team team;
        team.id = t + 1;
        for (int c = 0; c < criteria; ++c)
            team.points.insert(c + 1, random.bounded(10.0));
        team.gates.insert(1000, random.bounded(10) > 0);
        input.teams.append(team);
    }
    return input;
}
} // namespace

int main()
{
    QRandomGenerator random(42);
    for (const auto &[teams, criteria] : {std::pair{5, 5}, {15, 5}, {15, 10}, {50, 10}}) {
        const auto input = randomInput(teams, criteria, random);
        constexpr int runs = 200;
        QElapsedTimer timer;
        timer.start();
        int flips = 0;
        for (int i = 0; i < runs; ++i)
            flips += WeightedRanking::rank(input).smallestFlip ? 1 : 0;
        const double ms = double(timer.nsecsElapsed()) / 1e6 / runs;
        std::printf("%2d teams x %2d criteria: %.3f ms per re-ranking with flip search (%s)\n", teams, criteria, ms,
                    flips ? "flip found" : "no flip");
    }
    return 0;
}
