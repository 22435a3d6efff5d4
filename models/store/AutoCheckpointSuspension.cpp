// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AutoCheckpointSuspension.h"

#include "store/SqliteConnection.h"
#include "store/StoreError.h"

#include <sqlite3.h>

namespace kai::store {

AutoCheckpointSuspension::AutoCheckpointSuspension(SqliteConnection &connection) : m_connection(connection)
{
    m_previousPages = connection.queryInt(QStringLiteral("PRAGMA wal_autocheckpoint"));
    if (m_previousPages > 0)
        connection.queryInt(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
}

AutoCheckpointSuspension::~AutoCheckpointSuspension()
{
    if (m_previousPages <= 0)
        return;
    try {
        m_connection.queryInt(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_previousPages));
    } catch (const StoreError &) {
        // Only fails on a closing connection, which forgets the setting anyway.
    }
}

void AutoCheckpointSuspension::checkpoint(SqliteConnection &connection)
{
    // Outside WAL mode SQLite has nothing to copy and returns at once.
    sqlite3_wal_checkpoint_v2(connection.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

} // namespace kai::store
