// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/ServerAddress.h"

#include <QList>
#include <QSettings>
#include <optional>

namespace kai::server {

// The server connections a user saved, and which database the window was last on, in the
// application's settings. Names, hosts, ports, databases, users and TLS modes only: a password is
// never written here (ServerKeychain keeps it, if the user asks).
class SavedServers
{
public:
    static QList<ServerAddress> all();
    static std::optional<ServerAddress> find(const QString &name);
    // Adds the address, or replaces the one saved under the same name.
    static void save(const ServerAddress &address);
    static void remove(const QString &name);

    // The server URI (password-free) the window was last on; empty when it was last on a file.
    static QString lastServerUri();
    // The last file the window had open, offered when the last server cannot be reached.
    static QString lastLocalFile();
    // Records what the window now shows: a server's URI or a file's path.
    static void rememberOpened(const QString &uriOrPath, bool server);

    // The list as the application's settings keep it, written into `settings` (replacing the list
    // there): the tests prepare another home's settings for the command line with it.
    static void writeTo(QSettings &settings, const QList<ServerAddress> &addresses);

private:
    static void write(const QList<ServerAddress> &addresses);
};

} // namespace kai::server
