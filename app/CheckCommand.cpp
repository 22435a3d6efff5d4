// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include "DatabaseLocator.h"
#include "store/Database.h"
#include "store/GpuUsageRollup.h"
#include "store/ProgramRuleChecker.h"
#include "store/SqlTransaction.h"
#include "store/SqliteTransaction.h"
#include "store/StoreError.h"

#include <QDir>

namespace kai::app {

int CheckCommand::run(const AppOptions &options, QTextStream &out, QTextStream &err)
{
    // check changes nothing unless asked to upgrade or to repair the rollup.
    store::Database::OpenOptions openOptions;
    openOptions.readOnly = !options.repairRollup && !options.upgrade;
    openOptions.migrate = options.upgrade;
    store::Database::OpenResult opened = DatabaseLocator::open(options, openOptions, &err);
    if (!opened && opened.upgradeAvailable) {
        err << tr("kai-dashboard check: %1 was written by an older K-AI Dashboard and must be upgraded before it "
                  "can be checked. Run kai-dashboard check --upgrade --db %1 to upgrade it (a backup copy is "
                  "written next to it first), or open it in the window. It was not modified.")
                   .arg(QDir::toNativeSeparators(DatabaseLocator::path(options)))
            << Qt::endl;
        return ExitBadArguments;
    }
    if (!opened) {
        err << tr("kai-dashboard check: %1").arg(opened.error) << Qt::endl;
        return ExitBadArguments;
    }
    const QString shown = QDir::toNativeSeparators(opened.database->path());
    if (options.repairRollup && !repairRollup(*opened.database, shown, out, err))
        return ExitBadArguments;
    QVector<store::ProgramRuleChecker::Violation> violations;
    try {
        violations = checkRules(*opened.database, options.fullCheck);
    } catch (const store::StoreError &error) {
        err << tr("kai-dashboard check: %1 could not be read: %2").arg(shown, error.message()) << Qt::endl;
        return ExitBadArguments;
    }
    if (violations.isEmpty()) {
        out << tr("%1: no problems found (integrity, schema version, one consortium per company, dates in order, "
                  "GPU usage within allocation).")
                   .arg(shown)
            << Qt::endl;
        return ExitOk;
    }
    out << tr("%1: %n problem(s) found:", nullptr, int(violations.size())).arg(shown) << Qt::endl;
    for (const auto &violation : std::as_const(violations))
        out << QStringLiteral("  [%1] %2").arg(violation.rule, violation.message) << Qt::endl;
    return ExitProblemsFound;
}

QVector<store::ProgramRuleChecker::Violation> CheckCommand::checkRules(store::Database &database, bool full)
{
    store::ProgramRuleChecker checker(database.sql(), full ? store::ProgramRuleChecker::Depth::Full
                                                           : store::ProgramRuleChecker::Depth::Quick);
    // A server keeps no recorded verdicts (its quick check reads what it needs).
    if (database.isReadOnly() || database.isServer())
        return checker.checkAll();
    store::SqliteConnection &connection = database.connection();
    // Opened for writing (--repair-rollup, --upgrade): the rules read in full are recorded as
    // holding for exactly the state checked, so later quick checks can rely on them.
    store::SqliteTransaction transaction(connection);
    const QVector<store::ProgramRuleChecker::Violation> violations = checker.checkAll();
    checker.recordVerified(violations);
    transaction.commit();
    return violations;
}

bool CheckCommand::repairRollup(store::Database &database, const QString &shown, QTextStream &out, QTextStream &err)
{
    if (database.isReadOnly()) {
        err << tr("kai-dashboard check: %1 is read-only; the rollup cannot be rebuilt.").arg(shown) << Qt::endl;
        return false;
    }
    try {
        store::SqlConnection &connection = database.sql();
        const qsizetype differing = store::GpuUsageRollup::differences(connection).size();
        store::SqlTransaction transaction(connection);
        store::GpuUsageRollup::rebuild(connection);
        transaction.commit();
        out << tr("%1: rebuilt the daily GPU usage rollup from the samples (%n difference(s) found).", nullptr,
                  int(differing))
                   .arg(shown)
            << Qt::endl;
        return true;
    } catch (const store::StoreError &error) {
        err << tr("kai-dashboard check: the rollup of %1 could not be rebuilt; the database is unchanged: %2")
                   .arg(shown, error.message())
            << Qt::endl;
        return false;
    }
}

} // namespace kai::app
