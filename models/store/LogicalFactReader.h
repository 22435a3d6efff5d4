// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/LogicalFact.h"

namespace kai::store {

class SqliteConnection;

// Reads a database as facts keyed by what identifies them to a person (a consortium's code, a
// round and a team, an allocation's consortium, provider, model and start), never by row ids, so
// two copies of the same data compare equal whatever order their rows were written in or however
// their pages were laid out. GPU usage is summarised per consortium, GPU model and month; a table
// this reader does not know (a newer schema's) is compared as a whole. Read-only.
class LogicalFactReader
{
public:
    explicit LogicalFactReader(SqliteConnection &connection) : m_connection(connection) {}

    history::LogicalFacts readAll();

private:
    void readQueries(history::LogicalFacts &facts);
    void readGpuUsage(history::LogicalFacts &facts);
    void readOtherTables(history::LogicalFacts &facts);
    bool hasTable(const QString &name);

    SqliteConnection &m_connection;
};

} // namespace kai::store
