// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/SnapshotTableModel.h"

namespace kai {

// One row per consortium known on the as-of date: lead, members by kind, status, latest model,
// GPUs allocated.
class ConsortiumTableModel : public SnapshotTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn, LeadColumn, LargeEnterpriseColumn, StartupColumn, UniversityColumn, InstituteColumn,
        StatusColumn, LatestModelColumn, GpusColumn, ColumnCount
    };

    explicit ConsortiumTableModel(const DashboardState &state, QObject *parent = nullptr);

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
        domain::BilingualText name;
        domain::BilingualText lead;
        int members[5] = {0, 0, 0, 0, 0};  // by OrganisationKind
        domain::ConsortiumStatus status = domain::ConsortiumStatus::Applied;
        QString latestModel;
        QDate latestModelDate;
        int gpuCount = 0;
        double h100Equivalent = 0;
    };

    QVariant display(const Row &row, int column) const;
    QVariant sortKey(const Row &row, int column) const;

    QVector<Row> m_rows;
};

} // namespace kai
