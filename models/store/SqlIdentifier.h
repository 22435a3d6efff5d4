// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kai::store {

// Table and column names come from a database's own catalog, never from the user; quoting keeps
// any odd name an identifier rather than SQL. The syntax is the same in SQLite and PostgreSQL.
inline QString quotedIdentifier(const QString &name)
{
    QString text = name;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace kai::store
