// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/GpuUsagePeriodModel.h"

#include "DashboardState.h"
#include "items/DomainText.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QHash>
#include <cmath>
#include <limits>

namespace kai {

GpuUsagePeriodModel::GpuUsagePeriodModel(const DashboardState &state, QObject *parent)
    : SnapshotTableModel(state, parent)
{
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

void GpuUsagePeriodModel::rebuild()
{
    m_periods.clear();
    m_series.clear();
    m_totals.clear();
    m_illustrative = false;
    m_providers.clear();
    m_gpuModels.clear();
    store::Database *database = state().database();
    if (database) {
        Filter effective = m_filter;
        if (m_drillMonth.isValid()) {
            effective.from = std::max(m_drillMonth, m_filter.from.isValid() ? m_filter.from : m_drillMonth);
            const QDate monthEnd = m_drillMonth.addMonths(1).addDays(-1);
            effective.to = m_filter.to.isValid() ? std::min(monthEnd, m_filter.to) : monthEnd;
        }
        // A day's usage is known once the day is over: nothing from the as-of date onwards.
        const QDate lastKnown = state().asOf().addDays(-1);
        effective.to = effective.to.isValid() ? std::min(effective.to, lastKnown) : lastKnown;
        QVector<store::GpuUsageRepository::Bucket> buckets;
        try {
            const store::GpuUsageRepository repository(database->connection());
            m_providers = repository.providers();
            m_gpuModels = repository.gpuModels();
            buckets = repository.usage(effective, m_drillMonth.isValid() ? store::GpuUsageRepository::Granularity::Day
                                                                   : store::GpuUsageRepository::Granularity::Month);
        } catch (const store::StoreError &) {
            buckets.clear();  // the view shows "no usage"; the shell reports database errors itself
        }
        QHash<QDate, int> periodIndex;
        QHash<qint64, int> seriesIndex;
        for (const auto &bucket : std::as_const(buckets)) {
            if (!periodIndex.contains(bucket.period)) {
                periodIndex.insert(bucket.period, int(m_periods.size()));
                m_periods.append(bucket.period);
                m_totals.append(PeriodTotals{});
            }
        }
        for (const domain::Consortium &consortium : state().snapshot().consortia) {
            const bool used = std::any_of(buckets.cbegin(), buckets.cend(),
                                          [&](const auto &b) { return b.consortiumId == consortium.id; });
            if (!used)
                continue;
            seriesIndex.insert(consortium.id, int(m_series.size()));
            m_series.append({consortium.id, consortium.name.in(state().language()),
                             QVector<double>(m_periods.size(), 0.0)});
        }
        for (const auto &bucket : std::as_const(buckets)) {
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
    }
    emit figuresChanged();
}

QString GpuUsagePeriodModel::columnTitle(int column) const
{
    if (column == 0)
        return m_drillMonth.isValid() ? tr("Day") : tr("Month");
    if (column <= m_series.size())
        return m_series[column - 1].name;
    switch (column - int(m_series.size())) {
    case 1: return tr("GPU-hours used");
    case 2: return tr("H100-equivalent hours");
    case 3: return tr("Utilisation");
    }
    return {};
}

QString GpuUsagePeriodModel::periodLabel(const QDate &period) const
{
    return m_drillMonth.isValid() ? format().shortDate(period)
                                  : format().locale().toString(period, QStringLiteral("yyyy-MM"));
}

QStringList GpuUsagePeriodModel::periodLabels() const
{
    QStringList labels;
    for (const QDate &period : m_periods)
        labels.append(periodLabel(period));
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

QVariant GpuUsagePeriodModel::value(int row, int column, bool forDisplay) const
{
    const bool totalRow = row == m_periods.size();
    const DisplayFormat fmt = format();
    if (column == 0) {
        if (totalRow)
            return forDisplay ? QVariant(tr("Total")) : QVariant(QStringLiteral("9999"));
        return forDisplay ? QVariant(periodLabel(m_periods[row])) : QVariant(m_periods[row]);
    }
    const auto sumOver = [&](const auto &get) {
        if (!totalRow)
            return get(row);
        double sum = 0;
        for (int r = 0; r < m_periods.size(); ++r)
            sum += get(r);
        return sum;
    };
    double number = 0;
    if (column <= m_series.size()) {
        const Series &series = m_series[column - 1];
        number = sumOver([&](int r) { return series.gpuHours[r]; });
    } else {
        switch (column - int(m_series.size())) {
        case 1: number = sumOver([&](int r) { return m_totals[r].gpuHours; }); break;
        case 2: number = sumOver([&](int r) { return m_totals[r].h100Hours; }); break;
        case 3: {
            const double weighted = sumOver([&](int r) { return m_totals[r].utilizationWeighted; });
            const double hours = sumOver([&](int r) { return m_totals[r].utilizationHours; });
            if (hours <= 0)
                return {};
            return forDisplay ? QVariant(fmt.percent(weighted / hours)) : QVariant(weighted / hours);
        }
        }
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
        return index.column() == 0 ? QVariant(Qt::AlignLeading | Qt::AlignVCenter)
                                   : QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
    case IllustrativeRole: return m_illustrative;
    case Qt::ToolTipRole: return m_illustrative ? QVariant(DomainText::illustrative()) : QVariant();
    }
    return {};
}

} // namespace kai
