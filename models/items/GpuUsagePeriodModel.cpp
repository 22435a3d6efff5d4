// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/GpuUsagePeriodModel.h"

#include "DashboardState.h"
#include "items/ChartAxisText.h"
#include "items/DomainText.h"
#include "items/GpuCountText.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace kai {

double GpuUsagePeriodModel::Series::totalUsed() const
{
    return std::accumulate(gpuHours.cbegin(), gpuHours.cend(), 0.0);
}

double GpuUsagePeriodModel::Series::totalAllocated() const
{
    return std::accumulate(allocatedHours.cbegin(), allocatedHours.cend(), 0.0);
}

GpuUsagePeriodModel::Use GpuUsagePeriodModel::useOf(double used, double allocated)
{
    if (allocated <= 0)
        return Use::NoAllocation;
    if (used > allocated)
        return Use::OverUse;
    return used < allocated * UnderUseShare ? Use::UnderUse : Use::Normal;
}

GpuUsagePeriodModel::GpuUsagePeriodModel(const DashboardState &state, QObject *parent)
    : SnapshotTableModel(state, parent)
{
    // Series carry consortium names in the display language; charts take them as plain text. The
    // figures do not depend on the language: renaming needs no new query.
    connect(&state, &DashboardState::languageChanged, this, &GpuUsagePeriodModel::renameSeries);
    initialise();
}

void GpuUsagePeriodModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    reset();
}

void GpuUsagePeriodModel::setDrillMonth(const QDate &month)
{
    m_drillMonth = month.isValid() ? QDate(month.year(), month.month(), 1) : QDate();
    reset();
}

void GpuUsagePeriodModel::reset()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void GpuUsagePeriodModel::renameSeries()
{
    const domain::Language language = state().language();
    for (Series &series : m_series) {
        if (const domain::Consortium *consortium = state().snapshot().consortium(series.consortiumId))
            series.name = consortium->name.in(language);
        series.shortName = state().snapshot().shortNameOf(series.consortiumId).in(language);
    }
    if (columns() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns() - 1);
    emit figuresChanged();
}

GpuUsagePeriodModel::Filter GpuUsagePeriodModel::effectiveFilter() const
{
    Filter effective = m_filter;
    if (m_drillMonth.isValid()) {
        effective.from = std::max(m_drillMonth, m_filter.from.isValid() ? m_filter.from : m_drillMonth);
        const QDate monthEnd = m_drillMonth.addMonths(1).addDays(-1);
        effective.to = m_filter.to.isValid() ? std::min(monthEnd, m_filter.to) : monthEnd;
    }
    // A day's usage is known once the day is over: nothing from the as-of date onwards.
    const QDate lastKnown = state().asOf().addDays(-1);
    effective.to = effective.to.isValid() ? std::min(effective.to, lastKnown) : lastKnown;
    return effective;
}

QDate GpuUsagePeriodModel::periodOf(const QDate &day) const
{
    return m_drillMonth.isValid() ? day : QDate(day.year(), day.month(), 1);
}

GpuUsagePeriodModel::AllocationMap GpuUsagePeriodModel::allocationsIn(const Filter &effective) const
{
    QHash<qint64, QString> providerCodes;
    for (const Choice &provider : m_providers)
        providerCodes.insert(provider.id, provider.code);
    QHash<qint64, QString> modelCodes;
    for (const Choice &model : m_gpuModels)
        modelCodes.insert(model.id, model.code);
    AllocationMap allocated;
    for (const domain::GpuAllocation &allocation : state().snapshot().allocations) {
        if (allocation.noneAllocated())
            continue;  // a published "none" offers no capacity to any period
        if ((effective.consortiumId && *effective.consortiumId != allocation.consortiumId)
            || (effective.providerId && providerCodes.value(*effective.providerId) != allocation.providerCode)
            || (effective.gpuModelId && modelCodes.value(*effective.gpuModelId) != allocation.gpuModelCode))
            continue;
        const QDate first = effective.from.isValid() ? std::max(allocation.periodStart, effective.from)
                                                     : allocation.periodStart;
        const QDate last = std::min(allocation.periodEnd, effective.to);
        // Period by period: a month (or a day) gets the capacity of the days it shares.
        for (QDate start = first; start.isValid() && start <= last;) {
            const QDate period = periodOf(start);
            const QDate periodEnd = m_drillMonth.isValid() ? period : period.addMonths(1).addDays(-1);
            const QDate end = std::min(periodEnd, last);
            allocated[period][allocation.consortiumId].add(allocation, start, end);
            start = end.addDays(1);
        }
    }
    return allocated;
}

void GpuUsagePeriodModel::resume()
{
    if (m_waiting)
        reset();
}

void GpuUsagePeriodModel::rebuild()
{
    if (m_hold && m_hold()) {
        if (!m_waiting) {
            m_waiting = true;
            emit rebuildWaiting();
        }
        return;
    }
    m_waiting = false;
    m_periods.clear();
    m_series.clear();
    m_totals.clear();
    m_illustrative = false;
    m_providers.clear();
    m_gpuModels.clear();
    store::Database *database = state().database();
    if (database) {
        const Filter effective = effectiveFilter();
        QVector<store::GpuUsageRepository::Bucket> buckets;
        try {
            const store::GpuUsageRepository repository(database->sql(), state().usageRollup());
            m_providers = repository.providers();
            m_gpuModels = repository.gpuModels();
            buckets = repository.usage(effective, m_drillMonth.isValid() ? store::GpuUsageRepository::Granularity::Day
                                                                         : store::GpuUsageRepository::Granularity::Month);
        } catch (const store::StoreError &) {
            buckets.clear();  // the view shows "no usage"; the shell reports database errors itself
        }
        collect(buckets, allocationsIn(effective));
    }
    emit figuresChanged();
}

void GpuUsagePeriodModel::collect(const QVector<store::GpuUsageRepository::Bucket> &buckets,
                                  const AllocationMap &allocated)
{
    QSet<QDate> periodSet;
    QSet<qint64> consortia;
    for (const auto &bucket : buckets) {
        periodSet.insert(bucket.period);
        consortia.insert(bucket.consortiumId);
    }
    for (auto it = allocated.cbegin(); it != allocated.cend(); ++it) {
        periodSet.insert(it.key());
        for (auto c = it->cbegin(); c != it->cend(); ++c)
            consortia.insert(c.key());
    }
    m_periods = QVector<QDate>(periodSet.cbegin(), periodSet.cend());
    std::sort(m_periods.begin(), m_periods.end());
    QHash<QDate, int> periodIndex;
    for (int i = 0; i < m_periods.size(); ++i)
        periodIndex.insert(m_periods[i], i);
    m_totals = QVector<PeriodTotals>(m_periods.size());

    QHash<qint64, int> seriesIndex;
    for (const domain::Consortium &consortium : state().snapshot().consortia) {
        if (!consortia.contains(consortium.id))
            continue;
        seriesIndex.insert(consortium.id, int(m_series.size()));
        m_series.append({consortium.id, consortium.name.in(state().language()),
                         state().snapshot().shortNameOf(consortium.id).in(state().language()),
                         QVector<double>(m_periods.size(), 0.0), QVector<double>(m_periods.size(), 0.0),
                         QVector<bool>(m_periods.size(), false)});
    }
    for (const auto &bucket : buckets) {
        const int p = periodIndex.value(bucket.period);
        if (const auto s = seriesIndex.constFind(bucket.consortiumId); s != seriesIndex.cend())
            m_series[*s].gpuHours[p] += bucket.gpuHours;
        PeriodTotals &totals = m_totals[p];
        totals.gpuHours += bucket.gpuHours;
        totals.h100Hours += bucket.h100Hours;
        totals.utilizationWeighted += bucket.utilizationWeighted;
        totals.utilizationHours += bucket.utilizationHours;
        m_illustrative = m_illustrative || bucket.illustrativeSamples > 0;
    }
    for (auto it = allocated.cbegin(); it != allocated.cend(); ++it) {
        const int p = periodIndex.value(it.key());
        for (auto c = it->cbegin(); c != it->cend(); ++c) {
            if (const auto s = seriesIndex.constFind(c.key()); s != seriesIndex.cend()) {
                m_series[*s].allocatedHours[p] += c->hours;
                m_series[*s].allocatedApproximate[p] = m_series[*s].allocatedApproximate[p] || c->approximate;
            }
        }
    }
}

QString GpuUsagePeriodModel::columnTitle(int column) const
{
    if (column == 0)
        return m_drillMonth.isValid() ? tr("Day") : tr("Month");
    if (column <= m_series.size())
        return m_series[column - 1].name;
    if (column == totalUsedColumn())
        return tr("GPU-hours used");
    if (column == allocatedColumn())
        return tr("GPU-hours allocated");
    if (column == shareColumn())
        return tr("Allocation used");
    if (column == h100Column())
        return tr("H100-equivalent hours");
    if (column == utilisationColumn())
        return tr("Hardware utilisation");
    if (column == flagsColumn())
        return tr("Flags");
    return {};
}

QString GpuUsagePeriodModel::periodLabel(const QDate &period) const
{
    return m_drillMonth.isValid() ? format().shortDate(period)
                                  : format().month(period);
}

QStringList GpuUsagePeriodModel::periodLabels() const
{
    QStringList labels;
    for (const QDate &period : m_periods)
        labels.append(periodLabel(period));
    return labels;
}

QStringList GpuUsagePeriodModel::axisLabels() const
{
    QVector<int> all(m_periods.size());
    std::iota(all.begin(), all.end(), 0);
    return axisLabels(all);
}

QStringList GpuUsagePeriodModel::axisLabels(const QVector<int> &shown) const
{
    QVector<QDate> periods;
    for (const int index : shown)
        periods << m_periods.value(index);
    if (!m_drillMonth.isValid())
        return ChartAxisText::months(periods, state().language());
    QStringList labels;
    for (const QDate &period : periods)
        labels << periodLabel(period);
    return labels;
}

QVector<double> GpuUsagePeriodModel::utilisation() const
{
    QVector<double> values;
    for (const PeriodTotals &totals : m_totals) {
        values.append(totals.utilizationHours > 0 ? totals.utilizationWeighted / totals.utilizationHours
                                                  : std::numeric_limits<double>::quiet_NaN());
    }
    return values;
}

double GpuUsagePeriodModel::totalGpuHours() const
{
    double sum = 0;
    for (const PeriodTotals &totals : m_totals)
        sum += totals.gpuHours;
    return sum;
}

double GpuUsagePeriodModel::totalH100Hours() const
{
    double sum = 0;
    for (const PeriodTotals &totals : m_totals)
        sum += totals.h100Hours;
    return sum;
}

QString GpuUsagePeriodModel::flagsText(int row) const
{
    const bool totalRow = row == m_periods.size();
    QStringList under;
    QStringList over;
    for (const Series &series : m_series) {
        const double used = totalRow ? series.totalUsed() : series.gpuHours[row];
        const double allocated = totalRow ? series.totalAllocated() : series.allocatedHours[row];
        const Use use = useOf(used, allocated);
        if (use == Use::UnderUse)
            under.append(series.name);
        else if (use == Use::OverUse)
            over.append(series.name);
    }
    QStringList parts;
    if (!under.isEmpty())
        parts.append(tr("Under-used: %1").arg(under.join(QStringLiteral(", "))));
    if (!over.isEmpty())
        parts.append(tr("Over allocation: %1").arg(over.join(QStringLiteral(", "))));
    return parts.join(QStringLiteral("; "));
}

bool GpuUsagePeriodModel::allocationApproximate(int row) const
{
    const bool totalRow = row == m_periods.size();
    return std::any_of(m_series.cbegin(), m_series.cend(), [&](const Series &series) {
        return totalRow ? series.totalAllocatedApproximate() : series.allocatedApproximate[row];
    });
}

QVariant GpuUsagePeriodModel::value(int row, int column, bool forDisplay) const
{
    const bool totalRow = row == m_periods.size();
    const DisplayFormat fmt = format();
    if (column == 0) {
        if (totalRow)
            return forDisplay ? QVariant(tr("Total")) : QVariant(QDate(9999, 12, 31));
        return forDisplay ? QVariant(periodLabel(m_periods[row])) : QVariant(m_periods[row]);
    }
    if (column == flagsColumn())
        return flagsText(row);
    const auto sumOver = [&](const auto &get) {
        if (!totalRow)
            return double(get(row));
        double sum = 0;
        for (int r = 0; r < m_periods.size(); ++r)
            sum += get(r);
        return sum;
    };
    const auto allocatedAt = [this](int r) {
        double sum = 0;
        for (const Series &series : m_series)
            sum += series.allocatedHours[r];
        return sum;
    };
    const auto ratio = [&](double numerator, double denominator) -> QVariant {
        if (denominator <= 0)
            return {};
        return forDisplay ? QVariant(fmt.percent(numerator / denominator * 100.0))
                          : QVariant(numerator / denominator * 100.0);
    };
    double number = 0;
    if (column <= m_series.size()) {
        const Series &series = m_series[column - 1];
        number = sumOver([&](int r) { return series.gpuHours[r]; });
    } else if (column == totalUsedColumn()) {
        number = sumOver([&](int r) { return m_totals[r].gpuHours; });
    } else if (column == allocatedColumn()) {
        number = sumOver(allocatedAt);
        if (forDisplay)
            return GpuCountText::derived(fmt.gpuHours(number), allocationApproximate(row));
    } else if (column == shareColumn()) {
        const QVariant share = ratio(sumOver([&](int r) { return m_totals[r].gpuHours; }), sumOver(allocatedAt));
        return forDisplay && share.isValid() ? QVariant(GpuCountText::derived(share.toString(), allocationApproximate(row)))
                                             : share;
    } else if (column == h100Column()) {
        number = sumOver([&](int r) { return m_totals[r].h100Hours; });
    } else if (column == utilisationColumn()) {
        const double weighted = sumOver([&](int r) { return m_totals[r].utilizationWeighted; });
        const double hours = sumOver([&](int r) { return m_totals[r].utilizationHours; });
        return hours > 0 ? (forDisplay ? QVariant(fmt.percent(weighted / hours)) : QVariant(weighted / hours))
                         : QVariant();
    }
    return forDisplay ? QVariant(fmt.gpuHours(number)) : QVariant(number);
}

QVariant GpuUsagePeriodModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows() || index.column() >= columns())
        return {};
    switch (role) {
    case Qt::DisplayRole: return value(index.row(), index.column(), true);
    case SortRole: return value(index.row(), index.column(), false);
    case Qt::TextAlignmentRole:
        return index.column() == 0 || index.column() == flagsColumn()
            ? QVariant(Qt::AlignLeading | Qt::AlignVCenter)
            : QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
    // Illustrative samples make the usage figures illustrative, not the periods or the allocations.
    case IllustrativeRole: return m_illustrative && index.column() != 0 && index.column() != allocatedColumn();
    case Qt::ToolTipRole: return m_illustrative ? QVariant(DomainText::illustrative()) : QVariant();
    }
    return {};
}

} // namespace kai
