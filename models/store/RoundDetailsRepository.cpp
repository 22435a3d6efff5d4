// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RoundDetailsRepository.h"

#include "store/SqlConnection.h"

namespace kai::store {

using namespace kai::domain;

namespace {
std::optional<bool> optionalBoolAt(const SqlQuery &row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<bool>(row.columnInt(column) != 0);
}

// Korean and English text from two adjacent columns; NULL reads as empty.
BilingualText textPair(const SqlQuery &row, int koColumn)
{
    const auto text = [&row](int column) { return row.isNull(column) ? QString() : row.columnText(column); };
    return {text(koColumn), text(koColumn + 1)};
}

// Runs a query with the stage bound to ?1 and the as-of date (if any) to ?2, mapping each row.
template<typename T, typename Mapper>
QVector<T> queryStage(SqlConnection &connection, const QString &sql, qint64 stageId, const QString &asOf,
                      Mapper map)
{
    SqlQuery query = connection.query(sql);
    query.bind(1, stageId);
    if (!asOf.isNull())
        query.bind(2, asOf);
    QVector<T> rows;
    while (query.step())
        rows.append(map(query));
    return rows;
}
} // namespace

RoundDetails RoundDetailsRepository::load(qint64 stageId, const QDate &asOf)
{
    const QString day = asOf.toString(Qt::ISODate);
    RoundDetails details;
    details.stageId = stageId;
    details.criteria = loadCriteria(stageId);
    details.scores = loadScores(stageId, day);
    details.references = loadReferences(stageId, day);
    details.modelScores = loadModelScores(stageId, day);
    return details;
}

QVector<Criterion> RoundDetailsRepository::loadCriteria(qint64 stageId)
{
    return queryStage<Criterion>(
        m_connection,
        QStringLiteral("SELECT id, COALESCE(parent_id, 0), code, seq, name_ko, name_en, max_points, is_gate, source_id "
                       "  FROM criterion WHERE stage_id = ?1 ORDER BY seq, id"),
        stageId, {}, [](const SqlQuery &r) {
            return Criterion{r.columnInt(0), r.columnInt(1), r.columnText(2), int(r.columnInt(3)),
                             {r.columnText(4), r.columnText(5)}, r.columnOptionalDouble(6), r.columnInt(7) != 0,
                             r.columnInt(8)};
        });
}

QVector<CriterionScore> RoundDetailsRepository::loadScores(qint64 stageId, const QString &asOf)
{
    // A sealed round's score shows the latest correction recorded by the as-of date (the original
    // until then: the round as it was known); the original travels with it for tooltips.
    return queryStage<CriterionScore>(
        m_connection,
        QStringLiteral("SELECT r.consortium_id, s.criterion_id, "
                       "       CASE WHEN c.id IS NULL THEN s.points ELSE c.points END, "
                       "       CASE WHEN c.id IS NULL THEN s.passed ELSE c.passed END, "
                       "       COALESCE(c.is_confidential, s.is_confidential), COALESCE(c.source_id, s.source_id), "
                       "       c.id, c.recorded_on, c.reason_ko, c.reason_en, c.note_ko, c.note_en, "
                       "       s.points, s.passed, s.is_confidential "
                       "  FROM criterion_score s JOIN round_result r ON r.id = s.round_result_id "
                       "  LEFT JOIN criterion_score_correction c ON c.id = (SELECT x.id FROM criterion_score_correction x "
                       "         WHERE x.round_result_id = s.round_result_id AND x.criterion_id = s.criterion_id "
                       "           AND x.recorded_on <= ?2 ORDER BY x.recorded_on DESC, x.id DESC LIMIT 1) "
                       " WHERE r.stage_id = ?1 AND r.published_on <= ?2 ORDER BY r.consortium_id, s.criterion_id"),
        stageId, asOf, [](const SqlQuery &r) {
            CriterionScore score{r.columnInt(0),       r.columnInt(1), r.columnOptionalDouble(2), optionalBoolAt(r, 3),
                                 r.columnInt(4) != 0, r.columnInt(5), std::nullopt};
            if (!r.isNull(6)) {
                score.correction = CriterionScoreCorrection{
                    r.columnInt(6),        QDate::fromString(r.columnText(7), Qt::ISODate),
                    textPair(r, 8),        textPair(r, 10),
                    score.sourceId,        r.columnOptionalDouble(12),
                    optionalBoolAt(r, 13), r.columnInt(14) != 0};
            }
            return score;
        });
}

QVector<RoundReference> RoundDetailsRepository::loadReferences(qint64 stageId, const QString &asOf)
{
    return queryStage<RoundReference>(
        m_connection,
        QStringLiteral("SELECT b.id, b.code, b.name, b.category, f.reference_model, f.reference_score, f.frozen_on, "
                       "       f.source_id, COALESCE(b.name_ko, '') "
                       "  FROM round_reference f JOIN benchmark b ON b.id = f.benchmark_id "
                       " WHERE f.stage_id = ?1 AND f.frozen_on <= ?2 ORDER BY b.category <> 'aggregate', b.id"),
        stageId, asOf, [](const SqlQuery &r) {
            return RoundReference{r.columnInt(0), r.columnText(1), {r.columnText(8), r.columnText(2)}, r.columnText(3),
                                  r.columnText(4),
                                  r.columnDouble(5), QDate::fromString(r.columnText(6), Qt::ISODate), r.columnInt(7)};
        });
}

QVector<ModelScore> RoundDetailsRepository::loadModelScores(qint64 stageId, const QString &asOf)
{
    // A model's round score is known once the model was announced and the round's result published.
    return queryStage<ModelScore>(
        m_connection,
        QStringLiteral("SELECT m.consortium_id, m.name, s.benchmark_id, s.score, s.is_confidential, s.source_id "
                       "  FROM model_score s JOIN released_model m ON m.id = s.released_model_id "
                       "  JOIN round_result r ON r.stage_id = s.stage_id AND r.consortium_id = m.consortium_id "
                       " WHERE s.stage_id = ?1 AND m.announced_on <= ?2 AND r.published_on <= ?2 "
                       " ORDER BY m.consortium_id, s.benchmark_id"),
        stageId, asOf, [](const SqlQuery &r) {
            return ModelScore{r.columnInt(0), r.columnText(1), r.columnInt(2), r.columnDouble(3), r.columnInt(4) != 0,
                              r.columnInt(5)};
        });
}

} // namespace kai::store
