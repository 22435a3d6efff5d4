// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kai::store {

class SqliteConnection;

// Turns foreign-key and CHECK enforcement off on one connection for its lifetime, for a bulk writer
// that takes every referenced id from the parent tables inside its own write transaction and
// validates every value against the table's CHECKs before inserting it (the GPU usage importer:
// GpuUsageRowValidator), so neither can be violated; restores both afterwards. The NOT NULL, primary
// key and unique constraints stay enforced. Must be created outside a transaction: SQLite ignores
// PRAGMA foreign_keys inside one. Saves five index look-ups and the CHECK expressions (a third of
// the statement's instructions besides the B-tree) per imported sample. Setting either pragma
// expires the connection's prepared statements, so none compiled without the checks outlives this.
class ConstraintCheckSuspension
{
public:
    explicit ConstraintCheckSuspension(SqliteConnection &connection);
    ~ConstraintCheckSuspension();
    ConstraintCheckSuspension(const ConstraintCheckSuspension &) = delete;
    ConstraintCheckSuspension &operator=(const ConstraintCheckSuspension &) = delete;

private:
    SqliteConnection &m_connection;
    bool m_foreignKeysWereOn = false;
    bool m_checksWereOn = false;
};

} // namespace kai::store
