// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ServerAddress.h"

#include <QUrl>

namespace kai::server {

namespace {
QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

bool isSocketFolder(const QString &host)
{
    return host.startsWith(QLatin1Char('/'));
}
} // namespace

QStringList ServerAddress::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-ca"),
            QStringLiteral("verify-full")};
}

QString ServerAddress::uri() const
{
    // A socket folder is not a host name: it travels as the host parameter, like libpq's own examples.
    QString authority = encoded(user) + QLatin1Char('@');
    QStringList parameters;
    if (isSocketFolder(host)) {
        parameters << QStringLiteral("host=") + encoded(host) << QStringLiteral("port=%1").arg(port);
    } else {
        authority += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : encoded(host);
        authority += QStringLiteral(":%1").arg(port);
    }
    if (!sslMode.isEmpty())
        parameters << QStringLiteral("sslmode=") + encoded(sslMode);
    if (!caFile.isEmpty())
        parameters << QStringLiteral("sslrootcert=") + encoded(caFile);
    QString text = QStringLiteral("postgresql://") + authority + QLatin1Char('/') + encoded(database);
    if (!parameters.isEmpty())
        text += QLatin1Char('?') + parameters.join(QLatin1Char('&'));
    return text;
}

QString ServerAddress::label() const
{
    return QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(database);
}

QString ServerAddress::missingFields() const
{
    QStringList missing;
    if (host.trimmed().isEmpty())
        missing << tr("Host");
    if (database.trimmed().isEmpty())
        missing << tr("Database");
    if (user.trimmed().isEmpty())
        missing << tr("User");
    if (missing.isEmpty())
        return {};
    return tr("Still to fill in: %1.").arg(missing.join(QStringLiteral(", ")));
}

} // namespace kai::server
