// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/LogicalFact.h"

namespace kai::store {

class SqlConnection;

// Reads a database as facts keyed by what identifies them to a person (a consortium's code, a
// round and a team, an allocation's consortium, provider, model and start), never by row ids, so
// two copies of the same data compare equal whatever order their rows were written in or however
// their pages were laid out. GPU usage is summarised per consortium, GPU model and month; a table
// this reader does not know (a newer schema's) is compared as a whole. Read-only, in one snapshot;
// the same content reads as the same facts from an SQLite file and from a PostgreSQL server.
class LogicalFactReader
{
public:
    explicit LogicalFactReader(SqlConnection &connection) : m_connection(connection) {}

    history::LogicalFacts readAll();

private:
    void readQueries(history::LogicalFacts &facts);
    void readGpuUsage(history::LogicalFacts &facts);
    void readOtherTables(history::LogicalFacts &facts);
    QString usageMonthExpression() const;

    SqlConnection &m_connection;
    QStringList m_tables;
};

} // namespace kai::store
