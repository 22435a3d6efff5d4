// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/LogicalDatabaseDiff.h"

#include "store/LogicalFactReader.h"

#include <QLocale>

namespace kai::history {

QVector<FactDifference> LogicalDatabaseDiff::compare(const LogicalFacts &first, const LogicalFacts &second)
{
    QVector<FactDifference> differences;
    QList<FactKind> kinds = first.keys();
    for (FactKind kind : second.keys()) {
        if (!kinds.contains(kind))
            kinds.append(kind);
    }
    std::sort(kinds.begin(), kinds.end());
    for (FactKind kind : std::as_const(kinds))
        compareKind(kind, first.value(kind), second.value(kind), differences);
    return differences;
}

QVector<FactDifference> LogicalDatabaseDiff::compare(store::SqlConnection &first, store::SqlConnection &second)
{
    return compare(store::LogicalFactReader(first).readAll(), store::LogicalFactReader(second).readAll());
}

void LogicalDatabaseDiff::compareKind(FactKind kind, const FactsByKey &first, const FactsByKey &second,
                                      QVector<FactDifference> &differences)
{
    for (const LogicalFact &fact : first) {
        const auto other = second.constFind(fact.key);
        if (other == second.cend()) {
            differences.append({FactDifference::Change::OnlyInFirst, kind, fact.key, fact.label, {}, {}, {}});
            continue;
        }
        QVector<FactDifference> fields;
        for (qsizetype i = 0; i < fact.fieldNames.size(); ++i) {
            const QString &mine = fact.values.value(i);
            const QString &theirs = other->values.value(i);
            // A null value (SQL NULL) differs from an empty text.
            if (mine != theirs || mine.isNull() != theirs.isNull())
                fields.append({FactDifference::Change::Changed, kind, fact.key, fact.label, fact.fieldNames.at(i),
                               mine, theirs});
        }
        // A content digest only matters when nothing more telling (a count, a total) differs.
        if (fields.size() > 1)
            fields.removeIf([](const FactDifference &d) { return d.field == QLatin1String("content"); });
        differences.append(fields);
    }
    for (const LogicalFact &fact : second) {
        if (!first.contains(fact.key))
            differences.append({FactDifference::Change::OnlyInSecond, kind, fact.key, fact.label, {}, {}, {}});
    }
}

QString DiffSentences::kindName(FactKind kind)
{
    switch (kind) {
    case FactKind::Program: return tr("Program");
    case FactKind::Source: return tr("Source");
    case FactKind::Organisation: return tr("Organisation");
    case FactKind::Consortium: return tr("Consortium");
    case FactKind::Membership: return tr("Membership");
    case FactKind::Stage: return tr("Stage");
    case FactKind::RoundResult: return tr("Round result");
    case FactKind::Criterion: return tr("Evaluation criterion");
    case FactKind::CriterionScore: return tr("Criterion score");
    case FactKind::Benchmark: return tr("Benchmark");
    case FactKind::RoundReference: return tr("Round reference model");
    case FactKind::ReleasedModel: return tr("Released model");
    case FactKind::ModelScore: return tr("Model score");
    case FactKind::GpuModel: return tr("GPU model");
    case FactKind::GpuProvider: return tr("GPU provider");
    case FactKind::GpuAllocation: return tr("GPU allocation");
    case FactKind::GpuUsage: return tr("GPU usage");
    case FactKind::Funding: return tr("Funding");
    case FactKind::RoundSeal: return tr("Sealed round");
    case FactKind::ResultCorrection: return tr("Result correction");
    case FactKind::CriterionCorrection: return tr("Criterion score correction");
    case FactKind::ExportRecord: return tr("Registered export");
    case FactKind::OtherTable: return tr("Table");
    }
    return {};
}

QString DiffSentences::fieldName(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("name_ko"), QT_TR_NOOP("Korean name")},
        {QStringLiteral("name_en"), QT_TR_NOOP("English name")},
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("title_ko"), QT_TR_NOOP("Korean title")},
        {QStringLiteral("title_en"), QT_TR_NOOP("English title")},
        {QStringLiteral("ministry_ko"), QT_TR_NOOP("ministry (Korean)")},
        {QStringLiteral("ministry_en"), QT_TR_NOOP("ministry (English)")},
        {QStringLiteral("target_relative_pct"), QT_TR_NOOP("target relative to the frontier (%)")},
        {QStringLiteral("max_selected_teams"), QT_TR_NOOP("most teams selected")},
        {QStringLiteral("final_teams"), QT_TR_NOOP("final teams")},
        {QStringLiteral("source"), QT_TR_NOOP("source")},
        {QStringLiteral("url"), QT_TR_NOOP("address")},
        {QStringLiteral("published_on"), QT_TR_NOOP("publication date")},
        {QStringLiteral("published_precision"), QT_TR_NOOP("precision of the publication date")},
        {QStringLiteral("confidence"), QT_TR_NOOP("confidence")},
        {QStringLiteral("name_en_verified"), QT_TR_NOOP("English name verified")},
        {QStringLiteral("kind"), QT_TR_NOOP("kind")},
        {QStringLiteral("lead_organisation"), QT_TR_NOOP("lead organisation")},
        {QStringLiteral("applied_on"), QT_TR_NOOP("application date")},
        {QStringLiteral("announced_on"), QT_TR_NOOP("announcement date")},
        {QStringLiteral("role"), QT_TR_NOOP("role")},
        {QStringLiteral("left_on"), QT_TR_NOOP("date left")},
        {QStringLiteral("seq"), QT_TR_NOOP("order")},
        {QStringLiteral("planned_start"), QT_TR_NOOP("planned start")},
        {QStringLiteral("planned_end"), QT_TR_NOOP("planned end")},
        {QStringLiteral("plan_announced_on"), QT_TR_NOOP("date the plan was announced")},
        {QStringLiteral("actual_start"), QT_TR_NOOP("actual start")},
        {QStringLiteral("actual_start_precision"), QT_TR_NOOP("precision of the actual start")},
        {QStringLiteral("actual_end"), QT_TR_NOOP("actual end")},
        {QStringLiteral("actual_announced_on"), QT_TR_NOOP("date the actual dates were announced")},
        {QStringLiteral("max_advancing"), QT_TR_NOOP("most teams advancing")},
        {QStringLiteral("is_milestone"), QT_TR_NOOP("milestone")},
        {QStringLiteral("planned_dates"), QT_TR_NOOP("certainty of the planned dates")},
        {QStringLiteral("other_source"), QT_TR_NOOP("contradicting source")},
        {QStringLiteral("outcome"), QT_TR_NOOP("outcome")},
        {QStringLiteral("exit_reason"), QT_TR_NOOP("reason for leaving")},
        {QStringLiteral("rank"), QT_TR_NOOP("rank")},
        {QStringLiteral("total_score"), QT_TR_NOOP("total score")},
        {QStringLiteral("total_is_confidential"), QT_TR_NOOP("total confidential")},
        {QStringLiteral("evaluated_on"), QT_TR_NOOP("evaluation date")},
        {QStringLiteral("note_ko"), QT_TR_NOOP("internal note (Korean)")},
        {QStringLiteral("note_en"), QT_TR_NOOP("internal note (English)")},
        {QStringLiteral("total_source"), QT_TR_NOOP("source of the total")},
        {QStringLiteral("parent"), QT_TR_NOOP("parent criterion")},
        {QStringLiteral("max_points"), QT_TR_NOOP("maximum points")},
        {QStringLiteral("is_gate"), QT_TR_NOOP("pass/fail gate")},
        {QStringLiteral("points"), QT_TR_NOOP("points")},
        {QStringLiteral("passed"), QT_TR_NOOP("passed")},
        {QStringLiteral("is_confidential"), QT_TR_NOOP("confidential")},
        {QStringLiteral("category"), QT_TR_NOOP("category")},
        {QStringLiteral("reference_model"), QT_TR_NOOP("reference model")},
        {QStringLiteral("reference_score"), QT_TR_NOOP("reference score")},
        {QStringLiteral("frozen_on"), QT_TR_NOOP("date frozen")},
        {QStringLiteral("consortium"), QT_TR_NOOP("consortium")},
        {QStringLiteral("params_total_b"), QT_TR_NOOP("parameters (billions)")},
        {QStringLiteral("params_active_b"), QT_TR_NOOP("active parameters (billions)")},
        {QStringLiteral("released_on"), QT_TR_NOOP("release date")},
        {QStringLiteral("released_precision"), QT_TR_NOOP("precision of the release date")},
        {QStringLiteral("is_programme_output"), QT_TR_NOOP("programme output")},
        {QStringLiteral("licence"), QT_TR_NOOP("licence")},
        {QStringLiteral("licence_ko"), QT_TR_NOOP("licence (Korean)")},
        {QStringLiteral("score"), QT_TR_NOOP("score")},
        {QStringLiteral("h100_equivalent"), QT_TR_NOOP("H100 equivalent")},
        {QStringLiteral("gpu_count"), QT_TR_NOOP("GPU count")},
        {QStringLiteral("count_precision"), QT_TR_NOOP("precision of the GPU count")},
        {QStringLiteral("is_company_claim"), QT_TR_NOOP("company's own claim")},
        {QStringLiteral("period_end"), QT_TR_NOOP("end of period")},
        {QStringLiteral("samples"), QT_TR_NOOP("samples")},
        {QStringLiteral("gpu_hours"), QT_TR_NOOP("GPU-hours")},
        {QStringLiteral("content"), QT_TR_NOOP("content")},
        {QStringLiteral("rows"), QT_TR_NOOP("rows")},
        {QStringLiteral("government_krw"), QT_TR_NOOP("government funding (KRW)")},
        {QStringLiteral("private_krw"), QT_TR_NOOP("private funding (KRW)")},
        {QStringLiteral("open_source_grade"), QT_TR_NOOP("open-source grade")},
        {QStringLiteral("sealed_on"), QT_TR_NOOP("sealing date")},
        {QStringLiteral("sealed_at"), QT_TR_NOOP("time sealed")},
        {QStringLiteral("reason_ko"), QT_TR_NOOP("reason (Korean)")},
        {QStringLiteral("reason_en"), QT_TR_NOOP("reason (English)")},
        {QStringLiteral("recorded_at"), QT_TR_NOOP("time recorded")},
        {QStringLiteral("target"), QT_TR_NOOP("view")},
        {QStringLiteral("language"), QT_TR_NOOP("language")},
        {QStringLiteral("profile"), QT_TR_NOOP("profile")},
        {QStringLiteral("as_of"), QT_TR_NOOP("as-of date")},
        {QStringLiteral("checksum"), QT_TR_NOOP("checksum")},
    };
    const auto found = names.constFind(field);
    return found == names.cend() ? field : tr(*found);
}

QString DiffSentences::value(const QString &field, const QString &text) const
{
    if (text.isNull())
        return tr("none");
    if (field == QLatin1String("content"))
        return text.left(8);
    bool number = false;
    const double parsed = text.toDouble(&number);
    if (number && field != QLatin1String("seq") && !field.endsWith(QLatin1String("_on")))
        return QStringLiteral("‘%1’").arg(QLocale(m_language == domain::Language::Korean ? QLocale::Korean : QLocale::English)
                                               .toString(parsed, 'g', QLocale::FloatingPointShortest));
    return QStringLiteral("‘%1’").arg(text);
}

QString DiffSentences::sentence(const FactDifference &difference) const
{
    const QString what = QStringLiteral("%1 ‘%2’").arg(kindName(difference.kind), difference.label.in(m_language));
    switch (difference.change) {
    case FactDifference::Change::OnlyInFirst:
        return tr("%1 is only in %2.").arg(what, m_firstName);
    case FactDifference::Change::OnlyInSecond:
        return tr("%1 is only in %2.").arg(what, m_secondName);
    case FactDifference::Change::Changed:
        if (difference.field == QLatin1String("content"))
            return tr("%1 differs in its details (rows with the same totals but other values).").arg(what);
        return tr("%1: %2 is %3 in %4 and %5 in %6.")
            .arg(what, fieldName(difference.field), value(difference.field, difference.firstValue), m_firstName,
                 value(difference.field, difference.secondValue), m_secondName);
    }
    return {};
}

} // namespace kai::history
