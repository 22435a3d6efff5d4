// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/OsAccount.h"

#include <QtGlobal>

namespace kai::review {

QString OsAccount::name()
{
    // USERNAME on Windows, USER (or LOGNAME under some shells and services) elsewhere.
    for (const char *variable : {"USERNAME", "USER", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

} // namespace kai::review
