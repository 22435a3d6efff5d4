// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ChangesSinceReader.h"

#include "store/DomainCodes.h"
#include "store/SqlConnection.h"

namespace kai::store {

namespace {
// The seal and correction tables keep UTC times with milliseconds, lexically ordered.
QString timestamp(const QDateTime &moment)
{
    return moment.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

std::optional<int> optionalRank(const SqlQuery &row, int column)
{
    const std::optional<qint64> rank = row.columnOptionalInt(column);
    return rank ? std::optional<int>(int(*rank)) : std::nullopt;
}
} // namespace

bool ChangesSinceReader::hasTable(const char *name)
{
    return m_connection.hasTable(QString::fromLatin1(name));
}

QVector<history::SealRecord> ChangesSinceReader::sealsSince(const QDateTime &since)
{
    QVector<history::SealRecord> seals;
    if (!hasTable("round_seal"))
        return seals;
    SqlQuery query = m_connection.query(QStringLiteral(
        "SELECT s.code, r.sealed_on, r.sealed_at FROM round_seal r JOIN stage s ON s.id = r.stage_id "
        "WHERE r.sealed_at >= ?1 ORDER BY r.sealed_at, s.seq"));
    query.bind(1, timestamp(since));
    while (query.step())
        seals.append({query.columnText(0), QDate::fromString(query.columnText(1), Qt::ISODate), query.columnText(2)});
    return seals;
}

QVector<history::CorrectionRecord> ChangesSinceReader::correctionsSince(const QDateTime &since)
{
    QVector<history::CorrectionRecord> corrections;
    if (!hasTable("result_correction"))
        return corrections;
    // Every correction of each result in order, so each one's "from" is the version it replaced.
    SqlQuery query = m_connection.query(QStringLiteral(
        "SELECT c.round_result_id, st.code, co.code, c.recorded_on, c.recorded_at, c.outcome, c.rank, c.reason_ko, "
        "c.reason_en, r.outcome, r.rank FROM result_correction c JOIN round_result r ON r.id = c.round_result_id "
        "JOIN stage st ON st.id = r.stage_id JOIN consortium co ON co.id = r.consortium_id "
        "ORDER BY c.recorded_at, c.id"));
    const QString from = timestamp(since);
    QHash<qint64, std::pair<domain::Outcome, std::optional<int>>> current;
    while (query.step()) {
        const qint64 result = query.columnInt(0);
        history::CorrectionRecord record;
        record.stageCode = query.columnText(1);
        record.consortiumCode = query.columnText(2);
        record.recordedOn = QDate::fromString(query.columnText(3), Qt::ISODate);
        record.recordedAt = query.columnText(4);
        record.toOutcome = DomainCodes::outcome(query.columnText(5));
        record.toRank = optionalRank(query, 6);
        record.reason = {query.isNull(7) ? QString() : query.columnText(7), query.isNull(8) ? QString() : query.columnText(8)};
        const auto previous = current.value(result, {DomainCodes::outcome(query.columnText(9)), optionalRank(query, 10)});
        record.fromOutcome = previous.first;
        record.fromRank = previous.second;
        current.insert(result, {record.toOutcome, record.toRank});
        if (record.recordedAt >= from)
            corrections.append(record);
    }
    return corrections;
}

QVector<history::CriterionCorrectionRecord> ChangesSinceReader::criterionCorrectionsSince(const QDateTime &since)
{
    using Record = history::CriterionCorrectionRecord;
    QVector<Record> corrections;
    if (!hasTable("criterion_score_correction"))
        return corrections;
    // Every correction of each score in order, so each one's "from" is the version it replaced.
    SqlQuery query = m_connection.query(QStringLiteral(
        "SELECT c.round_result_id || '/' || c.criterion_id, st.code, co.code, k.name_ko, k.name_en, c.recorded_on, "
        "c.recorded_at, c.points, c.passed, c.reason_ko, c.reason_en, s.points, s.passed "
        "FROM criterion_score_correction c "
        "JOIN criterion_score s ON s.round_result_id = c.round_result_id AND s.criterion_id = c.criterion_id "
        "JOIN round_result r ON r.id = c.round_result_id JOIN stage st ON st.id = r.stage_id "
        "JOIN consortium co ON co.id = r.consortium_id JOIN criterion k ON k.id = c.criterion_id "
        "ORDER BY c.recorded_at, c.id"));
    const auto text = [&query](int column) { return query.isNull(column) ? QString() : query.columnText(column); };
    const auto score = [&query](int column) {
        const std::optional<qint64> passed = query.columnOptionalInt(column + 1);
        return Record::Score{query.columnOptionalDouble(column),
                             passed ? std::optional<bool>(*passed != 0) : std::nullopt};
    };
    const QString from = timestamp(since);
    QHash<QString, Record::Score> current;
    while (query.step()) {
        const QString scoreKey = query.columnText(0);
        Record record;
        record.stageCode = query.columnText(1);
        record.consortiumCode = query.columnText(2);
        record.criterion = {text(3), text(4)};
        record.recordedOn = QDate::fromString(query.columnText(5), Qt::ISODate);
        record.recordedAt = query.columnText(6);
        record.to = score(7);
        record.reason = {text(9), text(10)};
        record.from = current.value(scoreKey, score(11));
        current.insert(scoreKey, record.to);
        if (record.recordedAt >= from)
            corrections.append(record);
    }
    return corrections;
}

void ChangesSinceReader::readNames(const char *sql, QHash<QString, domain::BilingualText> &names, QHash<QString, QString> *codes)
{
    // Each query answers id, code, Korean name, English name.
    SqlQuery query = m_connection.query(QString::fromLatin1(sql));
    while (query.step()) {
        const QString code = query.columnText(1);
        names.insert(code, {query.isNull(2) ? QString() : query.columnText(2), query.isNull(3) ? QString() : query.columnText(3)});
        if (codes)
            codes->insert(QString::number(query.columnInt(0)), code);
    }
}

history::ItemNames ChangesSinceReader::names()
{
    history::ItemNames names;
    readNames("SELECT id, code, name_ko, name_en FROM consortium", names.consortia, &names.consortiumCodes);
    readNames("SELECT id, code, name_ko, name_en FROM organisation", names.organisations, &names.organisationCodes);
    readNames("SELECT id, code, name_ko, name_en FROM stage", names.stages, &names.stageCodes);
    readNames("SELECT id, code, title_ko, title FROM source", names.sources, &names.sourceCodes);
    readNames("SELECT id, id, name_ko, name_en FROM gpu_provider", names.providers, nullptr);
    SqlQuery models = m_connection.query(QStringLiteral("SELECT code, name FROM released_model"));
    while (models.step())
        names.models.insert(models.columnText(0), models.columnText(1));
    SqlQuery gpus = m_connection.query(QStringLiteral("SELECT id, name FROM gpu_model"));
    while (gpus.step())
        names.gpuModels.insert(QString::number(gpus.columnInt(0)), gpus.columnText(1));
    return names;
}

} // namespace kai::store
