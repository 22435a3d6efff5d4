// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/ScopedTableModel.h"

namespace kai {

// One consortium's result in every round published by the as-of date, in stage order, each with
// the source that announced it.
class ConsortiumRoundModel : public ScopedTableModel
{
    Q_OBJECT

public:
    enum Column { RoundColumn, PublishedColumn, OutcomeColumn, DetailColumn, SourceColumn, ColumnCount };

    explicit ConsortiumRoundModel(const DashboardState &state, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    void rebuild() override;

private:
    QVariant display(const domain::RoundResult &result, int column) const;
    QString detail(const domain::RoundResult &result) const;

    QVector<const domain::RoundResult *> m_rows;
};

} // namespace kai
