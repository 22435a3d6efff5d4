// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kai::store {

class SqlConnection;
class SqliteConnection;

// The other direction of PgTableCopy: writes a new SQLite file with the current schema holding the
// rows of every table it shares with another database (a server), read in one snapshot and written
// in one transaction, row ids kept, so that the file gives the same logical checksum as the
// server. What the file's own migrations logged is replaced by the server's change log: the copy
// tells the server's history, not its own making. Throws StoreError; the file is then incomplete
// and the caller discards it.
class SqliteTableCopy
{
public:
    // path must not hold a database yet. Returns the number of rows copied.
    static qint64 copyInto(SqlConnection &from, const QString &path);

private:
    static qint64 copyTable(SqlConnection &from, SqliteConnection &to, const QString &table);
    static void clearTable(SqliteConnection &to, const QString &table);
};

} // namespace kai::store
