// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace kai::store {

class SqlConnection;

// A checksum of a database's logical content: every row of every table, independent of page
// layout, WAL state, row order or VACUUM. The same data always gives the same checksum, so an
// exported image can be traced to the data behind it. Tables whose share ContentChecksumCache
// holds a trusted entry for are not read again; the others are scanned.
class DatabaseFingerprint
{
public:
    explicit DatabaseFingerprint(SqlConnection &connection) : m_connection(connection) {}

    // SHA-256 over the table names, their row counts and an order-independent sum of row hashes.
    QByteArray sha256();
    // The first 8 hex digits of sha256(), for provenance stamps.
    QString shortHex();

private:
    SqlConnection &m_connection;
};

} // namespace kai::store
