// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSnapshot.h"

namespace kai::store {

class SqlConnection;
class GpuUsageRollupCache;

// Reads the program "as known on date D": only what had been announced by then. Every query
// that feeds a view goes through here.
class ProgramRepository
{
public:
    // usageRollup: the usage sums kept between snapshots of the same database (DashboardState's);
    // without it, each snapshot asks the database.
    explicit ProgramRepository(SqlConnection &connection, GpuUsageRollupCache *usageRollup = nullptr)
        : m_connection(connection), m_usageRollup(usageRollup)
    {
    }

    domain::ProgramSnapshot loadSnapshot(const QDate &asOf);

private:
    domain::ProgramInfo loadProgram();
    QVector<domain::Source> loadSources();
    QVector<domain::Organisation> loadOrganisations();
    QVector<domain::Consortium> loadConsortia(const QString &asOf);
    QVector<domain::Membership> loadMemberships(const QString &asOf);
    QVector<domain::Stage> loadStages(const QString &asOf);
    QVector<domain::RoundResult> loadResults(const QString &asOf);
    QVector<domain::ReleasedModel> loadModels(const QString &asOf);
    QVector<domain::GpuAllocation> loadAllocations(const QString &asOf);
    QVector<domain::GpuUsageTotal> loadUsage(const QDate &from, const QDate &asOf);
    std::optional<domain::RelativePerformance> loadBestRelativePerformance(const QString &asOf);
    QVector<domain::Funding> loadFunding(const QString &asOf);

    SqlConnection &m_connection;
    GpuUsageRollupCache *m_usageRollup;
};

} // namespace kai::store
