// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/LogicalFactReader.h"

#include "store/ContentChecksumCache.h"
#include "store/SqlIdentifier.h"
#include "store/ReadSnapshot.h"
#include "store/SqlConnection.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSet>
#include <QtEndian>

namespace kai::store {

using history::FactKind;
using history::LogicalFact;
using history::LogicalFacts;

namespace {

// Each query selects the key, the Korean and English label, then the fields named. Foreign keys
// are resolved to the codes or names of what they point at.
struct FactQuery
{
    FactKind kind;
    const char *table;  // the table the query covers (others are compared as whole tables)
    const char *sql;
    const char *fields;  // comma-separated, in the order selected after the label columns
};

#define SOURCE_CODE(column) "(SELECT code FROM source WHERE id = " column ")"

const FactQuery Queries[] = {
    {FactKind::Program, "program",
     "SELECT code, name_ko, name_en, name_ko, name_en, ministry_ko, ministry_en, target_relative_pct, "
     "max_selected_teams, final_teams, " SOURCE_CODE("program.source_id") " FROM program",
     "name_ko,name_en,ministry_ko,ministry_en,target_relative_pct,max_selected_teams,final_teams,source"},
    {FactKind::Source, "source",
     "SELECT code, COALESCE(title_ko, title) || ' (' || code || ')', title || ' (' || code || ')', title, title_ko, "
     "url, published_on, confidence, published_precision, is_company_claim FROM source",
     "title_en,title_ko,url,published_on,confidence,published_precision,is_company_claim"},
    {FactKind::Organisation, "organisation",
     "SELECT code, name_ko, name_en, name_ko, name_en, name_en_verified, kind, " SOURCE_CODE("organisation.source_id")
     " FROM organisation",
     "name_ko,name_en,name_en_verified,kind,source"},
    {FactKind::Consortium, "consortium",
     "SELECT c.code, c.name_ko, c.name_en, (SELECT code FROM organisation WHERE id = c.lead_organisation_id), "
     "c.name_ko, c.name_en, c.applied_on, c.announced_on, " SOURCE_CODE("c.source_id") " FROM consortium c",
     "lead_organisation,name_ko,name_en,applied_on,announced_on,source"},
    {FactKind::Membership, "membership",
     "SELECT c.code || '/' || o.code || '/' || m.joined_on, o.name_ko || ' · ' || c.name_ko || ' · ' || m.joined_on, "
     "o.name_en || ' · ' || c.name_en || ' · ' || m.joined_on, m.role, m.left_on, m.announced_on, "
     SOURCE_CODE("m.source_id") " FROM membership m JOIN consortium c ON c.id = m.consortium_id "
     "JOIN organisation o ON o.id = m.organisation_id",
     "role,left_on,announced_on,source"},
    {FactKind::Stage, "stage",
     "SELECT code, name_ko, name_en, seq, kind, name_ko, name_en, planned_start, planned_end, plan_announced_on, "
     "actual_start, actual_end, actual_announced_on, max_advancing, is_milestone, planned_dates, "
     SOURCE_CODE("stage.other_source_id") ", " SOURCE_CODE("stage.source_id") ", actual_start_precision FROM stage",
     "seq,kind,name_ko,name_en,planned_start,planned_end,plan_announced_on,actual_start,actual_end,"
     "actual_announced_on,max_advancing,is_milestone,planned_dates,other_source,source,actual_start_precision"},
    {FactKind::RoundResult, "round_result",
     "SELECT s.code || '/' || c.code, s.name_ko || ' · ' || c.name_ko, s.name_en || ' · ' || c.name_en, r.outcome, "
     "r.exit_reason, r.rank, r.total_score, r.total_is_confidential, r.evaluated_on, r.published_on, r.note_ko, "
     "r.note_en, " SOURCE_CODE("r.source_id") ", " SOURCE_CODE("r.total_source_id")
     " FROM round_result r JOIN stage s ON s.id = r.stage_id JOIN consortium c ON c.id = r.consortium_id",
     "outcome,exit_reason,rank,total_score,total_is_confidential,evaluated_on,published_on,note_ko,note_en,source,"
     "total_source"},
    {FactKind::Criterion, "criterion",
     "SELECT s.code || '/' || k.code, s.name_ko || ' · ' || k.name_ko, s.name_en || ' · ' || k.name_en, "
     "(SELECT code FROM criterion WHERE id = k.parent_id), k.seq, k.name_ko, k.name_en, k.max_points, k.is_gate, "
     SOURCE_CODE("k.source_id") " FROM criterion k JOIN stage s ON s.id = k.stage_id",
     "parent,seq,name_ko,name_en,max_points,is_gate,source"},
    {FactKind::CriterionScore, "criterion_score",
     "SELECT s.code || '/' || c.code || '/' || k.code, s.name_ko || ' · ' || c.name_ko || ' · ' || k.name_ko, "
     "s.name_en || ' · ' || c.name_en || ' · ' || k.name_en, cs.points, cs.passed, cs.is_confidential, "
     SOURCE_CODE("cs.source_id") " FROM criterion_score cs JOIN round_result r ON r.id = cs.round_result_id "
     "JOIN stage s ON s.id = r.stage_id JOIN consortium c ON c.id = r.consortium_id "
     "JOIN criterion k ON k.id = cs.criterion_id",
     "points,passed,is_confidential,source"},
    {FactKind::Benchmark, "benchmark",
     "SELECT code, COALESCE(name_ko, name), name, name, name_ko, category, " SOURCE_CODE("benchmark.source_id")
     " FROM benchmark",
     "name_en,name_ko,category,source"},
    {FactKind::RoundReference, "round_reference",
     "SELECT s.code || '/' || b.code, s.name_ko || ' · ' || COALESCE(b.name_ko, b.name), s.name_en || ' · ' || b.name, "
     "rr.reference_model, rr.reference_score, rr.frozen_on, " SOURCE_CODE("rr.source_id")
     " FROM round_reference rr JOIN stage s ON s.id = rr.stage_id JOIN benchmark b ON b.id = rr.benchmark_id",
     "reference_model,reference_score,frozen_on,source"},
    {FactKind::ReleasedModel, "released_model",
     "SELECT m.code, m.name, m.name, (SELECT code FROM consortium WHERE id = m.consortium_id), m.name, "
     "m.params_total_b, m.params_active_b, m.released_on, m.announced_on, m.licence, m.licence_ko, m.note_ko, "
     "m.note_en, " SOURCE_CODE("m.source_id") ", m.released_precision, m.is_programme_output FROM released_model m",
     "consortium,name,params_total_b,params_active_b,released_on,announced_on,licence,licence_ko,note_ko,note_en,"
     "source,released_precision,is_programme_output"},
    {FactKind::ModelScore, "model_score",
     "SELECT m.code || '/' || s.code || '/' || b.code, m.name || ' · ' || s.name_ko || ' · ' || COALESCE(b.name_ko, b.name), "
     "m.name || ' · ' || s.name_en || ' · ' || b.name, ms.score, ms.is_confidential, " SOURCE_CODE("ms.source_id")
     " FROM model_score ms JOIN released_model m ON m.id = ms.released_model_id JOIN stage s ON s.id = ms.stage_id "
     "JOIN benchmark b ON b.id = ms.benchmark_id",
     "score,is_confidential,source"},
    {FactKind::GpuModel, "gpu_model",
     "SELECT code, code, code, name, h100_equivalent, " SOURCE_CODE("gpu_model.source_id") " FROM gpu_model",
     "name,h100_equivalent,source"},
    {FactKind::GpuProvider, "gpu_provider",
     "SELECT code, name_ko, name_en, name_ko, name_en, " SOURCE_CODE("gpu_provider.source_id") " FROM gpu_provider",
     "name_ko,name_en,source"},
    {FactKind::GpuAllocation, "gpu_allocation",
     // A published "none" has no provider or model: its key says "none" there.
     "SELECT c.code || '/' || COALESCE(p.code, 'none') || '/' || COALESCE(g.code, 'none') || '/' || a.period_start, "
     "c.name_ko || ' · ' || COALESCE(p.name_ko, '없음') || ' · ' || COALESCE(g.code, '-') || ' · ' || a.period_start, "
     "c.name_en || ' · ' || COALESCE(p.name_en, 'none') || ' · ' || COALESCE(g.code, '-') || ' · ' || a.period_start, "
     "a.gpu_count, a.period_end, a.announced_on, " SOURCE_CODE("a.source_id") ", a.count_precision "
     "FROM gpu_allocation a JOIN consortium c ON c.id = a.consortium_id "
     "LEFT JOIN gpu_provider p ON p.id = a.provider_id LEFT JOIN gpu_model g ON g.id = a.gpu_model_id",
     "gpu_count,period_end,announced_on,source,count_precision"},
    {FactKind::Funding, "funding",
     "SELECT c.code || '/' || f.year, c.name_ko || ' · ' || f.year, c.name_en || ' · ' || f.year, f.government_krw, "
     "f.private_krw, f.open_source_grade, f.announced_on, " SOURCE_CODE("f.source_id")
     " FROM funding f JOIN consortium c ON c.id = f.consortium_id",
     "government_krw,private_krw,open_source_grade,announced_on,source"},
    {FactKind::RoundSeal, "round_seal",
     "SELECT s.code, s.name_ko, s.name_en, rs.sealed_on, rs.sealed_at FROM round_seal rs JOIN stage s ON s.id = rs.stage_id",
     "sealed_on,sealed_at"},
    {FactKind::ResultCorrection, "result_correction",
     "SELECT s.code || '/' || c.code || '/' || rc.recorded_on, s.name_ko || ' · ' || c.name_ko || ' · ' || rc.recorded_on, "
     "s.name_en || ' · ' || c.name_en || ' · ' || rc.recorded_on, rc.outcome, rc.exit_reason, rc.rank, rc.total_score, "
     "rc.total_is_confidential, " SOURCE_CODE("rc.total_source_id") ", rc.reason_ko, rc.reason_en, rc.note_ko, "
     "rc.note_en, " SOURCE_CODE("rc.source_id") ", rc.recorded_at FROM result_correction rc "
     "JOIN round_result r ON r.id = rc.round_result_id JOIN stage s ON s.id = r.stage_id "
     "JOIN consortium c ON c.id = r.consortium_id",
     "outcome,exit_reason,rank,total_score,total_is_confidential,total_source,reason_ko,reason_en,note_ko,note_en,"
     "source,recorded_at"},
    {FactKind::CriterionCorrection, "criterion_score_correction",
     "SELECT s.code || '/' || c.code || '/' || k.code || '/' || cc.recorded_on, "
     "s.name_ko || ' · ' || c.name_ko || ' · ' || k.name_ko || ' · ' || cc.recorded_on, "
     "s.name_en || ' · ' || c.name_en || ' · ' || k.name_en || ' · ' || cc.recorded_on, cc.points, cc.passed, "
     "cc.is_confidential, cc.reason_ko, cc.reason_en, cc.note_ko, cc.note_en, " SOURCE_CODE("cc.source_id") ", "
     "cc.recorded_at FROM criterion_score_correction cc JOIN round_result r ON r.id = cc.round_result_id "
     "JOIN stage s ON s.id = r.stage_id JOIN consortium c ON c.id = r.consortium_id "
     "JOIN criterion k ON k.id = cc.criterion_id",
     "points,passed,is_confidential,reason_ko,reason_en,note_ko,note_en,source,recorded_at"},
    {FactKind::ExportRecord, "export_register",
     "SELECT exported_at || '/' || file_name, exported_at || ' · ' || file_name, exported_at || ' · ' || file_name, "
     "target, language, profile, as_of, checksum FROM export_register",
     "target,language,profile,as_of,checksum"},
};
#undef SOURCE_CODE

// Derived or interned tables: the rollup is recomputed from the samples (check verifies it), node
// names are compared inside the usage summary.
const char *const TablesNotCompared[] = {"gpu_usage_daily", "gpu_node", "gpu_usage"};

// A value as text by its storage class, which both engines report alike (see SqlType).
QString valueText(const SqlQuery &query, int column)
{
    switch (query.columnType(column)) {
    case SqlType::Null: return {};
    case SqlType::Integer: return QString::number(query.columnInt(column));
    case SqlType::Real: return QString::number(query.columnDouble(column), 'g', QLocale::FloatingPointShortest);
    case SqlType::Text:
    case SqlType::Blob: break;
    }
    return query.columnText(column);
}

// Two facts of one kind with the same key (two identical memberships, say) are told apart by their
// content, sorted, so the suffixes do not depend on row order.
void addFacts(history::FactsByKey &target, QVector<LogicalFact> facts)
{
    std::sort(facts.begin(), facts.end(), [](const LogicalFact &a, const LogicalFact &b) {
        return a.key != b.key ? a.key < b.key : a.values < b.values;
    });
    for (qsizetype i = 0; i < facts.size(); ++i) {
        LogicalFact fact = facts.at(i);
        int duplicate = 1;
        for (qsizetype j = i - 1; j >= 0 && facts.at(j).key == fact.key; --j)
            ++duplicate;
        if (duplicate > 1) {
            fact.key += QStringLiteral(" #%1").arg(duplicate);
            fact.label.ko += QStringLiteral(" #%1").arg(duplicate);
            fact.label.en += QStringLiteral(" #%1").arg(duplicate);
        }
        target.insert(fact.key, fact);
    }
}

// SQLite's numbers for the storage classes (SQLITE_INTEGER 1 ... SQLITE_NULL 5): digests made
// before the reader was engine-neutral stay the same.
int storageClassNumber(SqlType type)
{
    switch (type) {
    case SqlType::Integer: return 1;
    case SqlType::Real: return 2;
    case SqlType::Text: return 3;
    case SqlType::Blob: return 4;
    case SqlType::Null: break;
    }
    return 5;
}

// An order-independent digest of rows: the sum of each row's hash (a multiset hash).
struct RowMultisetHash
{
    quint64 sum = 0;
    qint64 rows = 0;
    void add(const SqlQuery &query, int firstColumn)
    {
        QCryptographicHash row(QCryptographicHash::Sha1);
        for (int column = firstColumn; column < query.columnCount(); ++column) {
            const QByteArray text = valueText(query, column).toUtf8();
            const char tag = char('0' + storageClassNumber(query.columnType(column)));
            row.addData(QByteArrayView(&tag, 1));
            row.addData(text);
            row.addData(QByteArrayView("\0", 1));
        }
        sum += qFromLittleEndian<quint64>(row.resultView().data());
        ++rows;
    }
    QString hex() const { return QString::number(sum, 16).rightJustified(16, QLatin1Char('0')); }
};

} // namespace

LogicalFacts LogicalFactReader::readAll()
{
    // One snapshot: a writer committing between two tables' reads would pair facts of two states.
    ReadSnapshot snapshot(m_connection);
    m_tables = m_connection.tableNames();
    LogicalFacts facts;
    readQueries(facts);
    readGpuUsage(facts);
    readOtherTables(facts);
    return facts;
}

QString LogicalFactReader::usageMonthExpression() const
{
    if (m_connection.engine() == SqlConnection::Engine::PostgreSql)
        return QStringLiteral("to_char(to_timestamp(u.period_start) AT TIME ZONE 'UTC', 'YYYY-MM')");
    return QStringLiteral("strftime('%Y-%m', u.period_start, 'unixepoch')");
}

void LogicalFactReader::readQueries(LogicalFacts &facts)
{
    for (const FactQuery &definition : Queries) {
        if (!m_tables.contains(QString::fromLatin1(definition.table)))
            continue;
        const QStringList fields = QString::fromLatin1(definition.fields).split(QLatin1Char(','));
        SqlQuery query = m_connection.query(QString::fromUtf8(definition.sql));
        QVector<LogicalFact> read;
        while (query.step()) {
            LogicalFact fact{definition.kind, query.columnText(0), {query.columnText(1), query.columnText(2)}, fields, {}};
            for (int column = 3; column < query.columnCount(); ++column)
                fact.values << valueText(query, column);
            read.append(fact);
        }
        addFacts(facts[definition.kind], read);
    }
}

void LogicalFactReader::readGpuUsage(LogicalFacts &facts)
{
    // Millions of samples: one fact per consortium, GPU model and month, with the number of
    // samples, their GPU-hours and a digest of every sample's content (node, period, provider,
    // utilisation, source), so a change to any one sample shows without listing them all.
    SqlQuery query = m_connection.scan(
        QStringLiteral("SELECT c.code, g.code, %1, c.name_ko, c.name_en, u.gpu_hours, "
                       "       u.period_start, u.period_end, n.name, p.code, u.utilization_pct, s.code "
                       "  FROM gpu_usage u JOIN consortium c ON c.id = u.consortium_id "
                       "  JOIN gpu_model g ON g.id = u.gpu_model_id JOIN gpu_node n ON n.id = u.node_id "
                       "  JOIN gpu_provider p ON p.id = u.provider_id JOIN source s ON s.id = u.source_id")
            .arg(usageMonthExpression()));
    struct Summary
    {
        LogicalFact fact;
        double hours = 0;
        RowMultisetHash digest;
    };
    QMap<QString, Summary> summaries;
    while (query.step()) {
        const QString key = QStringLiteral("%1/%2/%3").arg(query.columnText(0), query.columnText(1), query.columnText(2));
        Summary &summary = summaries[key];
        if (summary.fact.key.isEmpty()) {
            const QString tail = QStringLiteral(" · %1 · %2").arg(query.columnText(1), query.columnText(2));
            summary.fact = {FactKind::GpuUsage, key, {query.columnText(3) + tail, query.columnText(4) + tail},
                            {QStringLiteral("samples"), QStringLiteral("gpu_hours"), QStringLiteral("content")}, {}};
        }
        summary.hours += query.columnDouble(5);
        summary.digest.add(query, 5);
    }
    history::FactsByKey &usage = facts[FactKind::GpuUsage];
    for (Summary &summary : summaries) {
        // Rounded: a sum's last bits depend on the order it was added in.
        summary.fact.values = {QString::number(summary.digest.rows), QString::number(summary.hours, 'f', 3),
                               summary.digest.hex()};
        usage.insert(summary.fact.key, summary.fact);
    }
}

void LogicalFactReader::readOtherTables(LogicalFacts &facts)
{
    QSet<QString> known;
    for (const FactQuery &definition : Queries)
        known.insert(QString::fromLatin1(definition.table));
    for (const char *table : TablesNotCompared)
        known.insert(QString::fromLatin1(table));
    // The tables the checksum covers: bookkeeping (the checksum cache, the change log, a review copy's
    // manifest, reviewers' notes) says nothing about whether two files hold the same facts.
    history::FactsByKey &other = facts[FactKind::OtherTable];
    for (const QString &name : ContentChecksumCache::contentTables(m_connection)) {
        if (known.contains(name))
            continue;
        SqlQuery rows = m_connection.scan(QStringLiteral("SELECT * FROM %1").arg(quotedIdentifier(name)));
        RowMultisetHash digest;
        while (rows.step())
            digest.add(rows, 0);
        other.insert(name, {FactKind::OtherTable, name, {name, name}, {QStringLiteral("rows"), QStringLiteral("content")},
                            {QString::number(digest.rows), digest.hex()}});
    }
}

} // namespace kai::store
