// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kai::app {

// spdlog to a rotating file in the app-data folder (and warnings to stderr), with Qt's own
// messages routed into it. A logging failure never stops the application: it falls back to
// stderr alone.
class Logging
{
public:
    static void initialise(const QString &level, bool echoToStderr);
    static QString logFilePath();
    static void shutdown();
};

} // namespace kai::app
