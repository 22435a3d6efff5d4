// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kai::store {

class PgConnection;
class SqlConnection;

// Copies the rows of every table a server database shares with another database (an SQLite file:
// the embedded sample) into the server, in one transaction, keeping row ids so that both hold the
// same data and give the same checksum. Tables only one side has (SQLite's bookkeeping) are left
// out; generated columns are computed by the server. Identity sequences continue after the
// copied ids. Throws StoreError; nothing is written then.
class PgTableCopy
{
public:
    // Returns the number of rows copied.
    static qint64 copy(SqlConnection &from, PgConnection &to);

private:
    static qint64 copyTable(SqlConnection &from, PgConnection &to, const QString &table);
    static void continueIdentity(PgConnection &to, const QString &table);
};

} // namespace kai::store
