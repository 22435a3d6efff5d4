// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace kai::store {

class SqliteConnection;

// The program's rules, checked against a whole database: file integrity, schema version, the
// one-consortium rule, dates in order, and GPU usage within allocation. The `check` command
// prints the result; views use the same rules to flag what they show.
class ProgramRuleChecker
{
    Q_DECLARE_TR_FUNCTIONS(ProgramRuleChecker)

public:
    struct Violation
    {
        QString rule;     // stable identifier, e.g. "one-consortium"
        QString message;  // translated, readable
    };

    explicit ProgramRuleChecker(SqliteConnection &connection) : m_connection(connection) {}

    QVector<Violation> checkAll();

    QVector<Violation> checkIntegrity();
    QVector<Violation> checkSchemaVersion();
    QVector<Violation> checkOneConsortiumRule();
    QVector<Violation> checkDateOrder();
    QVector<Violation> checkGpuUsageWithinAllocation();
    // The daily rollup recomputed from the raw samples (`check --repair-rollup` rebuilds it).
    QVector<Violation> checkDailyRollup();
    static constexpr int MaxListedRollupDifferences = 50;

private:
    SqliteConnection &m_connection;
};

} // namespace kai::store
