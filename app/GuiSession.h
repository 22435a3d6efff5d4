// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace kai::app {

// Starts the window: font, language, database, main window. The caller owns the QApplication.
class GuiSession
{
    Q_DECLARE_TR_FUNCTIONS(GuiSession)

public:
    static int run(const AppOptions &options);
    static void applyApplicationFont();
};

} // namespace kai::app
