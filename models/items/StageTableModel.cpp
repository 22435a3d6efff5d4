// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/StageTableModel.h"

#include "DashboardState.h"
#include "items/DomainText.h"

namespace kai {

using namespace kai::domain;

StageTableModel::StageTableModel(const DashboardState &state, QObject *parent) : SnapshotTableModel(state, parent)
{
    initialise();
}

QString StageTableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn: return tr("Stage");
    case KindColumn: return tr("Kind");
    case PlannedStartColumn: return tr("Planned start");
    case PlannedEndColumn: return tr("Planned end");
    case ActualStartColumn: return tr("Actual start");
    case ActualEndColumn: return tr("Actual end");
    case AdvancingColumn: return tr("Max. teams advancing");
    case SourceColumn: return tr("Source");
    }
    return {};
}

void StageTableModel::rebuild()
{
    m_stages = state().snapshot().stages;
}

QVariant StageTableModel::display(const Stage &stage, int column) const
{
    const DisplayFormat fmt = format();
    switch (column) {
    case NameColumn: return stage.name.in(state().language());
    case KindColumn: return DomainText::stageKind(stage.kind);
    case PlannedStartColumn: return fmt.date(stage.plannedStart, stage.plannedPrecision());
    case PlannedEndColumn: return fmt.date(stage.plannedEnd, stage.plannedPrecision());
    case ActualStartColumn: return fmt.date(stage.actualStart, stage.actualStartPrecision);
    case ActualEndColumn: return fmt.date(stage.actualEnd);
    case AdvancingColumn: return stage.maxAdvancing ? fmt.integer(*stage.maxAdvancing) : QString();
    case SourceColumn: {
        const Source *source = state().snapshot().source(stage.sourceId);
        return source ? source->code : QString();
    }
    }
    return {};
}

QVariant StageTableModel::sortKey(const Stage &stage, int column) const
{
    switch (column) {
    case NameColumn: return stage.seq;
    case KindColumn: return int(stage.kind);
    case PlannedStartColumn: return stage.plannedStart;
    case PlannedEndColumn: return stage.plannedEnd;
    case ActualStartColumn: return stage.actualStart;
    case ActualEndColumn: return stage.actualEnd;
    case AdvancingColumn: return stage.maxAdvancing.value_or(-1);
    default: return display(stage, column);
    }
}

QVariant StageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Stage &stage = m_stages[index.row()];
    switch (role) {
    case Qt::DisplayRole: return display(stage, index.column());
    case SortRole: return sortKey(stage, index.column());
    case IdRole: return stage.id;
    case SourceCodeRole: return sourceCode(stage.sourceId);
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn) {
            const Source *source = state().snapshot().source(stage.sourceId);
            return source ? source->titleIn(state().language()) : QString();
        }
        return {};
    default: return {};
    }
}

} // namespace kai
