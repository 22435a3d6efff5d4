// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kai::server {

// Where a PostgreSQL server database is and how to reach it: what the connect dialog edits and the
// settings keep. It never holds a password, so its URI can be shown, logged and saved.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    static constexpr int DefaultPort = 5432;
    // libpq's sslmode values, weakest first.
    static QStringList sslModes();
    static QString recommendedSslMode() { return QStringLiteral("verify-full"); }

    QString name;  // as the user saved it; empty for an unsaved connection
    QString host;  // a name, an address, or a Unix socket folder (starting with '/')
    int port = DefaultPort;
    QString database;
    QString user;
    QString sslMode = recommendedSslMode();
    QString caFile;  // the certificate authority that signed the server's certificate; optional

    // A libpq connection URI with every part percent-encoded and no password.
    QString uri() const;
    // host:port/database, as the status bar names a server.
    QString label() const;
    // Translated reasons why the address cannot be tried yet (a field left empty); empty if none.
    QString missingFields() const;

    bool operator==(const ServerAddress &other) const = default;
};

} // namespace kai::server
