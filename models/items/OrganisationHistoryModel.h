// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/ScopedTableModel.h"

namespace kai {

// Every consortium one organisation ever belonged to (as known on the as-of date), in joining
// order, flagging memberships that break the one-consortium rule.
class OrganisationHistoryModel : public ScopedTableModel
{
    Q_OBJECT

public:
    enum Column { ConsortiumColumn, RoleColumn, JoinedColumn, LeftColumn, RuleColumn, ColumnCount };

    explicit OrganisationHistoryModel(const DashboardState &state, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // True when any membership shown breaks the rule.
    bool hasBreach() const { return m_hasBreach; }

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    void rebuild() override;

private:
    struct Row
    {
        const domain::Membership *membership = nullptr;
        QVector<qint64> conflictIds;
    };
    QVariant display(const Row &row, int column) const;
    QString consortiumName(qint64 consortiumId) const;

    QVector<Row> m_rows;
    bool m_hasBreach = false;
};

} // namespace kai
