// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include <QTextStream>
#include <memory>

namespace kai::store {
class Database;
}

namespace kai::app {

// `kai-dashboard diff A.sqlite B.sqlite [--lang ko|en]`: what differs between two databases, fact
// by fact by stable keys (history::LogicalDatabaseDiff), one plain sentence a line. Both files are
// opened read-only and never modified. Exit codes: 0 the same data, 1 differences listed, 2 bad
// arguments or an unusable file (named, with the reason).
class DiffCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)

public:
    static int run(const AppOptions &options, QTextStream &out, QTextStream &err);

private:
    static std::unique_ptr<store::Database> open(const QString &path, QTextStream &err);
};

} // namespace kai::app
