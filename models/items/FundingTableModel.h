// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/SnapshotTableModel.h"

namespace kai {

// Government and private funding per consortium and year, with the government's share and the
// open-source grade that set it. Amounts carry MoneyRole, so exports write them as numbers.
class FundingTableModel : public SnapshotTableModel
{
    Q_OBJECT

public:
    enum Column { ConsortiumColumn, YearColumn, GovernmentColumn, PrivateColumn, ShareColumn, GradeColumn, SourceColumn,
                  ColumnCount };

    explicit FundingTableModel(const DashboardState &state, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    void rebuild() override;
    int sourceCodeColumn() const override { return SourceColumn; }

private:
    QVariant display(const domain::Funding &funding, int column) const;
    QVariant sortKey(const domain::Funding &funding, int column) const;
    static std::optional<double> sharePct(const domain::Funding &funding);

    QVector<domain::Funding> m_rows;
    int m_moneyDecimals = 1;
};

} // namespace kai
