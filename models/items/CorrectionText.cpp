// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/CorrectionText.h"

#include "items/DisplayFormat.h"
#include "items/DomainText.h"

namespace kai {

using namespace kai::domain;

QString CorrectionText::marker(const RoundResult &result, Language language)
{
    if (!result.correction)
        return {};
    return tr("Corrected %1").arg(DisplayFormat(language).date(result.correction->recordedOn));
}

QString CorrectionText::marked(const QString &value, const RoundResult &result, Language language)
{
    const QString text = marker(result, language);
    if (text.isEmpty())
        return value;
    return value.isEmpty() ? text : tr("%1 · %2").arg(value, text);
}

QString CorrectionText::reason(const RoundResult &result, Language language)
{
    return result.correction ? result.correction->reason.in(language) : QString();
}

QString CorrectionText::sourceText(const RoundResult &result, const ProgramSnapshot &snapshot, Language language)
{
    const Source *source = result.correction ? snapshot.source(result.correction->sourceId) : nullptr;
    return source ? tr("%1 (%2)").arg(source->titleIn(language), source->code) : QString();
}

QString CorrectionText::originalValues(const RoundResult &result, Language language, bool pressMode)
{
    const ResultCorrection &c = *result.correction;
    const DisplayFormat format(language);
    QStringList parts;
    QString outcome = DomainText::outcome(c.originalOutcome);
    if (c.originalExitReason != ExitReason::None)
        outcome = tr("%1: %2").arg(outcome, DomainText::exitReason(c.originalExitReason));
    parts << outcome;
    if (c.originalRank)
        parts << tr("rank %1").arg(format.integer(*c.originalRank));
    if (c.originalTotalScore) {
        // A total the ministry did not publish stays unpublished in the press profile, original or not.
        parts << tr("total %1").arg(pressMode && c.originalTotalIsConfidential ? DomainText::confidential()
                                                                                : format.number(*c.originalTotalScore, 1));
    }
    return parts.join(tr(", "));
}

QString CorrectionText::footnote(const RoundResult &result, const ProgramSnapshot &snapshot, Language language)
{
    if (!result.correction)
        return {};
    const Consortium *consortium = snapshot.consortium(result.consortiumId);
    const QString who = consortium ? consortium->name.in(language) : QString();
    QString line = tr("%1 — %2: %3").arg(who, marker(result, language), reason(result, language));
    if (const QString source = sourceText(result, snapshot, language); !source.isEmpty())
        line = tr("%1 (source: %2)").arg(line, source);
    return line;
}

QString CorrectionText::explanation(const RoundResult &result, const ProgramSnapshot &snapshot, Language language,
                                    bool pressMode)
{
    if (!result.correction)
        return {};
    QStringList lines;
    lines << tr("%1: %2").arg(marker(result, language), reason(result, language));
    lines << tr("Originally: %1").arg(originalValues(result, language, pressMode));
    if (const QString source = sourceText(result, snapshot, language); !source.isEmpty())
        lines << tr("Source of the correction: %1").arg(source);
    const QString note = result.correction->note.in(language);
    if (!pressMode && !note.isEmpty())
        lines << tr("Internal note: %1").arg(note);
    return lines.join(QLatin1Char('\n'));
}

} // namespace kai
