// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kai::store {

class SqliteConnection;

// BEGIN IMMEDIATE on construction (takes the write lock up front instead of failing with BUSY on
// the first write of a deferred transaction); rolls back on destruction unless committed, so an
// exception or early return can never leave half a change behind.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteConnection &connection);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    void commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    SqliteConnection &m_connection;
    bool m_active = false;
};

} // namespace kai::store
