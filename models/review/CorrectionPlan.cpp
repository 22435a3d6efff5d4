// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/CorrectionPlan.h"

#include "edit/RoundEdits.h"
#include "review/ItemKeys.h"

#include <QRegularExpression>

namespace kai::review {

namespace {
// "2026-01-05..2026-02-27" (either side may be "-" or empty).
std::pair<QString, QString> dateRange(const QString &text)
{
    const QStringList sides = text.split(QStringLiteral(".."));
    const auto iso = [](const QString &side) {
        const QDate date = QDate::fromString(side.trimmed(), Qt::ISODate);
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    };
    return {iso(sides.value(0)), iso(sides.value(1))};
}

std::optional<edit::TeamOutcome> teamOutcome(const QString &name)
{
    if (name == QLatin1String("advanced"))
        return edit::TeamOutcome::Advanced;
    if (name == QLatin1String("eliminated"))
        return edit::TeamOutcome::BelowCutLine;
    if (name == QLatin1String("pending"))
        return edit::TeamOutcome::Pending;
    return std::nullopt;
}

QString plainNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? QString::number(value, 'g', 10) : QString();
}
} // namespace

QHash<QString, QString> CorrectionPlan::namedParts(const QString &value)
{
    QHash<QString, QString> parts;
    for (const QString &part : value.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals < 0)
            parts.insert(QString(), part.trimmed());
        else
            parts.insert(part.left(equals).trimmed(), part.mid(equals + 1).trimmed());
    }
    return parts;
}

CorrectionPlan CorrectionPlan::refused(const QString &why)
{
    CorrectionPlan plan;
    plan.refusal = why;
    return plan;
}

CorrectionPlan CorrectionPlan::of(const MergedNote &note, const domain::ProgramSnapshot &snapshot)
{
    if (note.note.kind != NoteKind::Correction)
        return refused(tr("Only a correction note proposes a value to accept."));
    if (note.status != MergedNote::Status::Open)
        return refused(tr("The note is already closed."));
    const std::optional<ReviewItemKey> key = ReviewItemKey::parse(note.note.itemKey);
    if (!key)
        return refused(tr("The note names no item this version knows."));
    const QHash<QString, QString> proposed = namedParts(note.note.proposedValue);
    switch (key->kind) {
    case ReviewItemKey::Kind::Stage:
        if (const domain::Stage *stage = snapshot.stage(ItemKeys::stageId(snapshot, key->parts.first())))
            return forStage(*stage, proposed);
        break;
    case ReviewItemKey::Kind::RoundResult: {
        const qint64 stageId = ItemKeys::stageId(snapshot, key->parts.at(0));
        const qint64 consortiumId = ItemKeys::consortiumId(snapshot, key->parts.at(1));
        for (const domain::RoundResult *result : snapshot.resultsOf(consortiumId)) {
            if (result->stageId == stageId) {
                if (!result->sealed)
                    return forResult(*result, proposed);
                CorrectionPlan plan = forSealedResult(*result, proposed);
                plan.reasonDraft = note.note.text;
                return plan;
            }
        }
        break;
    }
    case ReviewItemKey::Kind::Consortium:
    case ReviewItemKey::Kind::Member:
    case ReviewItemKey::Kind::Source:
        return refused(tr("There is no form to change this kind of item; make the change by hand and resolve the "
                          "note with a reason."));
    case ReviewItemKey::Kind::GpuMonth:
        return refused(tr("GPU usage comes from imports: import the corrected usage and resolve the note with a "
                          "reason."));
    }
    return refused(tr("The item of this note no longer exists in this database."));
}

CorrectionPlan CorrectionPlan::forStage(const domain::Stage &stage, const QHash<QString, QString> &proposed)
{
    CorrectionPlan plan;
    plan.form = Form::StageDates;
    plan.stageId = stage.id;
    plan.fields.insert(QStringLiteral("stage"), QString::number(stage.id));
    if (proposed.contains(QStringLiteral("planned"))) {
        const auto [start, end] = dateRange(proposed.value(QStringLiteral("planned")));
        plan.fields.insert(QStringLiteral("plannedStart"), start);
        plan.fields.insert(QStringLiteral("plannedEnd"), end);
    }
    const QString actual = proposed.value(QStringLiteral("actual"), proposed.value(QString()));
    if (!actual.isEmpty()) {
        const auto [start, end] = dateRange(actual);
        plan.fields.insert(QStringLiteral("hasActual"), start.isEmpty() ? QStringLiteral("0") : QStringLiteral("1"));
        plan.fields.insert(QStringLiteral("actualStart"), start);
        plan.fields.insert(QStringLiteral("actualEnd"), end);
    }
    return plan;
}

CorrectionPlan CorrectionPlan::forResult(const domain::RoundResult &result, const QHash<QString, QString> &proposed)
{
    CorrectionPlan plan;
    plan.form = Form::RoundResults;
    plan.stageId = result.stageId;
    plan.consortiumId = result.consortiumId;
    addResultFields(plan, proposed, QStringLiteral(":") + QString::number(result.consortiumId));
    return plan;
}

CorrectionPlan CorrectionPlan::forSealedResult(const domain::RoundResult &result, const QHash<QString, QString> &proposed)
{
    CorrectionPlan plan;
    plan.form = Form::Correction;
    plan.stageId = result.stageId;
    plan.consortiumId = result.consortiumId;
    addResultFields(plan, proposed, QString());
    return plan;
}

void CorrectionPlan::addResultFields(CorrectionPlan &plan, const QHash<QString, QString> &proposed, const QString &suffix)
{
    if (const auto outcome = teamOutcome(proposed.value(QStringLiteral("outcome"))))
        plan.fields.insert(QStringLiteral("outcome") + suffix, QString::number(int(*outcome)));
    if (proposed.contains(QStringLiteral("rank")))
        plan.fields.insert(QStringLiteral("rank") + suffix, plainNumber(proposed.value(QStringLiteral("rank"))));
    const QString total = proposed.value(QStringLiteral("total"), proposed.value(QString()));
    if (!total.isEmpty())
        plan.fields.insert(QStringLiteral("total") + suffix, plainNumber(total));
}

} // namespace kai::review
