// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SavedServers.h"

#include <QSettings>
#include <algorithm>
#include <optional>

namespace kai::server {

namespace {
const QString ListKey = QStringLiteral("servers/saved");
const QString LastServerKey = QStringLiteral("servers/lastUri");
const QString LastFileKey = QStringLiteral("servers/lastLocalFile");
} // namespace

QList<ServerAddress> SavedServers::all()
{
    QSettings settings;
    QList<ServerAddress> addresses;
    const int count = settings.beginReadArray(ListKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ServerAddress address;
        address.name = settings.value(QStringLiteral("name")).toString();
        address.host = settings.value(QStringLiteral("host")).toString();
        address.port = settings.value(QStringLiteral("port"), ServerAddress::DefaultPort).toInt();
        address.database = settings.value(QStringLiteral("database")).toString();
        address.user = settings.value(QStringLiteral("user")).toString();
        address.sslMode = settings.value(QStringLiteral("sslmode"), ServerAddress::recommendedSslMode()).toString();
        address.caFile = settings.value(QStringLiteral("caFile")).toString();
        if (!address.name.isEmpty())
            addresses << address;
    }
    settings.endArray();
    return addresses;
}

std::optional<ServerAddress> SavedServers::find(const QString &name)
{
    for (const ServerAddress &address : all()) {
        if (address.name == name)
            return address;
    }
    return std::nullopt;
}

void SavedServers::write(const QList<ServerAddress> &addresses)
{
    QSettings settings;
    writeTo(settings, addresses);
}

void SavedServers::writeTo(QSettings &settings, const QList<ServerAddress> &addresses)
{
    settings.remove(ListKey);
    settings.beginWriteArray(ListKey, int(addresses.size()));
    for (int i = 0; i < addresses.size(); ++i) {
        const ServerAddress &address = addresses.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), address.name);
        settings.setValue(QStringLiteral("host"), address.host);
        settings.setValue(QStringLiteral("port"), address.port);
        settings.setValue(QStringLiteral("database"), address.database);
        settings.setValue(QStringLiteral("user"), address.user);
        settings.setValue(QStringLiteral("sslmode"), address.sslMode);
        settings.setValue(QStringLiteral("caFile"), address.caFile);
    }
    settings.endArray();
}

void SavedServers::save(const ServerAddress &address)
{
    QList<ServerAddress> addresses = all();
    const auto same = std::find_if(addresses.begin(), addresses.end(),
                                   [&](const ServerAddress &saved) { return saved.name == address.name; });
    if (same != addresses.end())
        *same = address;
    else
        addresses << address;
    write(addresses);
}

void SavedServers::remove(const QString &name)
{
    QList<ServerAddress> addresses = all();
    addresses.removeIf([&](const ServerAddress &saved) { return saved.name == name; });
    write(addresses);
}

QString SavedServers::lastServerUri()
{
    return QSettings().value(LastServerKey).toString();
}

QString SavedServers::lastLocalFile()
{
    return QSettings().value(LastFileKey).toString();
}

void SavedServers::rememberOpened(const QString &uriOrPath, bool server)
{
    QSettings settings;
    if (server) {
        settings.setValue(LastServerKey, uriOrPath);
        return;
    }
    settings.remove(LastServerKey);
    settings.setValue(LastFileKey, uriOrPath);
}

} // namespace kai::server
