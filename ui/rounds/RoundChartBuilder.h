// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/BumpChart.h"
#include "charts/HorizontalBarChart.h"
#include "domain/ProgramFunnel.h"
#include "domain/RoundDetails.h"

#include <QCoreApplication>

namespace kai::ui {

// Turns the round's domain data into the plain, translated data the charts draw. Kept apart from
// the view so that the view only wires widgets, and from ui/charts so that charts stay generic.
class RoundChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RoundChartBuilder)

public:
    // pressMode: leave confidential scores out of the charts (the 보도용 export profile).
    RoundChartBuilder(const domain::ProgramSnapshot &snapshot, domain::Language language, bool pressMode = false)
        : m_snapshot(snapshot), m_language(language), m_pressMode(pressMode)
    {
    }

    // Each consortium's score as a percentage of the round's frozen reference on one benchmark.
    HorizontalBarChart::Data relativePerformance(const domain::RoundDetails &details, int referenceIndex) const;
    QString referenceCaption(const domain::RoundDetails &details) const;
    HorizontalBarChart::Data funnel(const QVector<domain::ProgramFunnel::Step> &steps) const;
    // Rich text: each step's exits with reasons and re-entries with routes.
    QString funnelAnnotations(const QVector<domain::ProgramFunnel::Step> &steps) const;
    // Empty lines when no consortium was ranked in two or more rounds.
    BumpChart::Data rankMovement() const;
    QStringList rankedRoundNames() const;

    QString referenceLabel(const domain::RoundReference &reference) const;

private:
    QString consortiumName(qint64 id) const;
    QString stepLabel(const domain::ProgramFunnel::Step &step) const;
    QString stepName(const domain::ProgramFunnel::Step &step) const;
    QVector<const domain::Stage *> rankedRounds() const;

    const domain::ProgramSnapshot &m_snapshot;
    domain::Language m_language;
    bool m_pressMode = false;
};

} // namespace kai::ui
