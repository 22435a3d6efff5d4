// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/SnapshotTableModel.h"

namespace kai {

// The program's calendar as known on the as-of date: planned and (once announced) actual dates.
class StageTableModel : public SnapshotTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn, KindColumn, PlannedStartColumn, PlannedEndColumn, ActualStartColumn, ActualEndColumn,
        AdvancingColumn, SourceColumn, ColumnCount
    };

    explicit StageTableModel(const DashboardState &state, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_stages.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    void rebuild() override;
    int sourceCodeColumn() const override { return SourceColumn; }

private:
    QVariant display(const domain::Stage &stage, int column) const;
    QVariant sortKey(const domain::Stage &stage, int column) const;

    QVector<domain::Stage> m_stages;
};

} // namespace kai
