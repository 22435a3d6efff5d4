// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kai::store {

class SqliteConnection;

// Turns foreign-key enforcement off on one connection for its lifetime, for a bulk writer that
// takes every referenced id from the parent tables inside its own write transaction (so a
// violation cannot happen), and restores it afterwards. Must be created outside a transaction:
// SQLite ignores PRAGMA foreign_keys inside one. Saves five index look-ups per imported sample.
class ForeignKeySuspension
{
public:
    explicit ForeignKeySuspension(SqliteConnection &connection);
    ~ForeignKeySuspension();
    ForeignKeySuspension(const ForeignKeySuspension &) = delete;
    ForeignKeySuspension &operator=(const ForeignKeySuspension &) = delete;

private:
    SqliteConnection &m_connection;
    bool m_wasOn = false;
};

} // namespace kai::store
