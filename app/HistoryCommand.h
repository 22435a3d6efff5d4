// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include <QTextStream>

namespace kai::app {

// `kai-dashboard history`: the change log as text, CSV or JSON, newest first. Read-only.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    static int run(const AppOptions &options, QTextStream &out, QTextStream &err);
};

} // namespace kai::app
