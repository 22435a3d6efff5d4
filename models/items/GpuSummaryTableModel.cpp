// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/GpuSummaryTableModel.h"

#include "DashboardState.h"
#include "items/GpuCountText.h"
#include "items/DomainText.h"

#include <algorithm>

namespace kai {

using namespace kai::domain;

GpuSummaryTableModel::GpuSummaryTableModel(const DashboardState &state, QObject *parent)
    : SnapshotTableModel(state, parent)
{
    initialise();
}

QString GpuSummaryTableModel::columnTitle(int column) const
{
    switch (column) {
    case ConsortiumColumn: return tr("Consortium");
    case GpusNowColumn: return tr("GPUs on the as-of date");
    case AllocatedHoursColumn: return tr("GPU-hours allocated");
    case UsedHoursColumn: return tr("GPU-hours used");
    case UtilisationColumn: return tr("Allocation used");
    case UsedH100Column: return tr("H100-equivalent hours used");
    case ProvenanceColumn: return tr("Data");
    }
    return {};
}

void GpuSummaryTableModel::rebuild()
{
    m_rows.clear();
    const ProgramSnapshot &snapshot = state().snapshot();
    // Usage of a day counts once the day is over, so capacity runs to the day before the as-of date.
    const QDate lastDay = snapshot.asOf.addDays(-1);
    for (const Consortium &consortium : snapshot.consortia) {
        Row row;
        row.consortiumId = consortium.id;
        row.name = consortium.name;
        GpuCapacity allocated;
        for (const GpuAllocation *allocation : snapshot.allocationsOf(consortium.id)) {
            const bool illustrative = snapshot.isIllustrative(allocation->sourceId);
            if (allocation->periodStart <= snapshot.asOf && snapshot.asOf <= allocation->periodEnd) {
                row.gpusNow += allocation->gpuCount;
                row.gpusNowApproximate = row.gpusNowApproximate || allocation->approximate;
                row.gpusNowIllustrative = row.gpusNowIllustrative || illustrative;
            }
            allocated.add(*allocation, allocation->periodStart, lastDay);
            row.allocationIllustrative = row.allocationIllustrative || illustrative;
            if (const Source *source = snapshot.source(allocation->sourceId); source && !row.sourceCodes.contains(source->code))
                row.sourceCodes.append(source->code);
        }
        row.allocatedHours = allocated.hours;
        row.allocatedApproximate = allocated.approximate;
        if (const GpuUsageTotal *usage = snapshot.usageOf(consortium.id)) {
            row.usedHours = usage->gpuHours;
            row.usedH100Hours = usage->h100EquivalentHours;
            row.usageIllustrative = usage->illustrativeSamples > 0;
        }
        row.illustrative = row.gpusNowIllustrative || row.allocationIllustrative || row.usageIllustrative;
        if (row.allocatedHours > 0 || row.usedHours > 0)
            m_rows.append(row);
    }
}

QVariant GpuSummaryTableModel::display(const Row &row, int column) const
{
    const DisplayFormat fmt = format();
    switch (column) {
    case ConsortiumColumn: return row.name.in(state().language());
    case GpusNowColumn: return GpuCountText::count(row.gpusNow, row.gpusNowApproximate, state().language());
    case AllocatedHoursColumn: return GpuCountText::derived(fmt.gpuHours(row.allocatedHours), row.allocatedApproximate);
    case UsedHoursColumn: return fmt.gpuHours(row.usedHours);
    case UtilisationColumn:
        return row.allocatedHours > 0 ? GpuCountText::derived(fmt.percent(row.utilisationPct()), row.allocatedApproximate)
                                      : QString();
    case UsedH100Column: return fmt.gpuHours(row.usedH100Hours);
    case ProvenanceColumn: return row.illustrative ? DomainText::illustrative() : tr("Reported");
    }
    return {};
}

QVariant GpuSummaryTableModel::sortKey(const Row &row, int column) const
{
    switch (column) {
    case GpusNowColumn: return row.gpusNow;
    case AllocatedHoursColumn: return row.allocatedHours;
    case UsedHoursColumn: return row.usedHours;
    case UtilisationColumn: return row.utilisationPct();
    case UsedH100Column: return row.usedH100Hours;
    default: return display(row, column);
    }
}

bool GpuSummaryTableModel::isIllustrative(const Row &row, int column)
{
    switch (column) {
    case GpusNowColumn: return row.gpusNowIllustrative;
    case AllocatedHoursColumn: return row.allocationIllustrative;
    case UsedHoursColumn:
    case UsedH100Column: return row.usageIllustrative;
    case UtilisationColumn: return row.illustrative;
    default: return false;
    }
}

QVariant GpuSummaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case SortRole: return sortKey(row, index.column());
    case IdRole: return row.consortiumId;
    case SourceCodeRole: return row.sourceCodes.join(QStringLiteral(", "));
    case IllustrativeRole: return isIllustrative(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == ConsortiumColumn || index.column() == ProvenanceColumn
            ? QVariant()
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

} // namespace kai
