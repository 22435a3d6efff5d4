// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include <QTextStream>

namespace kai::app {

// `kai-dashboard changes`: what changed since a day or a registered briefing, in plain sentences
// grouped by view, as the Changes view lists it. Read-only; exit 0, or 2 for an unknown checksum
// or an unusable file.
class ChangesCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangesCommand)

public:
    static int run(const AppOptions &options, QTextStream &out, QTextStream &err);
};

} // namespace kai::app
