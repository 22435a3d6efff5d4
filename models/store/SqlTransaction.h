// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kai::store {

class SqlConnection;

// A write transaction on either engine (SqlConnection::beginWrite); rolls back on destruction
// unless committed, so an exception, an early return or a connection lost midway never leaves
// half a change behind.
class SqlTransaction
{
public:
    explicit SqlTransaction(SqlConnection &connection);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    void commit();

private:
    SqlConnection &m_connection;
    bool m_active = false;
};

} // namespace kai::store
