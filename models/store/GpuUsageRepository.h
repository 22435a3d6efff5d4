// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

#include <QDate>
#include <QVector>
#include <optional>

namespace kai::store {

class GpuUsageRollupCache;
class SqlConnection;

// Aggregated GPU usage for charts and tables. Reads only the per-day rollup (gpu_usage_daily), never
// the raw samples: with ten million samples a GROUP BY on gpu_usage takes seconds.
class GpuUsageRepository
{
public:
    enum class Granularity { Month, Day };

    struct Filter
    {
        QDate from;  // inclusive; invalid: unbounded
        QDate to;    // inclusive; invalid: unbounded
        std::optional<qint64> consortiumId;
        std::optional<qint64> providerId;
        std::optional<qint64> gpuModelId;
    };

    struct Bucket
    {
        QDate period;  // first day of the month, or the day
        qint64 consortiumId = 0;
        qint64 gpuModelId = 0;
        double gpuHours = 0;
        double h100Hours = 0;             // gpuHours x the model's H100 equivalent
        double utilizationWeighted = 0;   // sum of utilisation % x GPU-hours
        double utilizationHours = 0;      // GPU-hours that carried a utilisation
        qint64 samples = 0;
        qint64 illustrativeSamples = 0;
    };

    // A provider or GPU model a filter can choose, with the H100 factor's provenance for models.
    struct Choice
    {
        qint64 id = 0;
        QString code;
        QString nameKo;
        QString nameEn;
        double h100Equivalent = 1.0;
        domain::BilingualText sourceTitle;
        bool illustrative = false;
    };

    // rollup: the rollup kept between calls on the same database (DashboardState's); without it,
    // every call asks the database.
    explicit GpuUsageRepository(SqlConnection &connection, GpuUsageRollupCache *rollup = nullptr)
        : m_connection(connection), m_rollup(rollup)
    {
    }

    // One bucket per period, consortium and GPU model, ordered by period.
    QVector<Bucket> usage(const Filter &filter, Granularity granularity) const;

    QVector<Choice> providers() const;
    QVector<Choice> gpuModels() const;

private:
    SqlConnection &m_connection;
    GpuUsageRollupCache *m_rollup;
};

} // namespace kai::store
