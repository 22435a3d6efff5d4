// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ConstraintCheckSuspension.h"

#include "store/SqliteConnection.h"
#include "store/StoreError.h"

namespace kai::store {

ConstraintCheckSuspension::ConstraintCheckSuspension(SqliteConnection &connection) : m_connection(connection)
{
    if (connection.inTransaction())
        throw StoreError(QStringLiteral("constraint checks cannot be suspended inside a transaction"));
    m_foreignKeysWereOn = connection.queryInt(QStringLiteral("PRAGMA foreign_keys")) != 0;
    m_checksWereOn = connection.queryInt(QStringLiteral("PRAGMA ignore_check_constraints")) == 0;
    if (m_foreignKeysWereOn)
        connection.execute(QStringLiteral("PRAGMA foreign_keys = OFF"));
    if (m_checksWereOn)
        connection.execute(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
}

ConstraintCheckSuspension::~ConstraintCheckSuspension()
{
    try {
        if (m_checksWereOn)
            m_connection.execute(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
        if (m_foreignKeysWereOn)
            m_connection.execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    } catch (const StoreError &) {
        // Only fails on a closing connection, which forgets the settings anyway.
    }
}

} // namespace kai::store
