// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/ScopedTableModel.h"

namespace kai {

// The GPU allocations of one consortium announced by the as-of date: provider, GPU model, count,
// H100 equivalents and period.
class ConsortiumAllocationModel : public ScopedTableModel
{
    Q_OBJECT

public:
    enum Column { ProviderColumn, GpuColumn, CountColumn, H100Column, PeriodColumn, SourceColumn, ColumnCount };

    explicit ConsortiumAllocationModel(const DashboardState &state, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    void rebuild() override;

private:
    QVariant display(const domain::GpuAllocation &allocation, int column) const;

    QVector<const domain::GpuAllocation *> m_rows;
};

} // namespace kai
