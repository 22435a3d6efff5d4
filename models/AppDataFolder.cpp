// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppDataFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace kai {

QString AppDataFolder::portableMarkerPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("portable"));
}

bool AppDataFolder::isPortable()
{
    // Without an application object there is no executable folder to look beside (unit tests).
    return QCoreApplication::instance() && QFileInfo(portableMarkerPath()).isFile();
}

QString AppDataFolder::path()
{
    if (isPortable())
        return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("data"));
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString AppDataFolder::filePath(const QString &name)
{
    return QDir(path()).filePath(name);
}

void AppDataFolder::initialise()
{
    if (!isPortable())
        return;
    // QSettings() then reads and writes data/<organisation>/<application>.ini instead of the registry
    // or ~/.config; every QSettings() in the app follows without knowing.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, path());
}

} // namespace kai
