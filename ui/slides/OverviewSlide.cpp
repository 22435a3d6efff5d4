// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/OverviewSlide.h"

#include "items/TimelineText.h"

#include "DashboardState.h"
#include "domain/ProgramFunnel.h"
#include "items/DisplayFormat.h"
#include "items/ApplicantText.h"
#include "items/DomainText.h"
#include "items/GpuCountText.h"
#include "items/PerformanceText.h"
#include "rounds/RoundChartBuilder.h"
#include "slides/SlideBarChart.h"
#include "slides/SlideFigures.h"
#include "slides/SlideTable.h"

#include <QPainter>
#include <algorithm>

namespace kai::ui {

using namespace kai::domain;

OverviewSlide::OverviewSlide(const DashboardState &state)
    : Slide(state), m_figures(ProgramFigures::compute(state.snapshot())), m_teams(state)
{
}

QString OverviewSlide::title() const
{
    return tr("Overview");
}

QString OverviewSlide::standing() const
{
    // Before anyone is selected, "0 teams remain" would read as if every team had been eliminated.
    if (m_figures.everSelected == 0 && m_figures.underReview > 0)
        return tr("%n applicants under review", nullptr, m_figures.underReview);
    if (m_figures.everSelected == 0)
        return tr("No applicants announced yet");
    return tr("%n teams remain", nullptr, m_figures.inCompetition);
}

QString OverviewSlide::headline() const
{
    const ProgramSnapshot &snapshot = state().snapshot();
    const QString teams = standing();
    for (const ProgramFunnel::Step &step : ProgramFunnel::build(snapshot)) {
        if (step.state == ProgramFunnel::StepState::Pending)
            return tr("%1; %2 result pending").arg(teams, step.name.in(state().language()));
    }
    if (m_figures.nextMilestoneOutstanding) {
        return tr("%1; next: %2, %3")
            .arg(teams, m_figures.nextMilestone->name.in(state().language()),
                 TimelineText::notYetAnnounced(*m_figures.nextMilestone, snapshot, state().language()));
    }
    // A countdown only to a day a source states; otherwise the window the sources give.
    if (m_figures.nextMilestone && m_figures.nextMilestone->hasStatedStart()) {
        return tr("%1; next: %2 in %n days", nullptr, int(m_figures.daysToNextMilestone))
            .arg(teams, m_figures.nextMilestone->name.in(state().language()));
    }
    if (m_figures.nextMilestone) {
        return tr("%1; next: %2, %3")
            .arg(teams, m_figures.nextMilestone->name.in(state().language()),
                 TimelineText::plannedWindow(*m_figures.nextMilestone, state().snapshot(), state().language()));
    }
    return teams;
}

QString OverviewSlide::context() const
{
    const DisplayFormat format(state().language());
    return tr("%1 · target: %2 of the global frontier models' performance")
        .arg(asOfText(), format.percent(state().snapshot().program.targetRelativePct, 0));
}

OverviewSlide::Hidden OverviewSlide::illustrativeAreas() const
{
    const ProgramSnapshot &snapshot = state().snapshot();
    Hidden areas;
    for (const GpuAllocation &allocation : snapshot.allocations)
        areas.gpu = areas.gpu || snapshot.isIllustrative(allocation.sourceId);
    for (const GpuUsageTotal &usage : snapshot.usage)
        areas.gpu = areas.gpu || usage.illustrativeSamples > 0;
    for (const Funding &funding : snapshot.funding)
        areas.funding = areas.funding || snapshot.isIllustrative(funding.sourceId);
    return areas;
}

bool OverviewSlide::showsIllustrativeData() const
{
    if (press())
        return false;  // every sample figure is left out
    const Hidden areas = illustrativeAreas();
    const bool performance = m_figures.bestRelative && m_figures.bestRelative->illustrative;
    return areas.gpu || areas.funding || performance
        || SlideTable::fromModel(m_teams, {CompetingTeamModel::LatestResultColumn}, false).illustrative;
}

SlideFigures OverviewSlide::figures() const
{
    const DisplayFormat fmt(state().language());
    const Hidden areas = illustrativeAreas();
    SlideFigures row;
    const ApplicantText::TeamsFigure teams = ApplicantText::teams(m_figures, state().language());
    row.figures.append({tr("Teams in the competition"), teams.value, teams.detail});
    if (m_figures.nextMilestoneOutstanding) {
        row.figures.append({tr("Next milestone"), m_figures.nextMilestone->name.in(state().language()),
                            TimelineText::notYetAnnounced(*m_figures.nextMilestone, state().snapshot(),
                                                          state().language())});
    } else if (m_figures.nextMilestone && m_figures.nextMilestone->hasStatedStart()) {
        row.figures.append({tr("Next milestone"), tr("D-%1").arg(m_figures.daysToNextMilestone),
                            tr("%1 · %2").arg(m_figures.nextMilestone->name.in(state().language()),
                                              fmt.date(m_figures.nextMilestone->effectiveStart()))});
    } else if (m_figures.nextMilestone) {
        row.figures.append({tr("Next milestone"), m_figures.nextMilestone->name.in(state().language()),
                            TimelineText::plannedWindow(*m_figures.nextMilestone, state().snapshot(),
                                                        state().language())});
    } else {
        row.figures.append({tr("Next milestone"), tr("None"), tr("No further stage is scheduled")});
    }
    const auto leftOut = [this](bool illustrative) { return press() && illustrative; };
    const std::optional<RelativePerformance> &best = m_figures.bestRelative;
    if (best && press() && best->confidential && !best->illustrative) {
        row.figures.append({PerformanceText::caption(), DomainText::confidential(), PerformanceText::comparison(*best)});
    } else if (best && !leftOut(best->illustrative)) {
        row.figures.append({PerformanceText::caption(), fmt.percent(best->relativePct),
                            PerformanceText::detail(*best, state().snapshot().program.targetRelativePct, state().language()),
                            best->illustrative});
    } else if (best) {
        row.figures.append({PerformanceText::caption(), DomainText::notPublished(), tr("Only illustrative figures so far")});
    } else if (!m_figures.anyEvaluationHeld) {
        // Nothing was evaluated: "not published" would say a score exists and is withheld.
        row.figures.append({PerformanceText::caption(), tr("Not yet evaluated"), tr("No evaluated round yet")});
    } else {
        row.figures.append({PerformanceText::caption(), DomainText::notPublished(),
                            tr("No score against a reference model published")});
    }
    if (leftOut(areas.gpu) || m_figures.gpuHoursAllocated <= 0) {
        row.figures.append({tr("GPU use to date"), DomainText::notPublished(), tr("No published usage figures")});
    } else {
        const bool approximate = m_figures.gpuHoursAllocatedApproximate;
        row.figures.append({tr("GPU use to date"),
                            GpuCountText::derived(fmt.percent(m_figures.gpuHoursUsed / m_figures.gpuHoursAllocated * 100.0),
                                                  approximate),
                            tr("%1 of %2 GPU-hours").arg(fmt.gpuHours(m_figures.gpuHoursUsed),
                                                         GpuCountText::derived(fmt.gpuHours(m_figures.gpuHoursAllocated),
                                                                               approximate)),
                            areas.gpu});
    }
    if (leftOut(areas.funding)) {
        row.figures.append({tr("Funding committed"), DomainText::notPublished(), tr("No published funding figures")});
    } else {
        row.figures.append({tr("Funding committed"),
                            fmt.money(m_figures.governmentFundingKrw + m_figures.privateFundingKrw),
                            tr("Government %1 · private %2").arg(fmt.money(m_figures.governmentFundingKrw),
                                                                  fmt.money(m_figures.privateFundingKrw)),
                            areas.funding});
    }
    return row;
}

void OverviewSlide::paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const
{
    Q_UNUSED(page)
    const SlideFigures row = figures();
    const qreal figuresHeight = row.height(style, body.width());
    row.paint(painter, QRectF(body.topLeft(), QSizeF(body.width(), figuresHeight)), style);

    const qreal top = body.top() + figuresHeight + style.gutter();
    const qreal column = (body.width() - style.gutter()) / 2;
    const QFont heading = style.font(SlideStyle::Text::Heading, true);
    const qreal headingHeight = QFontMetricsF(heading).height() * 1.5;
    painter.setFont(heading);
    painter.setPen(style.ink());
    painter.drawText(QRectF(body.left(), top, column, headingHeight), Qt::AlignLeft | Qt::AlignTop,
                     tr("Teams left after each round"));
    painter.drawText(QRectF(body.left() + column + style.gutter(), top, column, headingHeight),
                     Qt::AlignLeft | Qt::AlignTop, tr("Teams still in the competition"));
    const QRectF left(body.left(), top + headingHeight, column, body.bottom() - top - headingHeight);
    const QRectF right = left.translated(column + style.gutter(), 0);

    const RoundChartBuilder builder(state().snapshot(), state().language());
    HorizontalBarChart::Data funnel = builder.funnel(ProgramFunnel::build(state().snapshot()));
    funnel.valueAxisTitle.clear();
    SlideBarChart(funnel).paint(painter, left, style);

    SlideTable teams = SlideTable::fromModel(
        m_teams, {CompetingTeamModel::ConsortiumColumn, CompetingTeamModel::LatestResultColumn,
                  CompetingTeamModel::LatestModelColumn},
        press());
    const ConsortiumPalette palette = consortiumPalette();
    for (int row = 0; row < m_teams.rowCount(); ++row)
        teams.swatches.append(palette.swatch(m_teams.index(row, 0).data(SnapshotTableModel::IdRole).toLongLong()));
    teams.paint(painter, right, style, 0);
}

} // namespace kai::ui
