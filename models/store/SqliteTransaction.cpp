// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqliteTransaction.h"

#include "store/SqliteConnection.h"

namespace kai::store {

SqliteTransaction::SqliteTransaction(SqliteConnection &connection) : m_connection(connection)
{
    m_connection.execute(QStringLiteral("BEGIN IMMEDIATE"));
    m_active = true;
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_active) {
        try {
            rollback();
        } catch (...) {
            // A failed rollback leaves SQLite to roll back when the connection closes; a destructor
            // must not throw.
        }
    }
}

void SqliteTransaction::commit()
{
    m_connection.execute(QStringLiteral("COMMIT"));
    m_active = false;
}

void SqliteTransaction::rollback()
{
    m_active = false;
    if (m_connection.inTransaction())
        m_connection.execute(QStringLiteral("ROLLBACK"));
}

} // namespace kai::store
