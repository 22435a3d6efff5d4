// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"
#include "store/Database.h"

namespace kai::app {

// The window and every headless command find their database the same way: --db FILE when given
// (which must exist), otherwise the default database, created from the sample on first use.
class DatabaseLocator
{
public:
    static store::Database::OpenResult open(const AppOptions &options, const store::Database::OpenOptions &openOptions);
};

} // namespace kai::app
