// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"
#include "store/Database.h"

#include <QTextStream>

namespace kai::app {

// The window and every headless command find their database the same way: --db FILE when given
// (which must exist), otherwise the default database, created from the sample on first use.
class DatabaseLocator
{
public:
    // The file that open() opens: --db FILE, else the default database.
    static QString path(const AppOptions &options);
    // Notes on how the file was opened (read-only snapshot, backup written) go to `notes` too.
    static store::Database::OpenResult open(const AppOptions &options, const store::Database::OpenOptions &openOptions,
                                            QTextStream *notes = nullptr);
};

} // namespace kai::app
