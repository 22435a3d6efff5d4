// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include <QTextStream>

namespace kai::app {

// `kai-dashboard init --db postgresql://HOST/DBNAME [--sample]`: creates (or upgrades) the schema on
// a server database, with --sample the embedded sample content too. Exit 0 done, 2 for bad
// arguments, an unreachable server or a database it refuses (named, with the reason).
class InitCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    static int run(const AppOptions &options, QTextStream &out, QTextStream &err);
};

} // namespace kai::app
