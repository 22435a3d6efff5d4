// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <stdexcept>

namespace kai::store {

// Thrown inside the store layer only. Facades (Database, importers, repositories used by the UI)
// catch it and hand the message on as a value, so no caller above models/ needs a try block.
class StoreError : public std::runtime_error
{
public:
    StoreError(const QString &message, int sqliteCode = 0)
        : std::runtime_error(message.toStdString()), m_message(message), m_sqliteCode(sqliteCode)
    {
    }

    QString message() const { return m_message; }
    int sqliteCode() const { return m_sqliteCode; }
    bool isInterrupted() const;
    // Another connection holds the lock this one needed (SQLITE_BUSY or SQLITE_LOCKED).
    bool isBusy() const;

private:
    QString m_message;
    int m_sqliteCode;
};

} // namespace kai::store
