// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include <QTextStream>

namespace kai::app {

// `kai-dashboard export`: draws one view (or the briefing pack) without a display, opening the
// database read-only; the same data and options always give the same picture.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(const AppOptions &options, QTextStream &out, QTextStream &err);
};

} // namespace kai::app
