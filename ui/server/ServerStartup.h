// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QCoreApplication>

class QWidget;

namespace kai::ui {

// Starting on a server (--db URI, or the server the window was last on): its remembered password
// from the keychain, and when it cannot be reached, a message naming the server and libpq's reason
// with the offer of the last local file (or the sample database) instead, or another try. Never
// an empty window when a local file can be opened.
class ServerStartup
{
    Q_DECLARE_TR_FUNCTIONS(ServerStartup)

public:
    // The database the window starts on: the one asked for on the command line, else the server
    // it was last on, else empty (the default database).
    static QString startTarget(const QString &requested);
    static store::Database::OpenResult open(const QString &uri, const store::Database::OpenOptions &options,
                                            QWidget *parent);
};

} // namespace kai::ui
