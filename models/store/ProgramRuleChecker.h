// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace kai::store {

class SqlConnection;

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

    // Full reads every row: integrity_check, every foreign key, the rollup against the samples.
    // Quick runs quick_check and skips re-reading the usage rows for a whole-table rule that
    // VerifiedRules records as holding for the tables' current state; its verdicts are the same.
    enum class Depth { Quick, Full };

    // On a server, integrity and foreign keys are the server's own guarantees and are not re-read.
    explicit ProgramRuleChecker(SqlConnection &connection, Depth depth = Depth::Full)
        : m_connection(connection), m_depth(depth)
    {
    }

    QVector<Violation> checkAll();

    QVector<Violation> checkIntegrity();
    QVector<Violation> checkSchemaVersion();
    QVector<Violation> checkOneConsortiumRule();
    QVector<Violation> checkDateOrder();
    QVector<Violation> checkGpuUsageWithinAllocation();
    // The daily rollup recomputed from the raw samples (`check --repair-rollup` rebuilds it).
    QVector<Violation> checkDailyRollup();
    static constexpr int MaxListedRollupDifferences = 50;
    // Records the whole-table rules this checker read in full and found holding (writable
    // connections only; call in the transaction that ran the checks), so that the next quick
    // check can rely on them.
    void recordVerified(const QVector<Violation> &violations);

private:
    QVector<Violation> checkForeignKeys();

    SqlConnection &m_connection;
    Depth m_depth;
    bool m_foreignKeysReadFully = false;
    bool m_rollupReadFully = false;
};

} // namespace kai::store
