// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/SnapshotTableModel.h"

namespace kai {

// Every published result of every selection and elimination round known on the as-of date.
class RoundResultTableModel : public SnapshotTableModel
{
    Q_OBJECT

public:
    enum Column {
        RoundColumn, ConsortiumColumn, RankColumn, TotalColumn, OutcomeColumn, ReasonColumn, PublishedColumn,
        SourceColumn, ColumnCount
    };

    explicit RoundResultTableModel(const DashboardState &state, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_results.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    void rebuild() override;

private:
    QVariant display(const domain::RoundResult &result, int column) const;
    QVariant sortKey(const domain::RoundResult &result, int column) const;
    QString totalText(const domain::RoundResult &result) const;

    QVector<domain::RoundResult> m_results;
};

} // namespace kai
