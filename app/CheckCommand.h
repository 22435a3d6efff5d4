// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"
#include "store/ProgramRuleChecker.h"

#include <QTextStream>

namespace kai::store {
class Database;
}

namespace kai::app {

// `kai-dashboard check`: integrity, schema version and the program's rules, as a readable list.
// Opens the file read-only and never modifies it, unless --repair-rollup asks it to rebuild the
// daily GPU usage rollup first. Quick by default (quick_check; whole-table rules recorded as
// holding are not re-read), --full reads everything.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static int run(const AppOptions &options, QTextStream &out, QTextStream &err);

private:
    static QVector<store::ProgramRuleChecker::Violation> checkRules(store::Database &database, bool full);
    // Rebuilds gpu_usage_daily in one transaction; returns false (after saying why) on failure.
    static bool repairRollup(store::Database &database, const QString &shown, QTextStream &out, QTextStream &err);
};

} // namespace kai::app
