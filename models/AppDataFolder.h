// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kai {

// Where the database, the settings and the logs live. Normally the per-user app data folder; in
// portable mode (a file named "portable" beside the executable, as the Windows ZIP ships it) a "data"
// folder beside the executable, so an official can run the app from a USB stick or any folder on a
// laptop where nothing may be installed, and leave no trace in the profile.
class AppDataFolder
{
public:
    // Call once after the application object exists (it needs the executable's folder): switches the
    // settings to an INI file inside the data folder in portable mode.
    static void initialise();

    static bool isPortable();
    static QString path();
    static QString filePath(const QString &name);
    static QString portableMarkerPath();
};

} // namespace kai
