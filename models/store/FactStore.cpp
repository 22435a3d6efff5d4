// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/FactStore.h"

#include "store/SqlConnection.h"
#include "store/StoreError.h"

#include <QDate>

namespace kai::store {

namespace {
struct KindSpec
{
    FactKind kind;
    const char *name;   // in the change log
    const char *table;
    QStringList fields;
};

const QVector<KindSpec> &specs()
{
    static const QVector<KindSpec> all = {
        {FactKind::Source, "source", "source",
         {QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("title_ko"), QStringLiteral("url"),
          QStringLiteral("published_on"), QStringLiteral("confidence"), QStringLiteral("publisher"),
          QStringLiteral("published_precision"), QStringLiteral("is_company_claim")}},
        {FactKind::Organisation, "organisation", "organisation",
         {QStringLiteral("code"), QStringLiteral("name_ko"), QStringLiteral("name_en"),
          QStringLiteral("name_en_verified"), QStringLiteral("kind"), QStringLiteral("source_id")}},
        {FactKind::Consortium, "consortium", "consortium",
         {QStringLiteral("program_id"), QStringLiteral("code"), QStringLiteral("lead_organisation_id"),
          QStringLiteral("name_ko"), QStringLiteral("name_en"), QStringLiteral("applied_on"),
          QStringLiteral("announced_on"), QStringLiteral("source_id")}},
        {FactKind::Membership, "membership", "membership",
         {QStringLiteral("consortium_id"), QStringLiteral("organisation_id"), QStringLiteral("role"),
          QStringLiteral("joined_on"), QStringLiteral("left_on"), QStringLiteral("announced_on"),
          QStringLiteral("source_id")}},
        {FactKind::ReleasedModel, "released_model", "released_model",
         {QStringLiteral("consortium_id"), QStringLiteral("code"), QStringLiteral("name"),
          QStringLiteral("params_total_b"), QStringLiteral("params_active_b"), QStringLiteral("released_on"),
          QStringLiteral("announced_on"), QStringLiteral("licence"), QStringLiteral("note_ko"),
          QStringLiteral("note_en"), QStringLiteral("source_id"), QStringLiteral("licence_ko"),
          QStringLiteral("released_precision"), QStringLiteral("is_programme_output")}},
        {FactKind::Stage, "stage", "stage",
         {QStringLiteral("program_id"), QStringLiteral("code"), QStringLiteral("seq"), QStringLiteral("kind"),
          QStringLiteral("name_ko"), QStringLiteral("name_en"), QStringLiteral("planned_start"),
          QStringLiteral("planned_end"), QStringLiteral("plan_announced_on"), QStringLiteral("actual_start"),
          QStringLiteral("actual_end"), QStringLiteral("actual_announced_on"), QStringLiteral("max_advancing"),
          QStringLiteral("is_milestone"), QStringLiteral("source_id"), QStringLiteral("planned_dates"),
          QStringLiteral("other_source_id"), QStringLiteral("actual_start_precision")}},
        {FactKind::RoundResult, "round_result", "round_result",
         {QStringLiteral("stage_id"), QStringLiteral("consortium_id"), QStringLiteral("outcome"),
          QStringLiteral("exit_reason"), QStringLiteral("rank"), QStringLiteral("total_score"),
          QStringLiteral("total_is_confidential"), QStringLiteral("evaluated_on"), QStringLiteral("published_on"),
          QStringLiteral("note_ko"), QStringLiteral("note_en"), QStringLiteral("source_id"),
          QStringLiteral("total_source_id")}},
        {FactKind::Criterion, "criterion", "criterion",
         {QStringLiteral("stage_id"), QStringLiteral("code"), QStringLiteral("parent_id"), QStringLiteral("seq"),
          QStringLiteral("name_ko"), QStringLiteral("name_en"), QStringLiteral("max_points"),
          QStringLiteral("is_gate"), QStringLiteral("source_id")}},
        {FactKind::CriterionScore, "criterion_score", "criterion_score",
         {QStringLiteral("round_result_id"), QStringLiteral("criterion_id"), QStringLiteral("points"),
          QStringLiteral("passed"), QStringLiteral("is_confidential"), QStringLiteral("source_id")}},
        {FactKind::GpuAllocation, "gpu_allocation", "gpu_allocation",
         {QStringLiteral("consortium_id"), QStringLiteral("provider_id"), QStringLiteral("gpu_model_id"),
          QStringLiteral("gpu_count"), QStringLiteral("period_start"), QStringLiteral("period_end"),
          QStringLiteral("announced_on"), QStringLiteral("source_id"), QStringLiteral("count_precision")}},
        {FactKind::RoundSeal, "round_seal", "round_seal",
         {QStringLiteral("stage_id"), QStringLiteral("sealed_on"), QStringLiteral("sealed_at")}},
        {FactKind::ResultCorrection, "result_correction", "result_correction",
         {QStringLiteral("round_result_id"), QStringLiteral("recorded_on"), QStringLiteral("recorded_at"),
          QStringLiteral("outcome"), QStringLiteral("exit_reason"), QStringLiteral("rank"), QStringLiteral("total_score"),
          QStringLiteral("total_is_confidential"), QStringLiteral("total_source_id"), QStringLiteral("reason_ko"),
          QStringLiteral("reason_en"), QStringLiteral("note_ko"), QStringLiteral("note_en"), QStringLiteral("source_id")}},
        {FactKind::CriterionCorrection, "criterion_score_correction", "criterion_score_correction",
         {QStringLiteral("round_result_id"), QStringLiteral("criterion_id"), QStringLiteral("recorded_on"),
          QStringLiteral("recorded_at"), QStringLiteral("points"), QStringLiteral("passed"),
          QStringLiteral("is_confidential"), QStringLiteral("reason_ko"), QStringLiteral("reason_en"),
          QStringLiteral("note_ko"), QStringLiteral("note_en"), QStringLiteral("source_id")}},
    };
    return all;
}

const KindSpec &specOf(FactKind kind)
{
    for (const KindSpec &spec : specs()) {
        if (spec.kind == kind)
            return spec;
    }
    Q_UNREACHABLE();
}

// A server's criterion_score has no id column; its id there is its key pair in one number.
constexpr qint64 ScoreKeyFactor = qint64(1) << 32;

void bindValue(SqlQuery &statement, int index, const QVariant &value)
{
    const QVariant v = FactStore::normalized(value);
    if (v.isNull())
        statement.bindNull(index);
    else if (v.typeId() == QMetaType::LongLong)
        statement.bind(index, v.toLongLong());
    else if (v.typeId() == QMetaType::Double)
        statement.bind(index, v.toDouble());
    else
        statement.bind(index, v.toString());
}

QVariant columnValue(const SqlQuery &row, int column)
{
    switch (row.columnType(column)) {
    case SqlType::Null: return {};
    case SqlType::Integer: return row.columnInt(column);
    case SqlType::Real: return row.columnDouble(column);
    default: return row.columnText(column);
    }
}

qint64 firstInt(SqlQuery query)
{
    return query.step() ? query.columnInt(0) : 0;
}
} // namespace

QString FactStore::kindName(FactKind kind)
{
    return QString::fromLatin1(specOf(kind).name);
}

std::optional<FactKind> FactStore::kindFromName(const QString &name)
{
    for (const KindSpec &spec : specs()) {
        if (name == QLatin1String(spec.name))
            return spec.kind;
    }
    return std::nullopt;
}

QString FactStore::table(FactKind kind)
{
    return QString::fromLatin1(specOf(kind).table);
}

QStringList FactStore::fieldsOf(FactKind kind)
{
    return specOf(kind).fields;
}

QVariant FactStore::normalized(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Bool: return qint64(value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong: return value.toLongLong();
    case QMetaType::Float:
    case QMetaType::Double: return value.toDouble();
    case QMetaType::QDate: return value.toDate().isValid() ? QVariant(value.toDate().toString(Qt::ISODate)) : QVariant();
    default: return value.toString();
    }
}

FactFields FactStore::normalized(const FactFields &fields)
{
    FactFields result;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        result.insert(it.key(), normalized(it.value()));
    return result;
}

QString FactStore::logText(const QVariant &value)
{
    const QVariant v = normalized(value);
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 15);
    return v.toString();
}

QString FactStore::recordTimeField(FactKind kind)
{
    switch (kind) {
    case FactKind::RoundSeal: return QStringLiteral("sealed_at");
    case FactKind::ResultCorrection:
    case FactKind::CriterionCorrection: return QStringLiteral("recorded_at");
    default: return {};
    }
}

void FactStore::checkFields(FactKind kind, const FactFields &fields)
{
    const QStringList &allowed = specOf(kind).fields;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!allowed.contains(it.key()))
            throw StoreError(QStringLiteral("%1 has no field %2").arg(kindName(kind), it.key()));
    }
}

bool FactStore::hasIdColumn(FactKind kind) const
{
    return m_connection.engine() == SqlConnection::Engine::Sqlite || kind != FactKind::CriterionScore;
}

QString FactStore::idOf(FactKind kind) const
{
    if (m_connection.engine() == SqlConnection::Engine::Sqlite)
        return QStringLiteral("rowid");
    if (!hasIdColumn(kind))
        return QStringLiteral("(round_result_id * %1 + criterion_id)").arg(ScoreKeyFactor);
    return QStringLiteral("id");
}

std::optional<qint64> FactStore::derivedId(FactKind kind, const FactFields &fields) const
{
    if (hasIdColumn(kind))
        return std::nullopt;
    return fields.value(QStringLiteral("round_result_id")).toLongLong() * ScoreKeyFactor
        + fields.value(QStringLiteral("criterion_id")).toLongLong();
}

std::optional<FactFields> FactStore::read(FactKind kind, qint64 id)
{
    const QStringList &fields = specOf(kind).fields;
    SqlQuery query = m_connection.query(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?1")
                                            .arg(fields.join(QStringLiteral(", ")), table(kind), idOf(kind)));
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    FactFields row;
    for (int i = 0; i < fields.size(); ++i)
        row.insert(fields.at(i), columnValue(query, i));
    return row;
}

QVector<qint64> FactStore::idsWhere(FactKind kind, const QString &field, const QVariant &value)
{
    checkFields(kind, {{field, {}}});
    SqlQuery query = m_connection.query(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?1 ORDER BY 1").arg(idOf(kind), table(kind), field));
    bindValue(query, 1, value);
    QVector<qint64> ids;
    while (query.step())
        ids.append(query.columnInt(0));
    return ids;
}

qint64 FactStore::maxId(FactKind kind)
{
    return firstInt(m_connection.query(QStringLiteral("SELECT COALESCE(MAX(%1), 0) FROM %2").arg(idOf(kind), table(kind))));
}

void FactStore::insert(FactKind kind, qint64 id, const FactFields &fields)
{
    checkFields(kind, fields);
    QStringList columns;
    if (hasIdColumn(kind))
        columns << idOf(kind);
    columns << fields.keys();
    QStringList placeholders;
    for (qsizetype i = 1; i <= columns.size(); ++i)
        placeholders << QStringLiteral("?%1").arg(i);
    SqlQuery insert = m_connection.query(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                             .arg(table(kind), columns.join(QStringLiteral(", ")),
                                                  placeholders.join(QStringLiteral(", "))));
    int index = 1;
    if (hasIdColumn(kind))
        insert.bind(index++, id);
    for (const QVariant &value : fields)
        bindValue(insert, index++, value);
    insert.run();
    keepIdentityAhead(kind);
}

// A server hands out ids from a sequence to rows inserted without one (imports, seals made outside
// an edit); a fact inserted with its own id must not leave that sequence behind it.
void FactStore::keepIdentityAhead(FactKind kind)
{
    if (m_connection.engine() == SqlConnection::Engine::Sqlite || !hasIdColumn(kind))
        return;
    SqlQuery advance = m_connection.query(
        QStringLiteral("SELECT setval(pg_get_serial_sequence(?1, 'id'), (SELECT MAX(id) FROM %1))").arg(table(kind)));
    advance.bind(1, table(kind));
    advance.run();
}

void FactStore::update(FactKind kind, qint64 id, const FactFields &fields)
{
    checkFields(kind, fields);
    if (fields.isEmpty())
        return;
    QStringList assignments;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        assignments << QStringLiteral("%1 = ?%2").arg(it.key()).arg(assignments.size() + 2);
    SqlQuery update = m_connection.query(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?1")
                                             .arg(table(kind), assignments.join(QStringLiteral(", ")), idOf(kind)));
    update.bind(1, id);
    int index = 2;
    for (const QVariant &value : fields)
        bindValue(update, index++, value);
    update.run();
}

void FactStore::remove(FactKind kind, qint64 id)
{
    SqlQuery remove = m_connection.query(QStringLiteral("DELETE FROM %1 WHERE %2 = ?1").arg(table(kind), idOf(kind)));
    remove.bind(1, id);
    remove.run();
}

QString FactStore::codeOf(FactKind kind, const QVariant &id)
{
    if (id.isNull())
        return QStringLiteral("-");
    SqlQuery query = m_connection.query(QStringLiteral("SELECT code FROM %1 WHERE %2 = ?1").arg(table(kind), idOf(kind)));
    query.bind(1, id.toLongLong());
    return query.step() ? query.columnText(0) : QStringLiteral("#%1").arg(id.toLongLong());
}

QString FactStore::stableKey(FactKind kind, qint64 id, const FactFields &fields)
{
    const auto field = [&fields](const char *name) { return fields.value(QString::fromLatin1(name)); };
    const QChar slash(QLatin1Char('/'));
    switch (kind) {
    case FactKind::Source:
    case FactKind::Organisation:
    case FactKind::Consortium:
    case FactKind::ReleasedModel:
    case FactKind::Stage: return field("code").toString();
    case FactKind::Membership:
        return codeOf(FactKind::Consortium, field("consortium_id")) + slash
            + codeOf(FactKind::Organisation, field("organisation_id")) + slash + field("joined_on").toString();
    case FactKind::RoundResult:
        return codeOf(FactKind::Stage, field("stage_id")) + slash + codeOf(FactKind::Consortium, field("consortium_id"));
    case FactKind::Criterion: return codeOf(FactKind::Stage, field("stage_id")) + slash + field("code").toString();
    case FactKind::CriterionScore:
        return resultKey(field("round_result_id")) + slash + codeOf(FactKind::Criterion, field("criterion_id"));
    case FactKind::RoundSeal: return codeOf(FactKind::Stage, field("stage_id"));
    case FactKind::ResultCorrection: return resultKey(field("round_result_id")) + slash + field("recorded_at").toString();
    case FactKind::CriterionCorrection:
        return resultKey(field("round_result_id")) + slash + codeOf(FactKind::Criterion, field("criterion_id")) + slash
            + field("recorded_at").toString();
    case FactKind::GpuAllocation:
        return codeOf(FactKind::Consortium, field("consortium_id")) + slash + field("period_start").toString()
            + QStringLiteral("#%1").arg(id);
    }
    return QStringLiteral("#%1").arg(id);
}

QString FactStore::resultKey(const QVariant &roundResultId)
{
    const std::optional<FactFields> result = read(FactKind::RoundResult, roundResultId.toLongLong());
    return result ? stableKey(FactKind::RoundResult, 0, *result) : QStringLiteral("#%1").arg(roundResultId.toLongLong());
}

QString FactStore::sourceCode(qint64 sourceId)
{
    return sourceId ? codeOf(FactKind::Source, sourceId) : QString();
}

std::optional<qint64> FactStore::idOfCode(FactKind kind, const QString &code)
{
    SqlQuery query = m_connection.query(QStringLiteral("SELECT %1 FROM %2 WHERE code = ?1").arg(idOf(kind), table(kind)));
    query.bind(1, code);
    return query.step() ? std::optional<qint64>(query.columnInt(0)) : std::nullopt;
}

qint64 FactStore::programId()
{
    return firstInt(m_connection.query(QStringLiteral("SELECT COALESCE(MIN(id), 0) FROM program")));
}

qint64 FactStore::maxStageSeq()
{
    return firstInt(m_connection.query(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM stage")));
}

QVector<NamedCode> FactStore::providers()
{
    QVector<NamedCode> all;
    SqlQuery query = m_connection.query(QStringLiteral("SELECT id, code, name_ko, name_en FROM gpu_provider ORDER BY id"));
    while (query.step())
        all.append({query.columnInt(0), query.columnText(1), query.columnText(2), query.columnText(3)});
    return all;
}

QVector<NamedCode> FactStore::gpuModels()
{
    QVector<NamedCode> all;
    SqlQuery query = m_connection.query(QStringLiteral("SELECT id, code, name, name FROM gpu_model ORDER BY id"));
    while (query.step())
        all.append({query.columnInt(0), query.columnText(1), query.columnText(2), query.columnText(3)});
    return all;
}

} // namespace kai::store
