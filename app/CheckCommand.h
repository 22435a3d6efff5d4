// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include <QTextStream>

namespace kai::app {

// `kai-dashboard check`: integrity, schema version and the program's rules, as a readable list.
// Opens the file read-only and never modifies it.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static int run(const AppOptions &options, QTextStream &out, QTextStream &err);
};

} // namespace kai::app
