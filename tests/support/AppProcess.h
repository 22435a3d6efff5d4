// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace kai::test {

// What the real executable did when run as a script runs it.
struct AppRun
{
    int exitCode = -1;  // -1: it did not finish in time
    QString out;
    QString err;
};

// Runs kai-dashboard with no display at all (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM) and
// its own home folder, so it never touches the developer's files.
AppRun runApp(const QStringList &arguments, const QString &home);
// The same for another copy of the executable (portable mode looks beside the executable it runs).
AppRun runAppBinary(const QString &binary, const QStringList &arguments, const QString &home);

} // namespace kai::test
