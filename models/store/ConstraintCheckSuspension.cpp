// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ForeignKeySuspension.h"

#include "store/SqliteConnection.h"
#include "store/StoreError.h"

namespace kai::store {

ForeignKeySuspension::ForeignKeySuspension(SqliteConnection &connection) : m_connection(connection)
{
    if (connection.inTransaction())
        throw StoreError(QStringLiteral("foreign keys cannot be suspended inside a transaction"));
    m_wasOn = connection.queryInt(QStringLiteral("PRAGMA foreign_keys")) != 0;
    if (m_wasOn)
        connection.execute(QStringLiteral("PRAGMA foreign_keys = OFF"));
}

ForeignKeySuspension::~ForeignKeySuspension()
{
    if (!m_wasOn)
        return;
    try {
        m_connection.execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    } catch (const StoreError &) {
        // Only fails on a closing connection, which forgets the setting anyway.
    }
}

} // namespace kai::store
