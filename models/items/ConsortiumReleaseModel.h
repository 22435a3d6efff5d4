// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/ScopedTableModel.h"

namespace kai {

// The models one consortium released by the as-of date, newest first: size, date, licence, source.
class ConsortiumReleaseModel : public ScopedTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SizeColumn, ReleasedColumn, LicenceColumn, SourceColumn, ColumnCount };

    explicit ConsortiumReleaseModel(const DashboardState &state, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    void rebuild() override;

private:
    QVariant display(const domain::ReleasedModel &model, int column) const;
    QString size(const domain::ReleasedModel &model) const;

    QVector<const domain::ReleasedModel *> m_rows;
};

} // namespace kai
