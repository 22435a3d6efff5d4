// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"
#include "store/Database.h"

#include <QTextStream>

namespace kai::app {

// The window and every headless command find their database the same way: --db FILE when given
// (which must exist), otherwise the default database, created from the sample on first use.
// --db may also be a server URI or the name of a connection saved in the window (File → Connect
// to Server…); a server's password comes from the system keychain when the window remembered it
// there, else from libpq (.pgpass, PGPASSWORD).
class DatabaseLocator
{
public:
    // What open() opens: --db FILE or URI, a saved connection's URI, else the default database.
    static QString path(const AppOptions &options);
    // Notes on how the file was opened (read-only snapshot, backup written) go to `notes` too.
    static store::Database::OpenResult open(const AppOptions &options, const store::Database::OpenOptions &openOptions,
                                            QTextStream *notes = nullptr);

private:
    // The remembered password of a server, or none (then libpq decides); says why in `notes`
    // when the keychain cannot be read.
    static QString rememberedPassword(const QString &uri, QTextStream *notes);
};

} // namespace kai::app
