// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlTransaction.h"

#include "store/SqlConnection.h"

namespace kai::store {

SqlTransaction::SqlTransaction(SqlConnection &connection) : m_connection(connection)
{
    m_connection.beginWrite();
    m_active = true;
}

SqlTransaction::~SqlTransaction()
{
    if (!m_active)
        return;
    try {
        m_connection.rollbackWrite();
    } catch (...) {
        // The engine rolls back by itself when the connection closes (or has already, when it
        // was lost); a destructor must not throw.
    }
}

void SqlTransaction::commit()
{
    m_connection.commitWrite();  // if it fails, the destructor rolls back what is left
    m_active = false;
}

} // namespace kai::store
