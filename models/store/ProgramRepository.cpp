// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ProgramRepository.h"

#include "store/DomainCodes.h"
#include "store/SqlConnection.h"
#include "store/GpuUsageRollupCache.h"

#include <QDateTime>
#include <QTimeZone>

namespace kai::store {

using namespace kai::domain;

namespace {
QDate dateAt(const SqlQuery &row, int column)
{
    return row.isNull(column) ? QDate() : QDate::fromString(row.columnText(column), Qt::ISODate);
}

BilingualText textAt(const SqlQuery &row, int koColumn)
{
    return {row.columnText(koColumn), row.columnText(koColumn + 1)};
}

std::optional<int> optionalIntAt(const SqlQuery &row, int column)
{
    const auto value = row.columnOptionalInt(column);
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

// Runs a query with the as-of date bound to ?1 and maps each row.
template<typename T, typename Mapper>
QVector<T> queryAll(SqlConnection &connection, const QString &sql, const QString &asOf, Mapper map)
{
    SqlQuery query = connection.query(sql);
    if (!asOf.isNull())
        query.bind(1, asOf);
    QVector<T> rows;
    while (query.step())
        rows.append(map(query));
    return rows;
}
} // namespace

ProgramSnapshot ProgramRepository::loadSnapshot(const QDate &asOf)
{
    const QString day = asOf.toString(Qt::ISODate);
    ProgramSnapshot snapshot;
    snapshot.asOf = asOf;
    snapshot.program = loadProgram();
    snapshot.sources = loadSources();
    snapshot.organisations = loadOrganisations();
    snapshot.consortia = loadConsortia(day);
    snapshot.memberships = loadMemberships(day);
    snapshot.stages = loadStages(day);
    snapshot.results = loadResults(day);
    snapshot.models = loadModels(day);
    snapshot.allocations = loadAllocations(day);
    snapshot.usage = loadUsage(QDate(1970, 1, 1), asOf);
    snapshot.usageMonthToDate = loadUsage(QDate(asOf.year(), asOf.month(), 1), asOf);
    snapshot.bestRelativePerformance = loadBestRelativePerformance(day);
    snapshot.funding = loadFunding(day);
    snapshot.index();
    return snapshot;
}

ProgramInfo ProgramRepository::loadProgram()
{
    SqlQuery query = m_connection.query(QStringLiteral(
        "SELECT name_ko, name_en, ministry_ko, ministry_en, target_relative_pct, max_selected_teams, final_teams, "
        "source_id FROM program ORDER BY id LIMIT 1"));
    ProgramInfo info;
    if (query.step()) {
        info = {textAt(query, 0), textAt(query, 2), query.columnDouble(4), int(query.columnInt(5)),
                int(query.columnInt(6)), query.columnInt(7)};
    }
    return info;
}

QVector<Source> ProgramRepository::loadSources()
{
    return queryAll<Source>(
        m_connection, QStringLiteral("SELECT id, code, title, url, published_on, confidence, COALESCE(title_ko, ''), "
                                     "published_precision, is_company_claim FROM source ORDER BY id"),
        {}, [](const SqlQuery &r) {
            return Source{r.columnInt(0), r.columnText(1), r.columnText(2), r.columnText(3), dateAt(r, 4),
                          r.columnText(5), r.columnText(6), DomainCodes::datePrecision(r.columnText(7)),
                          r.columnInt(8) != 0};
        });
}

QVector<Organisation> ProgramRepository::loadOrganisations()
{
    return queryAll<Organisation>(
        m_connection,
        QStringLiteral("SELECT id, code, name_ko, name_en, name_en_verified, kind, source_id FROM organisation ORDER BY id"),
        {}, [](const SqlQuery &r) {
            return Organisation{r.columnInt(0), r.columnText(1), textAt(r, 2), r.columnInt(4) != 0,
                                DomainCodes::organisationKind(r.columnText(5)), r.columnInt(6)};
        });
}

QVector<Consortium> ProgramRepository::loadConsortia(const QString &asOf)
{
    return queryAll<Consortium>(
        m_connection,
        QStringLiteral("SELECT id, code, lead_organisation_id, name_ko, name_en, applied_on, announced_on, source_id "
                       "FROM consortium WHERE announced_on <= ?1 ORDER BY id"),
        asOf, [](const SqlQuery &r) {
            return Consortium{r.columnInt(0), r.columnText(1), r.columnInt(2), textAt(r, 3),
                              dateAt(r, 5), dateAt(r, 6), r.columnInt(7)};
        });
}

QVector<Membership> ProgramRepository::loadMemberships(const QString &asOf)
{
    // A departure announced after the as-of date was not yet known: the member still counts.
    return queryAll<Membership>(
        m_connection,
        QStringLiteral("SELECT id, consortium_id, organisation_id, role, joined_on, "
                       "       CASE WHEN left_on <= ?1 THEN left_on END, announced_on, source_id "
                       "  FROM membership WHERE announced_on <= ?1 ORDER BY consortium_id, role, id"),
        asOf, [](const SqlQuery &r) {
            return Membership{r.columnInt(0), r.columnInt(1), r.columnInt(2), DomainCodes::membershipRole(r.columnText(3)),
                              dateAt(r, 4), dateAt(r, 5), dateAt(r, 6), r.columnInt(7)};
        });
}

QVector<Stage> ProgramRepository::loadStages(const QString &asOf)
{
    return queryAll<Stage>(
        m_connection,
        QStringLiteral("SELECT id, code, seq, kind, name_ko, name_en, planned_start, planned_end, "
                       "       CASE WHEN actual_announced_on <= ?1 THEN actual_start END, "
                       "       CASE WHEN actual_announced_on <= ?1 THEN actual_end END, "
                       "       max_advancing, is_milestone, source_id, planned_dates, COALESCE(other_source_id, 0), "
                       "       actual_start_precision "
                       "  FROM stage WHERE plan_announced_on <= ?1 ORDER BY seq"),
        asOf, [](const SqlQuery &r) {
            return Stage{r.columnInt(0), r.columnText(1), int(r.columnInt(2)), DomainCodes::stageKind(r.columnText(3)),
                         textAt(r, 4), dateAt(r, 6), dateAt(r, 7), dateAt(r, 8), dateAt(r, 9),
                         optionalIntAt(r, 10), r.columnInt(11) != 0, r.columnInt(12),
                         DomainCodes::plannedDates(r.columnText(13)), r.columnInt(14),
                         DomainCodes::datePrecision(r.columnText(15))};
        });
}

QVector<RoundResult> ProgramRepository::loadResults(const QString &asOf)
{
    // A sealed result shows the latest correction recorded by the as-of date (the original until
    // then: the program as it was known); the original values travel with it for tooltips.
    return queryAll<RoundResult>(
        m_connection,
        QStringLiteral("SELECT r.id, r.stage_id, r.consortium_id, COALESCE(c.outcome, r.outcome), "
                       "       COALESCE(CASE WHEN c.id IS NULL THEN r.exit_reason ELSE c.exit_reason END, ''), "
                       "       CASE WHEN c.id IS NULL THEN r.rank ELSE c.rank END, "
                       "       CASE WHEN c.id IS NULL THEN r.total_score ELSE c.total_score END, "
                       "       COALESCE(c.total_is_confidential, r.total_is_confidential), r.evaluated_on, r.published_on, "
                       "       r.note_ko, r.note_en, COALESCE(c.source_id, r.source_id), "
                       "       COALESCE(CASE WHEN c.id IS NULL THEN r.total_source_id ELSE c.total_source_id END, 0), "
                       "       rs.sealed_on IS NOT NULL AND rs.sealed_on <= ?1, "
                       "       c.id, c.recorded_on, c.reason_ko, c.reason_en, c.note_ko, c.note_en, "
                       "       r.outcome, COALESCE(r.exit_reason, ''), r.rank, r.total_score, r.total_is_confidential "
                       "  FROM round_result r JOIN stage s ON s.id = r.stage_id "
                       "  LEFT JOIN round_seal rs ON rs.stage_id = r.stage_id "
                       "  LEFT JOIN result_correction c ON c.id = (SELECT x.id FROM result_correction x "
                       "         WHERE x.round_result_id = r.id AND x.recorded_on <= ?1 "
                       "         ORDER BY x.recorded_on DESC, x.id DESC LIMIT 1) "
                       " WHERE r.published_on <= ?1 "
                       " ORDER BY s.seq, COALESCE(CASE WHEN c.id IS NULL THEN r.rank ELSE c.rank END, 1000000), "
                       "          r.consortium_id"),
        asOf, [](const SqlQuery &r) {
            RoundResult result{r.columnInt(0), r.columnInt(1), r.columnInt(2), DomainCodes::outcome(r.columnText(3)),
                               DomainCodes::exitReason(r.columnText(4)), optionalIntAt(r, 5),
                               r.columnOptionalDouble(6), r.columnInt(7) != 0, dateAt(r, 8), dateAt(r, 9),
                               textAt(r, 10), r.columnInt(12), r.columnInt(13), r.columnInt(14) != 0, std::nullopt};
            if (!r.isNull(15)) {
                result.correction = ResultCorrection{r.columnInt(15), dateAt(r, 16), textAt(r, 17), textAt(r, 19),
                                                     result.sourceId, DomainCodes::outcome(r.columnText(21)),
                                                     DomainCodes::exitReason(r.columnText(22)), optionalIntAt(r, 23),
                                                     r.columnOptionalDouble(24), r.columnInt(25) != 0};
            }
            return result;
        });
}

QVector<ReleasedModel> ProgramRepository::loadModels(const QString &asOf)
{
    return queryAll<ReleasedModel>(
        m_connection,
        QStringLiteral("SELECT id, consortium_id, code, name, params_total_b, params_active_b, released_on, licence, "
                       "       note_ko, note_en, source_id, COALESCE(licence_ko, ''), "
                       "       released_precision, is_programme_output "
                       "  FROM released_model WHERE announced_on <= ?1 ORDER BY released_on, id"),
        asOf, [](const SqlQuery &r) {
            return ReleasedModel{r.columnInt(0), r.columnInt(1), r.columnText(2), r.columnText(3),
                                 r.columnOptionalDouble(4), r.columnOptionalDouble(5), dateAt(r, 6),
                                 r.columnText(7), textAt(r, 8), r.columnInt(10), r.columnText(11),
                                 DomainCodes::datePrecision(r.columnText(12)), r.columnInt(13) != 0};
        });
}

QVector<GpuAllocation> ProgramRepository::loadAllocations(const QString &asOf)
{
    return queryAll<GpuAllocation>(
        m_connection,
        // "None allocated" has no provider or model.
        QStringLiteral("SELECT a.id, a.consortium_id, COALESCE(p.code, ''), p.name_ko, p.name_en, COALESCE(m.code, ''), "
                       "       COALESCE(m.h100_equivalent, 0), a.gpu_count, a.period_start, a.period_end, a.announced_on, "
                       "       a.source_id, a.count_precision "
                       "  FROM gpu_allocation a LEFT JOIN gpu_provider p ON p.id = a.provider_id "
                       "  LEFT JOIN gpu_model m ON m.id = a.gpu_model_id "
                       " WHERE a.announced_on <= ?1 ORDER BY a.consortium_id, a.period_start, a.id"),
        asOf, [](const SqlQuery &r) {
            return GpuAllocation{r.columnInt(0), r.columnInt(1), r.columnText(2), textAt(r, 3), r.columnText(5),
                                 r.columnDouble(6), int(r.columnInt(7)), dateAt(r, 8), dateAt(r, 9),
                                 dateAt(r, 10), r.columnInt(11), r.columnText(12) == QLatin1String("approximate")};
        });
}

QVector<GpuUsageTotal> ProgramRepository::loadUsage(const QDate &from, const QDate &asOf)
{
    // Usage of a day is known once the day is over; the rollup keeps this fast at any size.
    return m_usageRollup ? m_usageRollup->totals(m_connection, from, asOf) : GpuUsageRollupCache::sum(m_connection, from, asOf);
}

std::optional<RelativePerformance> ProgramRepository::loadBestRelativePerformance(const QString &asOf)
{
    // The overall figure is the 13-benchmark average, compared with the reference frozen for that
    // round; scores count once the round's results are published.
    SqlQuery query = m_connection.query(QStringLiteral(
        "SELECT rm.consortium_id, rm.name, rr.reference_model, ms.stage_id, 100.0 * ms.score / rr.reference_score, "
        "       ms.is_confidential, CASE WHEN s.is_illustrative + rs.is_illustrative > 0 THEN 1 ELSE 0 END, "
        "       CASE WHEN s.is_company_claim + rs.is_company_claim > 0 THEN 1 ELSE 0 END "
        "  FROM model_score ms "
        "  JOIN released_model rm ON rm.id = ms.released_model_id "
        "  JOIN benchmark b ON b.id = ms.benchmark_id AND b.code = 'COMMON13-AVG' "
        "  JOIN round_reference rr ON rr.stage_id = ms.stage_id AND rr.benchmark_id = ms.benchmark_id "
        "  JOIN source s ON s.id = ms.source_id JOIN source rs ON rs.id = rr.source_id "
        " WHERE EXISTS (SELECT 1 FROM round_result r WHERE r.stage_id = ms.stage_id AND r.published_on <= ?1) "
        " ORDER BY CASE WHEN ms.is_confidential + s.is_illustrative + rs.is_illustrative > 0 THEN 1 ELSE 0 END, "
        "          100.0 * ms.score / rr.reference_score DESC LIMIT 1"));
    query.bind(1, asOf);
    if (!query.step())
        return std::nullopt;
    return RelativePerformance{query.columnInt(0),       query.columnText(1),      query.columnText(2),
                               query.columnInt(3),       query.columnDouble(4),    query.columnInt(5) != 0,
                               query.columnInt(6) != 0,  query.columnInt(7) != 0};
}

QVector<Funding> ProgramRepository::loadFunding(const QString &asOf)
{
    return queryAll<Funding>(
        m_connection,
        QStringLiteral("SELECT consortium_id, year, government_krw, private_krw, COALESCE(open_source_grade, ''), "
                       "       source_id FROM funding WHERE announced_on <= ?1 ORDER BY year, consortium_id"),
        asOf, [](const SqlQuery &r) {
            return Funding{r.columnInt(0), int(r.columnInt(1)), r.columnInt(2), r.columnInt(3), r.columnText(4),
                           r.columnInt(5)};
        });
}

} // namespace kai::store
