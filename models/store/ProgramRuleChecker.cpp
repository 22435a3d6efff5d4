// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ProgramRuleChecker.h"

#include "store/ContentChecksumCache.h"
#include "store/GpuUsageRollup.h"
#include "store/MigrationRunner.h"
#include "store/SchemaInfo.h"
#include "store/SqlIdentifier.h"
#include "store/SqliteConnection.h"
#include "store/VerifiedRules.h"

#include <QDate>
#include <algorithm>
#include <QHash>
#include <QLocale>
#include <QPair>

namespace kai::store {

namespace {
// Runs a query whose rows each describe one violation, formatted by `describe`.
template<typename Describe>
QVector<ProgramRuleChecker::Violation> violationsFrom(SqlConnection &connection, const QString &rule,
                                                      const QString &sql, Describe describe)
{
    QVector<ProgramRuleChecker::Violation> violations;
    SqlQuery query = connection.query(sql);
    while (query.step())
        violations.append({rule, describe(query)});
    return violations;
}

struct Interval
{
    qint64 firstDay;  // days since 1970-01-01
    qint64 lastDay;
    double gpus;
};

qint64 epochDay(const QDate &date)
{
    return QDate(1970, 1, 1).daysTo(date);
}

// Days on which one consortium's use of one GPU model exceeded its allocation, summed per month.
struct Overuse
{
    QString consortium;
    QString gpuModel;
    QString month;
    int days = 0;
    double worstUsed = 0;
    double worstAllowed = 0;
};
} // namespace

QVector<ProgramRuleChecker::Violation> ProgramRuleChecker::checkAll()
{
    QVector<Violation> all = checkIntegrity();
    if (!all.isEmpty())
        return all;  // the rules below would only read garbage
    all += checkSchemaVersion();
    all += checkOneConsortiumRule();
    all += checkDateOrder();
    all += checkGpuUsageWithinAllocation();
    all += checkDailyRollup();
    return all;
}

QVector<ProgramRuleChecker::Violation> ProgramRuleChecker::checkDailyRollup()
{
    if (m_depth == Depth::Quick && m_connection.sqlite()
        && VerifiedRules::holds(*m_connection.sqlite(), VerifiedRules::Rule::DailyRollup))
        return {};
    m_rollupReadFully = true;
    const QVector<GpuUsageRollup::Difference> differences = GpuUsageRollup::differences(m_connection);
    QVector<Violation> violations;
    const QLocale locale;
    const QString rule = QStringLiteral("gpu-rollup");
    for (const GpuUsageRollup::Difference &d : differences) {
        if (violations.size() == MaxListedRollupDifferences) {
            violations.append({rule, tr("… and %n more difference(s) between the daily GPU usage rollup and the "
                                        "samples; run check --repair-rollup to rebuild it.",
                                        nullptr, int(differences.size() - MaxListedRollupDifferences))});
            break;
        }
        violations.append(
            {rule, tr("Daily GPU usage rollup of %1, %2, %3: %4 GPU-hours in %5 sample(s), but the samples add up "
                      "to %6 GPU-hours in %7; run check --repair-rollup to rebuild it.")
                       .arg(QDate(1970, 1, 1).addDays(d.day).toString(Qt::ISODate), d.consortium, d.gpuModel,
                            locale.toString(d.rollupHours, 'f', 1), locale.toString(d.rollupSamples),
                            locale.toString(d.sampleHours, 'f', 1), locale.toString(d.sampleSamples))});
    }
    return violations;
}

QVector<ProgramRuleChecker::Violation> ProgramRuleChecker::checkIntegrity()
{
    QVector<Violation> violations;
    if (!m_connection.sqlite())
        return violations;
    SqliteStatement integrity = m_connection.sqlite()->prepare(
        m_depth == Depth::Full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check"));
    while (integrity.step()) {
        const QString line = integrity.columnText(0);
        if (line != QLatin1String("ok"))
            violations.append({QStringLiteral("integrity"), tr("Database integrity: %1").arg(line)});
    }
    violations += checkForeignKeys();
    return violations;
}

QVector<ProgramRuleChecker::Violation> ProgramRuleChecker::checkForeignKeys()
{
    const auto describe = [](const SqlQuery &r) {
        return tr("Row %1 of table %2 refers to a missing row of table %3.")
            .arg(r.columnInt(1))
            .arg(r.columnText(0), r.columnText(2));
    };
    const QString rule = QStringLiteral("foreign-key");
    if (m_depth == Depth::Full || !VerifiedRules::holds(*m_connection.sqlite(), VerifiedRules::Rule::UsageForeignKeys)) {
        m_foreignKeysReadFully = true;
        return violationsFrom(m_connection, rule, QStringLiteral("PRAGMA foreign_key_check"), describe);
    }
    // The usage rows' keys are known to hold; every other table is checked as usual.
    QVector<Violation> violations;
    for (const QString &table : ContentChecksumCache::contentTables(m_connection)) {
        if (table == VerifiedRules::usageTable())
            continue;
        violations += violationsFrom(m_connection, rule, QStringLiteral("PRAGMA foreign_key_check(%1)").arg(quotedIdentifier(table)),
                                     describe);
    }
    return violations;
}

void ProgramRuleChecker::recordVerified(const QVector<Violation> &violations)
{
    SqliteConnection *file = m_connection.sqlite();
    if (!file || file->isReadOnly() || (!m_foreignKeysReadFully && !m_rollupReadFully))
        return;
    ContentChecksumCache::refresh(*file);
    const auto failed = [&](const QString &rule) {
        return std::any_of(violations.cbegin(), violations.cend(), [&](const Violation &v) {
            return v.rule == rule || v.rule == QLatin1String("integrity");
        });
    };
    if (m_foreignKeysReadFully && !failed(QStringLiteral("foreign-key")))
        VerifiedRules::record(*file, VerifiedRules::Rule::UsageForeignKeys);
    if (m_rollupReadFully && !failed(QStringLiteral("gpu-rollup")))
        VerifiedRules::record(*file, VerifiedRules::Rule::DailyRollup);
}

QVector<ProgramRuleChecker::Violation> ProgramRuleChecker::checkSchemaVersion()
{
    QVector<Violation> violations;
    const qint64 applicationId = m_connection.applicationId();
    const int version = m_connection.schemaVersion();
    if (applicationId != ApplicationId)
        violations.append({QStringLiteral("schema"), tr("The file is not marked as a K-AI Dashboard database.")});
    if (version != MigrationRunner::latestVersion()) {
        violations.append({QStringLiteral("schema"), tr("Schema version %1; this application expects version %2.")
                                                         .arg(version)
                                                         .arg(MigrationRunner::latestVersion())});
    }
    return violations;
}

QVector<ProgramRuleChecker::Violation> ProgramRuleChecker::checkOneConsortiumRule()
{
    // The schema's triggers prevent this; the check still catches files written by other tools or
    // with triggers bypassed.
    return violationsFrom(
        m_connection, QStringLiteral("one-consortium"),
        QStringLiteral("SELECT o.name_en, o.name_ko, c1.code, c2.code, "
                       "       CASE WHEN m1.joined_on > m2.joined_on THEN m1.joined_on ELSE m2.joined_on END "
                       "  FROM membership m1 JOIN membership m2 ON m2.organisation_id = m1.organisation_id "
                       "                                        AND m2.id > m1.id "
                       "  JOIN consortium c1 ON c1.id = m1.consortium_id "
                       "  JOIN consortium c2 ON c2.id = m2.consortium_id AND c2.program_id = c1.program_id "
                       "  JOIN organisation o ON o.id = m1.organisation_id "
                       " WHERE (o.kind IN ('large_enterprise', 'startup_sme') OR c1.id = c2.id) "
                       "   AND m1.joined_on < COALESCE(m2.left_on, '9999-12-31') "
                       "   AND m2.joined_on < COALESCE(m1.left_on, '9999-12-31') "
                       " ORDER BY o.name_en"),
        [](const SqlQuery &r) {
            if (r.columnText(2) == r.columnText(3)) {
                return tr("%1 (%2) is listed twice in consortium %3 for overlapping periods (from %4).")
                    .arg(r.columnText(0), r.columnText(1), r.columnText(2), r.columnText(4));
            }
            return tr("%1 (%2) belongs to consortia %3 and %4 at the same time (from %5); a company may join "
                      "only one consortium.")
                .arg(r.columnText(0), r.columnText(1), r.columnText(2), r.columnText(3), r.columnText(4));
        });
}

QVector<ProgramRuleChecker::Violation> ProgramRuleChecker::checkDateOrder()
{
    const QString rule = QStringLiteral("date-order");
    QVector<Violation> violations = violationsFrom(
        m_connection, rule,
        QStringLiteral("SELECT code, planned_start, planned_end, COALESCE(actual_start, '-'), COALESCE(actual_end, '-') "
                       "  FROM stage WHERE planned_end < planned_start OR actual_end < actual_start ORDER BY seq"),
        [](const SqlQuery &r) {
            return tr("Stage %1 has its dates out of order (planned %2 to %3, actual %4 to %5).")
                .arg(r.columnText(0), r.columnText(1), r.columnText(2), r.columnText(3), r.columnText(4));
        });
    violations += violationsFrom(
        m_connection, rule,
        QStringLiteral("SELECT c.code, o.name_en, m.joined_on, m.left_on FROM membership m "
                       "  JOIN consortium c ON c.id = m.consortium_id JOIN organisation o ON o.id = m.organisation_id "
                       " WHERE m.left_on <= m.joined_on"),
        [](const SqlQuery &r) {
            return tr("%1 leaves consortium %2 on %4, which is not after joining it on %3.")
                .arg(r.columnText(1), r.columnText(0), r.columnText(2), r.columnText(3));
        });
    violations += violationsFrom(
        m_connection, rule,
        QStringLiteral("SELECT s.code, c.code, r.evaluated_on, r.published_on FROM round_result r "
                       "  JOIN stage s ON s.id = r.stage_id JOIN consortium c ON c.id = r.consortium_id "
                       " WHERE r.published_on < r.evaluated_on OR r.evaluated_on < s.planned_start"),
        [](const SqlQuery &r) {
            return tr("The %1 result of consortium %2 has its dates out of order (evaluated %3, published %4).")
                .arg(r.columnText(0), r.columnText(1), r.columnText(2), r.columnText(3));
        });
    violations += violationsFrom(
        m_connection, rule,
        QStringLiteral("SELECT c.code, a.period_start, a.period_end FROM gpu_allocation a "
                       "  JOIN consortium c ON c.id = a.consortium_id WHERE a.period_end < a.period_start"),
        [](const SqlQuery &r) {
            return tr("A GPU allocation of consortium %1 ends before it starts (%2 to %3).")
                .arg(r.columnText(0), r.columnText(1), r.columnText(2));
        });
    return violations;
}

QVector<ProgramRuleChecker::Violation> ProgramRuleChecker::checkGpuUsageWithinAllocation()
{
    // Allocations are few; keep them in memory keyed by consortium and GPU model.
    QHash<QPair<qint64, qint64>, QVector<Interval>> allocations;
    SqlQuery allocationQuery = m_connection.query(
        QStringLiteral("SELECT consortium_id, gpu_model_id, gpu_count, period_start, period_end FROM gpu_allocation"));
    while (allocationQuery.step()) {
        allocations[{allocationQuery.columnInt(0), allocationQuery.columnInt(1)}].append(
            {epochDay(QDate::fromString(allocationQuery.columnText(3), Qt::ISODate)),
             epochDay(QDate::fromString(allocationQuery.columnText(4), Qt::ISODate)), allocationQuery.columnDouble(2)});
    }

    // The daily rollup is small even for ten million samples: one row per day, consortium and model.
    QVector<Overuse> overuses;
    SqlQuery usage = m_connection.query(QStringLiteral(
        "SELECT d.consortium_id, d.gpu_model_id, d.day, SUM(d.gpu_hours), c.code, m.code "
        "  FROM gpu_usage_daily d JOIN consortium c ON c.id = d.consortium_id JOIN gpu_model m ON m.id = d.gpu_model_id "
        " GROUP BY d.consortium_id, d.gpu_model_id, d.day, c.code, m.code ORDER BY c.code, m.code, d.day"));
    while (usage.step()) {
        const qint64 day = usage.columnInt(2);
        double gpus = 0;
        for (const Interval &interval : allocations.value({usage.columnInt(0), usage.columnInt(1)})) {
            if (interval.firstDay <= day && day <= interval.lastDay)
                gpus += interval.gpus;
        }
        const double used = usage.columnDouble(3);
        const double allowed = gpus * 24.0;
        if (used <= allowed * 1.000001 + 1e-6)
            continue;
        const QString consortium = usage.columnText(4);
        const QString month = QDate(1970, 1, 1).addDays(day).toString(QStringLiteral("yyyy-MM"));
        if (overuses.isEmpty() || overuses.last().consortium != consortium || overuses.last().month != month
            || overuses.last().gpuModel != usage.columnText(5))
            overuses.append({consortium, usage.columnText(5), month});
        Overuse &current = overuses.last();
        ++current.days;
        if (used - allowed > current.worstUsed - current.worstAllowed) {
            current.worstUsed = used;
            current.worstAllowed = allowed;
        }
    }

    QVector<Violation> violations;
    const QLocale locale;
    for (const Overuse &overuse : std::as_const(overuses)) {
        violations.append({QStringLiteral("gpu-usage"),
                           tr("Consortium %1 exceeded its %2 allocation in %3 on %n day(s) (worst day: %4 "
                              "GPU-hours used of %5 allocated).",
                              nullptr, overuse.days)
                               .arg(overuse.consortium, overuse.gpuModel, overuse.month,
                                    locale.toString(overuse.worstUsed, 'f', 0),
                                    locale.toString(overuse.worstAllowed, 'f', 0))});
    }
    return violations;
}

} // namespace kai::store
