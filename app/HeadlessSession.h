// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace kai::app {

// Runs a command without a window: names the application, installs the chosen language and
// dispatches to the command.
class HeadlessSession
{
public:
    // Application and organisation names decide where settings, logs and the database live.
    static void configureApplication();
    // On Windows, reconnects stdout/stderr to the console the command was typed in.
    static void attachConsole();
    static int printAndExit(const CommandLine::Result &parsed);
    static int run(const AppOptions &options);
};

} // namespace kai::app
