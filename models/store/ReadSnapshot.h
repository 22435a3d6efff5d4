// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SqlConnection.h"
#include "store/StoreError.h"

#include <QString>

namespace kai::store {

// Reads that must agree (a checksum and its tables, a copy of every table) come from one snapshot:
// in WAL mode, or on a server, a writer may commit between two statements of an autocommit reader.
// Opens a read transaction unless one is open already, and ends the one it opened, whatever happened.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(SqlConnection &connection) : m_connection(connection)
    {
        if (!connection.inTransaction()) {
            connection.beginRead();
            m_owned = true;
        }
    }
    ~ReadSnapshot()
    {
        if (!m_owned)
            return;
        try {
            m_connection.execute(QStringLiteral("COMMIT"));
        } catch (const StoreError &) {
            // Nothing was written here; a lost or closed connection has no snapshot left to end.
        }
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    SqlConnection &m_connection;
    bool m_owned = false;
};

} // namespace kai::store
