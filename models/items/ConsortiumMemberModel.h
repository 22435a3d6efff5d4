// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/ScopedTableModel.h"

namespace kai {

// The members of one consortium grouped by kind (large enterprises first), the lead first within
// its group: role, joining and leaving dates, and whether a company breaks the one-consortium rule.
// The source of each membership is the organisation cell's tooltip (the panel is narrow).
class ConsortiumMemberModel : public ScopedTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, OrganisationColumn, RoleColumn, PeriodColumn, ColumnCount };

    explicit ConsortiumMemberModel(const DashboardState &state, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    void rebuild() override;

private:
    struct Row
    {
        const domain::Membership *membership = nullptr;
        const domain::Organisation *organisation = nullptr;
        bool breachesRule = false;
    };
    QVariant display(const Row &row, int column) const;
    QString period(const domain::Membership &membership) const;
    bool startsGroup(int row) const;
    QString sourceTitle(const Row &row) const;

    QVector<Row> m_rows;
};

} // namespace kai
