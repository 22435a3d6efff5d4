// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/ConsortiumAllocationModel.h"

#include "DashboardState.h"
#include "items/GpuCountText.h"

namespace kai {

using namespace kai::domain;

ConsortiumAllocationModel::ConsortiumAllocationModel(const DashboardState &state, QObject *parent)
    : ScopedTableModel(state, parent)
{
    initialise();
}

QString ConsortiumAllocationModel::columnTitle(int column) const
{
    switch (column) {
    case ProviderColumn: return tr("Provider");
    case GpuColumn: return tr("GPU");
    case CountColumn: return tr("GPUs");
    case H100Column: return tr("H100 eq.", "H100-equivalent GPUs, short column heading");
    case PeriodColumn: return tr("Period");
    case SourceColumn: return tr("Source");
    }
    return {};
}

void ConsortiumAllocationModel::rebuild()
{
    m_rows = state().snapshot().allocationsOf(scopeId());
}

QVariant ConsortiumAllocationModel::display(const GpuAllocation &allocation, int column) const
{
    const DisplayFormat fmt = format();
    switch (column) {
    case ProviderColumn: return allocation.providerName.in(state().language());
    case GpuColumn: return allocation.gpuModelCode;
    case CountColumn: return GpuCountText::of(allocation, state().language());
    case H100Column:
        if (allocation.noneAllocated())
            return fmt.integer(0);
        return allocation.approximate ? GpuCountText::count(qRound64(allocation.gpuCount * allocation.h100Equivalent), true, state().language())
                                      : fmt.number(allocation.gpuCount * allocation.h100Equivalent, 0);
    case PeriodColumn:
        return tr("%1 – %2").arg(fmt.shortDate(allocation.periodStart), fmt.shortDate(allocation.periodEnd));
    case SourceColumn: return sourceData(allocation.sourceId, Qt::DisplayRole);
    }
    return {};
}

QVariant ConsortiumAllocationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GpuAllocation &allocation = *m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return display(allocation, index.column());
    case IdRole: return allocation.id;
    case SourceCodeRole: return sourceCode(allocation.sourceId);
    case SortRole:
        return index.column() == CountColumn    ? QVariant(allocation.gpuCount)
            : index.column() == PeriodColumn ? QVariant(allocation.periodStart)
                                             : display(allocation, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn || index.column() == H100Column
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::ToolTipRole:
        return index.column() == SourceColumn ? sourceData(allocation.sourceId, role) : display(allocation, index.column());
    case IllustrativeRole:
        return index.column() == SourceColumn ? sourceData(allocation.sourceId, role) : QVariant(false);
    default: return {};
    }
}

} // namespace kai
