// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/SnapshotTableModel.h"
#include "store/GpuUsageRepository.h"

#include <QMap>
#include <functional>

namespace kai {

// GPU-hours per period (month, or day after drilling into a month) and consortium, against the
// allocation of that period, with totals, H100-equivalent hours, utilisation and under-/over-use
// flags, read from the daily rollup as known on the as-of date. The same figures feed the charts
// as plain series, so chart and table can never disagree.
class GpuUsagePeriodModel : public SnapshotTableModel
{
    Q_OBJECT

public:
    // Below this share of its allocation for a period a consortium is flagged as under-using it.
    static constexpr double UnderUseShare = 0.6;

    struct Series
    {
        qint64 consortiumId = 0;
        QString name;
        QString shortName;               // for chart labels, where the full name would be elided
        QVector<double> gpuHours;        // one value per period
        QVector<double> allocatedHours;  // capacity allocated in that period (GPUs x 24 h x days)
        QVector<bool> allocatedApproximate;  // an "about N" count adds to that period's capacity
        double totalUsed() const;
        double totalAllocated() const;
        bool totalAllocatedApproximate() const { return allocatedApproximate.contains(true); }
    };

    enum class Use { NoAllocation, UnderUse, Normal, OverUse };
    static Use useOf(double used, double allocated);

    explicit GpuUsagePeriodModel(const DashboardState &state, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    using Filter = store::GpuUsageRepository::Filter;
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // A valid month shows that month day by day; an invalid date returns to months.
    void setDrillMonth(const QDate &month);
    QDate drillMonth() const { return m_drillMonth; }

    const QVector<QDate> &periods() const { return m_periods; }
    QStringList periodLabels() const;
    // The periods as a chart's category axis writes them: months with the year where it changes
    // ("2026년 3월", "4월" / "Mar 2026", "Apr"); days as periodLabels().
    QStringList axisLabels() const;
    // The same for some of the periods only (an axis that labels every other one): the year is named
    // where it changes among those shown.
    QStringList axisLabels(const QVector<int> &shown) const;
    const QVector<Series> &series() const { return m_series; }
    // Hour-weighted utilisation % per period; NaN where no sample carried one.
    QVector<double> utilisation() const;
    double totalGpuHours() const;
    double totalH100Hours() const;
    bool hasIllustrativeData() const { return m_illustrative; }
    // What the provider and GPU model filters can choose; models carry their H100 factor and source.
    using Choice = store::GpuUsageRepository::Choice;
    const QVector<Choice> &providers() const { return m_providers; }
    const QVector<Choice> &gpuModels() const { return m_gpuModels; }

    int totalUsedColumn() const { return int(m_series.size()) + 1; }
    int allocatedColumn() const { return totalUsedColumn() + 1; }
    int shareColumn() const { return totalUsedColumn() + 2; }
    int h100Column() const { return totalUsedColumn() + 3; }
    int utilisationColumn() const { return totalUsedColumn() + 4; }
    int flagsColumn() const { return totalUsedColumn() + 5; }

    // While `hold` answers true (the view is hidden), a new as-of date or database keeps the
    // figures as they are and emits rebuildWaiting instead of querying the usage rollup; resume()
    // then queries once. Never held without a hold.
    void setHold(std::function<bool()> hold) { m_hold = std::move(hold); }
    void resume();

signals:
    void figuresChanged();
    void rebuildWaiting();

protected:
    int rows() const override { return m_periods.isEmpty() ? 0 : int(m_periods.size()) + 1; }
    int columns() const override { return flagsColumn() + 1; }
    QString columnTitle(int column) const override;
    void rebuild() override;

private:
    struct PeriodTotals
    {
        double gpuHours = 0;
        double h100Hours = 0;
        double utilizationWeighted = 0;
        double utilizationHours = 0;
    };
    using AllocationMap = QMap<QDate, QHash<qint64, domain::GpuCapacity>>;  // period -> consortium -> GPU-hours

    Filter effectiveFilter() const;
    AllocationMap allocationsIn(const Filter &effective) const;
    void collect(const QVector<store::GpuUsageRepository::Bucket> &buckets, const AllocationMap &allocated);
    QDate periodOf(const QDate &day) const;
    QString periodLabel(const QDate &period) const;
    QString flagsText(int row) const;
    QVariant value(int row, int column, bool forDisplay) const;
    // An "about N" GPU count adds to the row's allocated capacity (any period's, for the total row).
    bool allocationApproximate(int row) const;
    void reset();
    void renameSeries();

    std::function<bool()> m_hold;
    bool m_waiting = false;
    Filter m_filter;
    QDate m_drillMonth;
    QVector<QDate> m_periods;
    QVector<Series> m_series;
    QVector<PeriodTotals> m_totals;
    bool m_illustrative = false;
    QVector<Choice> m_providers;
    QVector<Choice> m_gpuModels;
};

} // namespace kai
