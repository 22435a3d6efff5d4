// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/SnapshotTableModel.h"

#include "DashboardState.h"

namespace kai {

SnapshotTableModel::SnapshotTableModel(const DashboardState &state, QObject *parent)
    : QAbstractTableModel(parent), m_state(state)
{
    connect(&state, &DashboardState::snapshotChanged, this, &SnapshotTableModel::onSnapshotChanged);
    connect(&state, &DashboardState::languageChanged, this, &SnapshotTableModel::onLanguageChanged);
}

void SnapshotTableModel::initialise()
{
    onSnapshotChanged();
}

int SnapshotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int SnapshotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant SnapshotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return columnTitle(section);
    if (role == SourceCodeRole)
        return section == sourceCodeColumn();
    return {};
}

QVariant SnapshotTableModel::sourceCode(qint64 sourceId) const
{
    const domain::Source *source = m_state.snapshot().source(sourceId);
    return source ? QVariant(source->code) : QVariant();
}

DisplayFormat SnapshotTableModel::format() const
{
    return DisplayFormat(m_state.language());
}

void SnapshotTableModel::onSnapshotChanged()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void SnapshotTableModel::onLanguageChanged()
{
    // Names come in both languages from the database and enum texts from tr(): every cell may change.
    if (columns() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns() - 1);
    if (rows() > 0 && columns() > 0)
        emit dataChanged(index(0, 0), index(rows() - 1, columns() - 1));
}

} // namespace kai
