// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/RoundChartBuilder.h"

#include "items/ConsortiumPalette.h"
#include "items/DisplayFormat.h"
#include "items/DomainText.h"
#include "items/StatusPalette.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace kai::ui {

using namespace kai::domain;
using StepState = ProgramFunnel::StepState;

QString RoundChartBuilder::consortiumName(qint64 id) const
{
    const Consortium *c = m_snapshot.consortium(id);
    return c ? c->name.in(m_language) : QString();
}

QString RoundChartBuilder::referenceLabel(const RoundReference &reference) const
{
    const QString name = reference.benchmarkName.in(m_language);
    return reference.isAggregate() ? tr("Overall: %1").arg(name) : name;
}

QString RoundChartBuilder::referenceCaption(const RoundDetails &details) const
{
    QStringList models;
    QStringList dates;
    const DisplayFormat format(m_language);
    for (const RoundReference &r : details.references) {
        if (!models.contains(r.referenceModel))
            models << r.referenceModel;
        const QString day = format.date(r.frozenOn);
        if (!dates.contains(day))
            dates << day;
    }
    QStringList scored;
    for (const ModelScore &s : details.modelScores) {
        const QString entry = tr("%1: %2").arg(consortiumName(s.consortiumId), s.modelName);
        if (!scored.contains(entry))
            scored << entry;
    }
    return tr("Reference: %1, frozen on %2 for this round. Models scored: %3.")
        .arg(models.join(tr(", ")), dates.join(tr(", ")), scored.join(tr("; ")));
}

HorizontalBarChart::Data RoundChartBuilder::relativePerformance(const RoundDetails &details, int referenceIndex) const
{
    HorizontalBarChart::Data data;
    const double target = m_snapshot.program.targetRelativePct;
    const DisplayFormat format(m_language);
    data.valueAxisTitle = tr("Score as % of the reference model");
    data.referenceLine = target;
    // The line is a share of the round's reference model, not the programme's target, which
    // counts the global frontier models.
    data.referenceLineName = tr("%1 of the reference").arg(format.percent(target, 0));
    HorizontalBarChart::Set meets{tr("At or above %1 of the reference (solid, outlined)").arg(format.percent(target, 0)), {},
                                  StatusPalette::background(Outcome::Advanced).darker(125), Qt::SolidPattern,
                                  Qt::SolidLine};
    HorizontalBarChart::Set below{tr("Below %1 of the reference (hatched)").arg(format.percent(target, 0)), {},
                                  StatusPalette::background(Outcome::Eliminated).darker(140), Qt::BDiagPattern,
                                  Qt::DotLine};
    if (referenceIndex < 0 || referenceIndex >= details.references.size())
        return data;
    const RoundReference &reference = details.references[referenceIndex];
    bool illustrative = m_snapshot.isIllustrative(reference.sourceId);
    double highest = 100;
    struct Bar { const ModelScore *score; double pct; };
    QVector<Bar> bars;
    bool leftOut = false;
    for (const ModelScore &score : details.modelScores) {
        if (score.benchmarkId != reference.benchmarkId)
            continue;
        if (m_pressMode && score.isConfidential) {
            leftOut = true;
            continue;
        }
        bars.append({&score, score.score / reference.referenceScore * 100.0});
    }
    // Best first, so that the target line splits the list into those who clear it and those who do not.
    std::stable_sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) { return a.pct > b.pct; });
    for (const Bar &bar : bars) {
        const bool clears = bar.pct + 1e-9 >= target;
        illustrative = illustrative || m_snapshot.isIllustrative(bar.score->sourceId);
        QString label = tr("%1: %2").arg(consortiumName(bar.score->consortiumId), format.percentAgainst(bar.pct, target));
        label += clears ? tr(" ✓ meets") : tr(" ✗ below");
        if (bar.score->isConfidential)
            label += tr(" (confidential)");
        data.categories << label;
        meets.values << (clears ? bar.pct : 0.0);
        below.values << (clears ? 0.0 : bar.pct);
        highest = std::max(highest, bar.pct);
    }
    data.sets = {meets, below};
    data.maximum = std::ceil(highest / 10.0) * 10.0 + 10.0;
    data.title = tr("%1 vs %2 (frozen %3)").arg(referenceLabel(reference), reference.referenceModel,
                                                 format.date(reference.frozenOn));
    if (illustrative)
        data.title += tr(" — includes illustrative samples");
    if (leftOut)
        data.title += tr(" — unpublished scores left out");
    return data;
}

QString RoundChartBuilder::stepName(const ProgramFunnel::Step &step) const
{
    return step.name.isEmpty() ? tr("Applications") : step.name.in(m_language);
}

QString RoundChartBuilder::stepLabel(const ProgramFunnel::Step &step) const
{
    const QString count = QString::number(step.teamsAfter);
    switch (step.state) {
    case StepState::Done:
        return tr("%1: %2").arg(stepName(step), count);
    case StepState::Pending:
        return tr("%1: result pending (at most %2)").arg(stepName(step), count);
    case StepState::Planned:
        return tr("%1: planned, at most %2").arg(stepName(step), count);
    }
    return stepName(step);
}

HorizontalBarChart::Data RoundChartBuilder::funnel(const QVector<ProgramFunnel::Step> &steps) const
{
    HorizontalBarChart::Data data;
    data.title = tr("Consortia in the running after each step, as known on %1")
                     .arg(DisplayFormat(m_language).date(m_snapshot.asOf));
    data.valueAxisTitle = tr("Consortia");
    const QColor base = StatusPalette::background(Outcome::Advanced).darker(130);
    HorizontalBarChart::Set done{tr("Published"), {}, base, Qt::SolidPattern, Qt::SolidLine};
    HorizontalBarChart::Set pending{tr("Result pending (at most)"), {}, base.lighter(115), Qt::Dense4Pattern,
                                    Qt::SolidLine};
    HorizontalBarChart::Set planned{tr("Planned (at most)"), {}, base.lighter(140), Qt::Dense6Pattern,
                                    Qt::DashLine};
    int highest = 1;
    for (const auto &step : steps) {
        data.categories << stepLabel(step);
        done.values << (step.state == StepState::Done ? step.teamsAfter : 0);
        pending.values << (step.state == StepState::Pending ? step.teamsAfter : 0);
        planned.values << (step.state == StepState::Planned ? step.teamsAfter : 0);
        highest = std::max(highest, step.teamsAfter);
    }
    data.sets = {done, pending, planned};
    data.maximum = highest + 1;
    return data;
}

QString RoundChartBuilder::funnelAnnotations(const QVector<ProgramFunnel::Step> &steps) const
{
    QStringList lines;
    for (const auto &step : steps) {
        QStringList parts;
        for (const auto &exit : step.exits) {
            parts << tr("%1 left (%2)").arg(consortiumName(exit.consortiumId).toHtmlEscaped(),
                                            DomainText::exitReason(exit.reason).toHtmlEscaped());
        }
        for (const auto &reentry : step.reentries) {
            const Stage *via = m_snapshot.stage(reentry.viaStageId);
            parts << tr("%1 re-entered through the %2").arg(consortiumName(reentry.consortiumId).toHtmlEscaped(),
                                                           via ? via->name.in(m_language).toHtmlEscaped() : QString());
        }
        for (qint64 id : step.newApplicants)
            parts << tr("%1 applied and was not selected").arg(consortiumName(id).toHtmlEscaped());
        if (!parts.isEmpty())
            lines << tr("<b>%1</b>: %2").arg(stepName(step).toHtmlEscaped(), parts.join(tr("; ")));
    }
    return lines.join(QStringLiteral("<br>"));
}

QVector<const Stage *> RoundChartBuilder::rankedRounds() const
{
    QVector<const Stage *> rounds;
    for (const Stage &stage : m_snapshot.stages) {
        const auto results = m_snapshot.resultsOfStage(stage.id);
        if (std::any_of(results.cbegin(), results.cend(), [](const RoundResult *r) { return r->rank.has_value(); }))
            rounds.append(&stage);
    }
    return rounds;
}

QStringList RoundChartBuilder::rankedRoundNames() const
{
    QStringList names;
    for (const Stage *stage : rankedRounds())
        names << stage->name.in(m_language);
    return names;
}

BumpChart::Data RoundChartBuilder::rankMovement() const
{
    BumpChart::Data data;
    data.title = tr("Rank movement across ranked rounds");
    data.rankAxisTitle = tr("Rank");
    const auto rounds = rankedRounds();
    for (const Stage *stage : rounds)
        data.rounds << stage->name.in(m_language);
    const ConsortiumPalette palette(m_snapshot);
    for (const Consortium &c : m_snapshot.consortia) {
        BumpChart::Line line{c.name.in(m_language), QVector<int>(rounds.size(), 0), palette.colour(c.id)};
        int ranked = 0;
        for (int i = 0; i < rounds.size(); ++i) {
            for (const RoundResult *r : m_snapshot.resultsOfStage(rounds[i]->id)) {
                if (r->consortiumId == c.id && r->rank) {
                    line.ranks[i] = *r->rank;
                    ++ranked;
                }
            }
        }
        if (ranked > 1)
            data.lines.append(line);
    }
    return data;
}

} // namespace kai::ui
