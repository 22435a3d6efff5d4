// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/SnapshotTableModel.h"

namespace kai {

// The teams still in the competition on the as-of date, each with its latest result.
class CompetingTeamModel : public SnapshotTableModel
{
    Q_OBJECT

public:
    enum Column { ConsortiumColumn, StatusColumn, LatestResultColumn, LatestModelColumn, ColumnCount };

    explicit CompetingTeamModel(const DashboardState &state, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    void rebuild() override;

private:
    struct Row
    {
        qint64 consortiumId = 0;
        domain::ConsortiumStatus status = domain::ConsortiumStatus::Selected;
        const domain::RoundResult *latest = nullptr;
        const domain::ReleasedModel *model = nullptr;
    };

    QString latestResultText(const Row &row) const;

    QVector<Row> m_rows;
};

} // namespace kai
