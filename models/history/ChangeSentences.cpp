// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/ChangeSentences.h"

#include "history/ChangeLogModel.h"
#include "history/LogicalDatabaseDiff.h"
#include "items/DisplayFormat.h"
#include "items/DomainText.h"
#include "store/DomainCodes.h"

namespace kai::history {

using Presence = NetFactChange::Presence;

namespace {
const QStringList DateFields = {QStringLiteral("planned_start"), QStringLiteral("planned_end"),
                                QStringLiteral("actual_start"), QStringLiteral("actual_end"),
                                QStringLiteral("period_start"), QStringLiteral("period_end")};
const QStringList StageDates = {QStringLiteral("planned_start"), QStringLiteral("planned_end"),
                                QStringLiteral("actual_start"), QStringLiteral("actual_end")};

// The field holding the same text in the other language.
QString counterpart(const QString &field)
{
    static const QHash<QString, QString> pairs = {
        {QStringLiteral("name_ko"), QStringLiteral("name_en")},   {QStringLiteral("name_en"), QStringLiteral("name_ko")},
        {QStringLiteral("note_ko"), QStringLiteral("note_en")},   {QStringLiteral("note_en"), QStringLiteral("note_ko")},
        {QStringLiteral("title_ko"), QStringLiteral("title")},    {QStringLiteral("title"), QStringLiteral("title_ko")},
        {QStringLiteral("licence_ko"), QStringLiteral("licence")}, {QStringLiteral("licence"), QStringLiteral("licence_ko")},
    };
    return pairs.value(field);
}

// The field holding how precise a date field is (schema versions 7 and 8), or an empty name.
QString precisionFieldOf(const QString &field)
{
    if (field == QLatin1String("released_on"))
        return QStringLiteral("released_precision");
    if (field == QLatin1String("published_on"))
        return QStringLiteral("published_precision");
    if (field == QLatin1String("actual_start"))
        return QStringLiteral("actual_start_precision");
    return {};
}

bool isKoreanText(const QString &field)
{
    return field.endsWith(QLatin1String("_ko"));
}

QString part(const QString &key, int index)
{
    return key.section(QLatin1Char('/'), index, index);
}
} // namespace

QString ChangeSentences::groupTitle(ChangeGroup group)
{
    switch (group) {
    case ChangeGroup::Rounds: return tr("Evaluation Rounds");
    case ChangeGroup::Consortia: return tr("Consortia");
    case ChangeGroup::Timeline: return tr("Timeline");
    case ChangeGroup::Gpu: return tr("GPU Usage");
    case ChangeGroup::Sources: return tr("Sources");
    }
    return {};
}

QString ChangeSentences::named(const QHash<QString, domain::BilingualText> &names, const QString &code) const
{
    const auto found = names.constFind(code);
    return found == names.cend() || found->isEmpty() ? code : found->in(m_language);
}

QString ChangeSentences::date(const QString &isoDate) const
{
    const QDate day = QDate::fromString(isoDate, Qt::ISODate);
    return day.isValid() ? DisplayFormat(m_language).date(day) : isoDate;
}

QString ChangeSentences::atPrecision(const QString &isoDate, const QString &precisionCode) const
{
    const QDate day = QDate::fromString(isoDate, Qt::ISODate);
    if (!day.isValid() || precisionCode.isEmpty())
        return date(isoDate);
    return DisplayFormat(m_language).date(day, store::DomainCodes::datePrecision(precisionCode));
}

bool ChangeSentences::isInternal(const QString &field) const
{
    return field.startsWith(QLatin1String("note_"));
}

QString ChangeSentences::value(const QString &field, const QString &text) const
{
    if (text.isNull())
        return tr("none");
    if (field.endsWith(QLatin1String("_on")) || DateFields.contains(field))
        return date(text);
    if (field == QLatin1String("outcome"))
        return DomainText::outcome(store::DomainCodes::outcome(text));
    if (field == QLatin1String("exit_reason"))
        return DomainText::exitReason(store::DomainCodes::exitReason(text));
    if (field == QLatin1String("role"))
        return DomainText::role(store::DomainCodes::membershipRole(text));
    if (field == QLatin1String("count_precision"))
        return text == QLatin1String("approximate") ? tr("approximate (\"about\")") : tr("exact");
    if (field.endsWith(QLatin1String("_precision"))) {
        switch (store::DomainCodes::datePrecision(text)) {
        case domain::DatePrecision::Day: return tr("the exact day");
        case domain::DatePrecision::Month: return tr("the month only");
        case domain::DatePrecision::Year: return tr("the year only");
        }
    }
    if (field == QLatin1String("is_programme_output"))
        return text == QLatin1String("1") ? tr("a programme output") : tr("the company's own release");
    if (field.endsWith(QLatin1String("source_id")))
        return QStringLiteral("‘%1’").arg(named(m_names.sources, m_names.sourceCodes.value(text, text)));
    if (field == QLatin1String("consortium_id"))
        return consortiumOfId(text);
    if (field.endsWith(QLatin1String("organisation_id")))
        return named(m_names.organisations, m_names.organisationCodes.value(text, text));
    if (field == QLatin1String("stage_id"))
        return stageName(m_names.stageCodes.value(text, text));
    if (field == QLatin1String("provider_id"))
        return named(m_names.providers, text);
    if (field == QLatin1String("gpu_model_id"))
        return m_names.gpuModels.value(text, text);
    bool number = false;
    const double parsed = text.toDouble(&number);
    if (number && field != QLatin1String("code"))
        return DisplayFormat::localeFor(m_language).toString(parsed, 'g', QLocale::FloatingPointShortest);
    return QStringLiteral("‘%1’").arg(text);
}

QString ChangeSentences::fieldName(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("code"), QT_TR_NOOP("code")},
        {QStringLiteral("title"), QT_TR_NOOP("title")},
        {QStringLiteral("publisher"), QT_TR_NOOP("publisher")},
        {QStringLiteral("organisation"), QT_TR_NOOP("organisation")},
        {QStringLiteral("joined_on"), QT_TR_NOOP("date joined")},
        {QStringLiteral("program"), QT_TR_NOOP("program")},
        {QStringLiteral("stage"), QT_TR_NOOP("stage")},
        {QStringLiteral("round_result"), QT_TR_NOOP("result")},
        {QStringLiteral("criterion"), QT_TR_NOOP("criterion")},
        {QStringLiteral("provider"), QT_TR_NOOP("provider")},
        {QStringLiteral("gpu_model"), QT_TR_NOOP("GPU model")},
        {QStringLiteral("period_start"), QT_TR_NOOP("start of period")},
    };
    const QString name = field.endsWith(QLatin1String("_id")) ? field.chopped(3) : field;
    const auto found = names.constFind(name);
    return found == names.cend() ? DiffSentences::fieldName(name) : tr(*found);
}

QString ChangeSentences::outcomeWithRank(domain::Outcome outcome, std::optional<int> rank) const
{
    const QString text = DomainText::outcome(outcome);
    return rank ? tr("%1 (rank %2)").arg(text).arg(*rank) : text;
}

GroupedLine ChangeSentences::make(ChangeGroup group, const QString &sentence, const QString &itemCode,
                                  const NetFactChange &fact) const
{
    return {group, {sentence, itemCode, fact.firstChangedAt}};
}

void ChangeSentences::addFieldLines(Lines &lines, const NetFactChange &fact, const QString &subject, ChangeGroup group,
                                    const QString &itemCode, const QStringList &skip) const
{
    for (auto it = fact.fields.cbegin(); it != fact.fields.cend(); ++it) {
        const QString &field = it.key();
        if (skip.contains(field) || (m_press && isInternal(field)))
            continue;
        // A text changed in both languages is told once, in the reader's.
        const QString other = counterpart(field);
        if (!other.isEmpty() && fact.fields.contains(other)
            && isKoreanText(field) != (m_language == domain::Language::Korean))
            continue;
        const QString name = fieldName(field);
        // A date known only to the month is told as the month when the same change sets its precision.
        const FieldChange precision = fact.fields.value(precisionFieldOf(field));
        const auto shown = [&](const QString &text, const QString &precisionCode) {
            return precisionCode.isEmpty() || text.isNull() ? value(field, text) : atPrecision(text, precisionCode);
        };
        QString sentence;
        if (it->before.isNull())
            sentence = tr("%1: %2 set to %3.").arg(subject, name, shown(it->after, precision.after));
        else if (it->after.isNull())
            sentence = tr("%1: %2 cleared (was %3).").arg(subject, name, shown(it->before, precision.before));
        else
            sentence = tr("%1: %2 changed from %3 to %4.")
                           .arg(subject, name, shown(it->before, precision.before), shown(it->after, precision.after));
        lines.append(make(group, sentence, itemCode, fact));
    }
}

QVector<GroupedLine> ChangeSentences::linesFor(const NetFactChange &fact) const
{
    const QString &kind = fact.kind;
    // Seals and corrections are listed from their own tables (sealed(), corrected()), whose times
    // are exact; their change-log rows would say the same twice. Review notes are not data.
    if (kind == QLatin1String("round_seal") || kind == QLatin1String("result_correction")
        || kind == QLatin1String("criterion_score_correction") || kind == QLatin1String("review_note"))
        return {};
    if (kind == QLatin1String("round_result"))
        return roundResult(fact);
    if (kind == QLatin1String("membership"))
        return membership(fact);
    if (kind == QLatin1String("released_model"))
        return releasedModel(fact);
    if (kind == QLatin1String("stage"))
        return stage(fact);
    if (kind == QLatin1String("gpu_allocation"))
        return allocation(fact);
    if (kind == QLatin1String("source"))
        return source(fact);
    if (kind == QLatin1String("consortium"))
        return plain(fact, ChangeGroup::Consortia, fact.key);
    if (kind == QLatin1String("organisation"))
        return plain(fact, ChangeGroup::Consortia, {});
    if (kind == QLatin1String("criterion") || kind == QLatin1String("criterion_score"))
        return plain(fact, ChangeGroup::Rounds, part(fact.key, 0));
    return plain(fact, ChangeGroup::Sources, {});
}

QVector<GroupedLine> ChangeSentences::plain(const NetFactChange &fact, ChangeGroup group, const QString &itemCode) const
{
    QString label = fact.key;
    if (fact.kind == QLatin1String("consortium"))
        label = consortium(fact.key);
    else if (fact.kind == QLatin1String("organisation"))
        label = named(m_names.organisations, fact.key);
    else if (fact.kind == QLatin1String("criterion") || fact.kind == QLatin1String("criterion_score"))
        label = QStringList{stageName(part(fact.key, 0)), fact.kind == QLatin1String("criterion")
                                                              ? part(fact.key, 1)
                                                              : consortium(part(fact.key, 1)) + QLatin1Char('/') + part(fact.key, 2)}
                    .join(QStringLiteral(" · "));
    const QString subject = QStringLiteral("%1 ‘%2’").arg(ChangeLogModel::kindText(fact.kind), label);
    Lines lines;
    if (fact.presence == Presence::Added)
        lines.append(make(group, tr("%1 was added.").arg(subject), itemCode, fact));
    else if (fact.presence == Presence::Removed)
        lines.append(make(group, tr("%1 was removed.").arg(subject), itemCode, fact));
    else
        addFieldLines(lines, fact, subject, group, itemCode);
    return lines;
}

QVector<GroupedLine> ChangeSentences::roundResult(const NetFactChange &fact) const
{
    const QString round = stageName(part(fact.key, 0));
    const QString teamCode = part(fact.key, 1);
    const QString team = consortium(teamCode);
    const QString stageCode = part(fact.key, 0);
    Lines lines;
    if (fact.presence == Presence::Removed) {
        lines.append(make(ChangeGroup::Rounds, tr("The result of %1 in %2 was removed.").arg(team, round), stageCode, fact));
        return lines;
    }
    QStringList skip{QStringLiteral("stage_id"), QStringLiteral("consortium_id")};
    const bool decidedBefore = !fact.before("outcome").isNull() && fact.before("outcome") != QLatin1String("pending");
    if (fact.changed("outcome") && !decidedBefore) {
        const domain::Outcome outcome = store::DomainCodes::outcome(fact.after("outcome"));
        QString sentence;
        switch (outcome) {
        case domain::Outcome::Advanced: sentence = tr("%1 advanced in %2.").arg(team, round); break;
        case domain::Outcome::Eliminated: sentence = tr("%1 was eliminated in %2.").arg(team, round); break;
        case domain::Outcome::Withdrawn: sentence = tr("%1 withdrew from %2.").arg(team, round); break;
        case domain::Outcome::Pending: sentence = tr("%1 takes part in %2; the result is pending.").arg(team, round); break;
        }
        if (fact.changed("rank") && !fact.after("rank").isNull()) {
            sentence += QLatin1Char(' ') + tr("Rank %1.").arg(fact.after("rank"));
            skip << QStringLiteral("rank");
        }
        lines.append(make(ChangeGroup::Rounds, sentence, stageCode, fact));
        if (fact.presence == Presence::Added)  // the sentence is the whole news of a new result
            return lines;
        // What comes with a decision (its dates, reason, source, the note that it was pending) is part
        // of the sentence.
        skip << QStringLiteral("outcome") << QStringLiteral("exit_reason") << QStringLiteral("evaluated_on")
             << QStringLiteral("published_on") << QStringLiteral("source_id") << QStringLiteral("total_source_id")
             << QStringLiteral("note_ko") << QStringLiteral("note_en");
    }
    addFieldLines(lines, fact, tr("%1 in %2").arg(team, round), ChangeGroup::Rounds, stageCode, skip);
    return lines;
}

QVector<GroupedLine> ChangeSentences::membership(const NetFactChange &fact) const
{
    const QString consortiumCode = part(fact.key, 0);
    const QString team = consortium(consortiumCode);
    const QString member = named(m_names.organisations, part(fact.key, 1));
    Lines lines;
    if (fact.presence == Presence::Added) {
        lines.append(make(ChangeGroup::Consortia,
                          tr("%1 joined %2 as %3 on %4.")
                              .arg(member, team, value(QStringLiteral("role"), fact.after("role")), date(fact.after("joined_on"))),
                          consortiumCode, fact));
        if (!fact.after("left_on").isNull())
            lines.append(make(ChangeGroup::Consortia, tr("%1 left %2 on %3.").arg(member, team, date(fact.after("left_on"))),
                              consortiumCode, fact));
        return lines;
    }
    if (fact.presence == Presence::Removed) {
        lines.append(make(ChangeGroup::Consortia, tr("%1 is no longer listed as a member of %2.").arg(member, team),
                          consortiumCode, fact));
        return lines;
    }
    QStringList skip;
    if (fact.changed("left_on") && !fact.after("left_on").isNull() && fact.before("left_on").isNull()) {
        lines.append(make(ChangeGroup::Consortia, tr("%1 left %2 on %3.").arg(member, team, date(fact.after("left_on"))),
                          consortiumCode, fact));
        skip << QStringLiteral("left_on");
    }
    addFieldLines(lines, fact, tr("%1 in %2").arg(member, team), ChangeGroup::Consortia, consortiumCode, skip);
    return lines;
}

QVector<GroupedLine> ChangeSentences::releasedModel(const NetFactChange &fact) const
{
    const QString consortiumCode = m_names.consortiumCodes.value(fact.after("consortium_id").isNull()
                                                                     ? fact.before("consortium_id")
                                                                     : fact.after("consortium_id"));
    const QString model = m_names.models.value(fact.key, fact.after("name").isNull() ? fact.key : fact.after("name"));
    Lines lines;
    if (fact.presence == Presence::Added) {
        const QString precision = fact.after("released_precision");
        const QString released = atPrecision(fact.after("released_on"), precision);
        const bool onADay = precision.isEmpty() || precision == QLatin1String("day");
        lines.append(make(ChangeGroup::Consortia,
                          (onADay ? tr("%1 released the model %2 on %3.") : tr("%1 released the model %2 in %3."))
                              .arg(consortium(consortiumCode), model, released),
                          consortiumCode, fact));
    } else if (fact.presence == Presence::Removed) {
        lines.append(make(ChangeGroup::Consortia, tr("The model %1 was removed.").arg(fact.before("name").isNull() ? model : fact.before("name")),
                          consortiumCode, fact));
    } else {
        addFieldLines(lines, fact, tr("Model %1").arg(model), ChangeGroup::Consortia, consortiumCode);
    }
    return lines;
}

QVector<GroupedLine> ChangeSentences::stage(const NetFactChange &fact) const
{
    const QString name = fact.presence == Presence::Removed && !fact.before("name_en").isNull()
        ? domain::BilingualText{fact.before("name_ko"), fact.before("name_en")}.in(m_language)
        : stageName(fact.key);
    Lines lines;
    if (fact.presence == Presence::Added) {
        lines.append(make(ChangeGroup::Timeline,
                          tr("Stage %1 was added (%2 to %3).").arg(name, date(fact.after("planned_start")), date(fact.after("planned_end"))),
                          fact.key, fact));
        return lines;
    }
    if (fact.presence == Presence::Removed) {
        lines.append(make(ChangeGroup::Timeline, tr("Stage %1 was removed.").arg(name), fact.key, fact));
        return lines;
    }
    for (const QString &field : StageDates) {
        if (!fact.fields.contains(field))
            continue;
        const FieldChange &change = fact.fields.value(field);
        if (change.before.isNull() || change.after.isNull())
            continue;  // a date set or cleared reads as the plain sentence below
        const FieldChange precision = fact.fields.value(precisionFieldOf(field));
        lines.append(make(ChangeGroup::Timeline,
                          tr("%1: %2 moved from %3 to %4.")
                              .arg(name, fieldName(field), atPrecision(change.before, precision.before),
                                   atPrecision(change.after, precision.after)),
                          fact.key, fact));
    }
    QStringList skip;
    for (const QString &field : StageDates) {
        const FieldChange change = fact.fields.value(field);
        if (fact.fields.contains(field) && !change.before.isNull() && !change.after.isNull())
            skip << field;
    }
    addFieldLines(lines, fact, name, ChangeGroup::Timeline, fact.key, skip);
    return lines;
}

QVector<GroupedLine> ChangeSentences::allocation(const NetFactChange &fact) const
{
    const QString consortiumCode = part(fact.key, 0);
    const QString team = consortium(consortiumCode);
    const QString start = date(part(fact.key, 1).section(QLatin1Char('#'), 0, 0));
    Lines lines;
    if (fact.presence == Presence::Added && fact.after("gpu_count") == QLatin1String("0")) {
        lines.append(make(ChangeGroup::Gpu,
                          tr("%1: no GPUs allocated from %2 to %3, as the source says.").arg(team, start, date(fact.after("period_end"))),
                          consortiumCode, fact));
    } else if (fact.presence == Presence::Added && fact.after("count_precision") == QLatin1String("approximate")) {
        lines.append(make(ChangeGroup::Gpu,
                          tr("%1: new allocation of about %2 × %3 GPUs from %4, %5 to %6.")
                              .arg(team, value(QStringLiteral("gpu_count"), fact.after("gpu_count")),
                                   value(QStringLiteral("gpu_model_id"), fact.after("gpu_model_id")),
                                   value(QStringLiteral("provider_id"), fact.after("provider_id")), start,
                                   date(fact.after("period_end"))),
                          consortiumCode, fact));
    } else if (fact.presence == Presence::Added) {
        lines.append(make(ChangeGroup::Gpu,
                          tr("%1: new allocation of %2 × %3 GPUs from %4, %5 to %6.")
                              .arg(team, value(QStringLiteral("gpu_count"), fact.after("gpu_count")),
                                   value(QStringLiteral("gpu_model_id"), fact.after("gpu_model_id")),
                                   value(QStringLiteral("provider_id"), fact.after("provider_id")), start,
                                   date(fact.after("period_end"))),
                          consortiumCode, fact));
    } else if (fact.presence == Presence::Removed) {
        lines.append(make(ChangeGroup::Gpu, tr("%1: the GPU allocation starting %2 was removed.").arg(team, start),
                          consortiumCode, fact));
    } else {
        addFieldLines(lines, fact, tr("%1, GPU allocation starting %2").arg(team, start), ChangeGroup::Gpu, consortiumCode);
    }
    return lines;
}

QVector<GroupedLine> ChangeSentences::source(const NetFactChange &fact) const
{
    Lines lines;
    const QString title = fact.presence == Presence::Removed
        ? domain::BilingualText{fact.before("title_ko"), fact.before("title")}.in(m_language)
        : named(m_names.sources, fact.key);
    if (fact.presence == Presence::Added) {
        const QString published = fact.after("published_on");
        lines.append(make(ChangeGroup::Sources,
                          published.isNull() ? tr("Source added: %1.").arg(title)
                                             : tr("Source added: %1, published %2.")
                                                   .arg(title, atPrecision(published, fact.after("published_precision"))),
                          {}, fact));
    } else if (fact.presence == Presence::Removed) {
        lines.append(make(ChangeGroup::Sources, tr("Source removed: %1.").arg(title), {}, fact));
    } else {
        addFieldLines(lines, fact, tr("Source %1").arg(title), ChangeGroup::Sources, {});
    }
    return lines;
}

GroupedLine ChangeSentences::sealed(const SealRecord &seal) const
{
    return {ChangeGroup::Rounds,
            {tr("The results of %1 were sealed on %2.").arg(stageName(seal.stageCode), DisplayFormat(m_language).date(seal.sealedOn)),
             seal.stageCode, QDateTime::fromString(seal.sealedAt, Qt::ISODateWithMs)}};
}

GroupedLine ChangeSentences::corrected(const CorrectionRecord &correction) const
{
    QString sentence = tr("The result of %1 in %2 was corrected on %3: %4 instead of %5.")
                           .arg(consortium(correction.consortiumCode), stageName(correction.stageCode),
                                DisplayFormat(m_language).date(correction.recordedOn),
                                outcomeWithRank(correction.toOutcome, correction.toRank),
                                outcomeWithRank(correction.fromOutcome, correction.fromRank));
    return {ChangeGroup::Rounds, {withReason(sentence, correction.reason), correction.stageCode,
                                  QDateTime::fromString(correction.recordedAt, Qt::ISODateWithMs)}};
}

QString ChangeSentences::withReason(QString sentence, const domain::BilingualText &reason) const
{
    if (!reason.isEmpty()) {
        QString text = reason.in(m_language).trimmed();
        while (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        sentence += QLatin1Char(' ') + tr("Reason: %1.").arg(text);
    }
    return sentence;
}

QString ChangeSentences::score(const CriterionCorrectionRecord::Score &score) const
{
    if (score.points)
        return DisplayFormat(m_language).number(*score.points, 1);
    if (score.passed)
        return *score.passed ? tr("passed") : tr("failed");
    return tr("none");
}

GroupedLine ChangeSentences::corrected(const CriterionCorrectionRecord &correction) const
{
    const QString sentence = tr("Criterion ‘%1’ of %2 in %3 was corrected on %4 from %5 to %6.")
                                 .arg(correction.criterion.in(m_language), consortium(correction.consortiumCode),
                                      stageName(correction.stageCode),
                                      DisplayFormat(m_language).date(correction.recordedOn), score(correction.from),
                                      score(correction.to));
    return {ChangeGroup::Rounds, {withReason(sentence, correction.reason), correction.stageCode,
                                  QDateTime::fromString(correction.recordedAt, Qt::ISODateWithMs)}};
}

GroupedLine ChangeSentences::imported(const ImportTally &imports) const
{
    const DisplayFormat format(m_language);
    const QString sentence = imports.firstDay.isValid()
        ? tr("%n GPU usage import(s) added %1 rows of usage from %2 to %3.", nullptr, imports.imports)
              .arg(format.integer(imports.rows), format.date(imports.firstDay), format.date(imports.lastDay))
        : tr("%n GPU usage import(s) added %1 rows.", nullptr, imports.imports).arg(format.integer(imports.rows));
    return {ChangeGroup::Gpu, {sentence, {}, {}}};
}

} // namespace kai::history
