// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/OverviewFigureModel.h"

#include "DashboardState.h"
#include "items/DomainText.h"

namespace kai {

using namespace kai::domain;

OverviewFigureModel::OverviewFigureModel(const DashboardState &state, QObject *parent)
    : SnapshotTableModel(state, parent)
{
    initialise();
}

QString OverviewFigureModel::columnTitle(int column) const
{
    return column == FigureColumn ? tr("Figure") : tr("Value");
}

void OverviewFigureModel::rebuild()
{
    m_figures = ProgramFigures::compute(state().snapshot());
}

QString OverviewFigureModel::figureName(int figure) const
{
    switch (figure) {
    case AppliedFigure: return tr("Consortia applied");
    case SelectedFigure: return tr("Consortia selected");
    case InCompetitionFigure: return tr("Still in the competition");
    case EliminatedFigure: return tr("Eliminated or not selected");
    case NextMilestoneFigure: return tr("Next milestone");
    case GpuHoursFigure: return tr("GPU-hours used / allocated");
    case FundingFigure: return tr("Funding committed (government / private)");
    }
    return {};
}

QString OverviewFigureModel::figureValue(int figure) const
{
    const DisplayFormat fmt = format();
    switch (figure) {
    case AppliedFigure: return fmt.integer(m_figures.applied);
    case SelectedFigure: return fmt.integer(m_figures.everSelected);
    case InCompetitionFigure: return fmt.integer(m_figures.inCompetition);
    case EliminatedFigure: return fmt.integer(m_figures.eliminated);
    case NextMilestoneFigure:
        if (!m_figures.nextMilestone)
            return tr("None scheduled");
        return tr("%1, %2 (D-%3)")
            .arg(m_figures.nextMilestone->name.in(state().language()),
                 fmt.date(m_figures.nextMilestone->effectiveStart()), fmt.integer(m_figures.daysToNextMilestone));
    case GpuHoursFigure:
        return tr("%1 / %2").arg(fmt.gpuHours(m_figures.gpuHoursUsed), fmt.gpuHours(m_figures.gpuHoursAllocated));
    case FundingFigure:
        return tr("%1 / %2").arg(fmt.money(m_figures.governmentFundingKrw), fmt.money(m_figures.privateFundingKrw));
    }
    return {};
}

QVariant OverviewFigureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool illustrative = m_figures.illustrative
        && (index.row() == GpuHoursFigure || index.row() == FundingFigure);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole: {
        if (index.column() == FigureColumn)
            return figureName(index.row());
        const QString value = figureValue(index.row());
        return illustrative ? tr("%1 (%2)").arg(value, DomainText::illustrative()) : value;
    }
    case IllustrativeRole: return illustrative;
    default: return {};
    }
}

} // namespace kai
