// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kai::store {

class SqliteConnection;

// The whole-table rules whose full check reads every GPU usage row (ten million rows: seconds
// each): the usage rows' foreign keys and the daily rollup against the samples. When such a rule
// is known to hold — checked in full, or kept by a writer that preserves it in the same
// transaction — the verdict is stored (table content_verified) with the state of the tables the
// rule reads: their ContentChecksumCache entries and CREATE statements. While that state is
// unchanged the verdict stands, so a quick `check` need not read the rows again; any write by any
// program to one of those tables, or a change of their schema, makes the rule be checked in full.
class VerifiedRules
{
public:
    // NodeSpans: GpuNodeSpanCache's summary of gpu_usage is that of the rows stored now.
    enum class Rule { UsageForeignKeys, DailyRollup, NodeSpans };

    static QString tableName();
    static QString usageTable();

    // true when the rule was recorded as holding for exactly the tables' current state. extra: more
    // state the verdict depends on (a digest of a summary kept elsewhere), the same as at record().
    static bool holds(SqliteConnection &connection, Rule rule, const QByteArray &extra = {});
    // Records that the rule holds now. Call inside the write transaction, after the last write
    // and after ContentChecksumCache::refresh(); does nothing on a read-only connection or when a
    // table the rule reads has no trusted checksum entry.
    static void record(SqliteConnection &connection, Rule rule, const QByteArray &extra = {});

private:
    static QString key(Rule rule);
    static QStringList tablesOf(SqliteConnection &connection, Rule rule);
    static QByteArray stateOf(SqliteConnection &connection, const QStringList &tables, const QByteArray &extra);
};

} // namespace kai::store
