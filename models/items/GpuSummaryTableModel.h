// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/SnapshotTableModel.h"

#include <QStringList>

namespace kai {

// Allocated against used GPU-hours per consortium up to the as-of date, raw and in H100 equivalents.
class GpuSummaryTableModel : public SnapshotTableModel
{
    Q_OBJECT

public:
    enum Column {
        ConsortiumColumn, GpusNowColumn, AllocatedHoursColumn, UsedHoursColumn, UtilisationColumn,
        UsedH100Column, ProvenanceColumn, ColumnCount
    };

    explicit GpuSummaryTableModel(const DashboardState &state, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    struct Row
    {
        qint64 consortiumId = 0;
        domain::BilingualText name;
        int gpusNow = 0;
        bool gpusNowApproximate = false;  // a count added in is "about N"
        double allocatedHours = 0;  // capacity of allocations from their start up to the as-of date
        bool allocatedApproximate = false;  // an "about N" count adds to it
        double usedHours = 0;
        double usedH100Hours = 0;
        bool illustrative = false;            // any figure of the row
        bool gpusNowIllustrative = false;     // of the allocations running on the as-of date
        bool allocationIllustrative = false;  // GPU-hours allocated
        bool usageIllustrative = false;       // GPU-hours used
        QStringList sourceCodes;  // of the allocations
        double utilisationPct() const { return allocatedHours > 0 ? usedHours / allocatedHours * 100.0 : 0.0; }
    };
    const QVector<Row> &summaryRows() const { return m_rows; }

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    void rebuild() override;

private:
    QVariant display(const Row &row, int column) const;
    QVariant sortKey(const Row &row, int column) const;
    // Only the figures drawn from an illustrative source are: names and public counts are not.
    static bool isIllustrative(const Row &row, int column);

    QVector<Row> m_rows;
};

} // namespace kai
