// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include <QTextStream>
#include <memory>

namespace kai::store {
class Database;
}

namespace kai::app {

// `kai-dashboard diff A B [--lang ko|en]`: what differs between two databases, fact by fact by
// stable keys (history::LogicalDatabaseDiff), one plain sentence a line. A and B are files, server
// URIs or saved connections' names, in any pairing (a laptop's review copy against the office's
// server, say); both are opened read-only and never modified. Exit codes: 0 the same data, 1 differences listed, 2 bad
// arguments or an unusable file (named, with the reason).
class DiffCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)

public:
    static int run(const AppOptions &options, QTextStream &out, QTextStream &err);

private:
    static std::unique_ptr<store::Database> open(const AppOptions &options, const QString &path, QTextStream &err);
    // A file's name (its full path when both have the same name), or a server's host and database.
    static QString shownName(const store::Database &database, const QString &path, const QString &otherPath);
};

} // namespace kai::app
