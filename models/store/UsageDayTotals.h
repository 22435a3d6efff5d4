// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

#include <QDate>
#include <QVector>
#include <optional>
#include <utility>

namespace kai::store {

class SqlConnection;

// The usage rollup summed per day and consortium, read once and kept while the database is
// unchanged, so that moving the as-of date sums a few thousand days in memory instead of asking
// the database for two sums over the rollup on every move. "Unchanged" is SQLite's own word for
// it: PRAGMA data_version (another connection committed) and the connection's total changes (this
// one wrote). A server database has neither, so there every call asks the database; so does a
// connection inside a transaction, which may still be rolled back.
class UsageDayTotals
{
public:
    // Per consortium with usage in the days [from, asOf) (usage of a day is known once the day is
    // over), ordered by consortium id.
    QVector<domain::GpuUsageTotal> totals(SqlConnection &connection, const QDate &from, const QDate &asOf);
    // The same, asked of the database every time.
    static QVector<domain::GpuUsageTotal> sum(SqlConnection &connection, const QDate &from, const QDate &asOf);
    // How often the rollup was read (for tests).
    int reads() const { return m_reads; }

private:
    struct Day
    {
        qint64 consortiumId;
        qint64 day;  // days since 1970-01-01
        domain::GpuUsageTotal sums;
    };
    using Version = std::pair<qint64, qint64>;

    static std::optional<Version> versionOf(SqlConnection &connection);
    void read(SqlConnection &connection);

    std::optional<Version> m_version;
    QVector<Day> m_days;  // ordered by consortium, then day
    int m_reads = 0;
};

} // namespace kai::store
