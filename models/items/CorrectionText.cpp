// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/CorrectionText.h"

#include "items/DisplayFormat.h"
#include "items/DomainText.h"

namespace kai {

using namespace kai::domain;

QString CorrectionText::markerOn(const QDate &recordedOn, Language language)
{
    return tr("Corrected %1").arg(DisplayFormat(language).date(recordedOn));
}

QString CorrectionText::markedWith(const QString &value, const QString &marker)
{
    if (marker.isEmpty())
        return value;
    return value.isEmpty() ? marker : tr("%1 · %2").arg(value, marker);
}

QString CorrectionText::marker(const RoundResult &result, Language language)
{
    return result.correction ? markerOn(result.correction->recordedOn, language) : QString();
}

QString CorrectionText::marked(const QString &value, const RoundResult &result, Language language)
{
    return markedWith(value, marker(result, language));
}

QString CorrectionText::reason(const RoundResult &result, Language language)
{
    return result.correction ? result.correction->reason.in(language) : QString();
}

QString CorrectionText::sourceText(qint64 sourceId, const ProgramSnapshot &snapshot, Language language)
{
    const Source *source = sourceId ? snapshot.source(sourceId) : nullptr;
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

QString CorrectionText::staleTotal(const RoundDetails::StaleTotal &stale, Language language)
{
    if (!stale.criteriaSum)
        return tr("Total not corrected after a criterion score was corrected");
    return tr("Total not corrected; criteria now sum to %1").arg(DisplayFormat(language).number(*stale.criteriaSum, 1));
}

QString CorrectionText::staleTotalFootnote(const RoundResult &result, const RoundDetails::StaleTotal &stale,
                                           const ProgramSnapshot &snapshot, Language language)
{
    const Consortium *consortium = snapshot.consortium(result.consortiumId);
    return tr("%1 — %2").arg(consortium ? consortium->name.in(language) : QString(), staleTotal(stale, language));
}

QString CorrectionText::staleParent(const RoundDetails::StaleTotal &stale, Language language)
{
    if (!stale.criteriaSum)
        return tr("Not corrected after a sub-criterion score was corrected");
    return tr("Not corrected; sub-criteria now sum to %1").arg(DisplayFormat(language).number(*stale.criteriaSum, 1));
}

QString CorrectionText::staleParentFootnote(qint64 consortiumId, const Criterion &criterion,
                                            const RoundDetails::StaleTotal &stale, const ProgramSnapshot &snapshot,
                                            Language language)
{
    const Consortium *consortium = snapshot.consortium(consortiumId);
    return tr("%1, %2 — %3").arg(consortium ? consortium->name.in(language) : QString(), criterion.name.in(language),
                                 staleParent(stale, language));
}

QString CorrectionText::footnoteLine(const QString &who, const QString &marker, const QString &reason, const QString &source)
{
    QString line = tr("%1 — %2: %3").arg(who, marker, reason);
    if (!source.isEmpty())
        line = tr("%1 (source: %2)").arg(line, source);
    return line;
}

QString CorrectionText::explanationLines(const QString &marker, const QString &reason, const QString &original,
                                         const QString &source, const QString &note, bool pressMode)
{
    QStringList lines;
    lines << tr("%1: %2").arg(marker, reason);
    lines << tr("Originally: %1").arg(original);
    if (!source.isEmpty())
        lines << tr("Source of the correction: %1").arg(source);
    if (!pressMode && !note.isEmpty())
        lines << tr("Internal note: %1").arg(note);
    return lines.join(QLatin1Char('\n'));
}

QString CorrectionText::footnote(const RoundResult &result, const ProgramSnapshot &snapshot, Language language)
{
    if (!result.correction)
        return {};
    const Consortium *consortium = snapshot.consortium(result.consortiumId);
    return footnoteLine(consortium ? consortium->name.in(language) : QString(), marker(result, language),
                        reason(result, language), sourceText(result.correction->sourceId, snapshot, language));
}

QString CorrectionText::explanation(const RoundResult &result, const ProgramSnapshot &snapshot, Language language,
                                    bool pressMode)
{
    if (!result.correction)
        return {};
    return explanationLines(marker(result, language), reason(result, language),
                            originalValues(result, language, pressMode),
                            sourceText(result.correction->sourceId, snapshot, language),
                            result.correction->note.in(language), pressMode);
}

QString CorrectionText::scoreValue(std::optional<double> points, std::optional<bool> passed, Language language)
{
    if (points)
        return DisplayFormat(language).number(*points, 1);
    if (passed)
        return *passed ? tr("Passed") : tr("Failed");
    return {};
}

QString CorrectionText::marker(const CriterionScore &score, Language language)
{
    return score.correction ? markerOn(score.correction->recordedOn, language) : QString();
}

QString CorrectionText::marked(const QString &value, const CriterionScore &score, Language language)
{
    return markedWith(value, marker(score, language));
}

QString CorrectionText::footnote(const CriterionScore &score, const Criterion &criterion, const ProgramSnapshot &snapshot,
                                 Language language)
{
    if (!score.correction)
        return {};
    const Consortium *consortium = snapshot.consortium(score.consortiumId);
    const QString who = tr("%1, %2").arg(consortium ? consortium->name.in(language) : QString(), criterion.name.in(language));
    return footnoteLine(who, marker(score, language), score.correction->reason.in(language),
                        sourceText(score.correction->sourceId, snapshot, language));
}

QString CorrectionText::explanation(const CriterionScore &score, const ProgramSnapshot &snapshot, Language language,
                                    bool pressMode)
{
    if (!score.correction)
        return {};
    const CriterionScoreCorrection &c = *score.correction;
    // A score the ministry did not publish stays unpublished in the press profile, original or not.
    const QString original = pressMode && c.originalIsConfidential
        ? DomainText::confidential()
        : scoreValue(c.originalPoints, c.originalPassed, language);
    return explanationLines(marker(score, language), c.reason.in(language), original,
                            sourceText(c.sourceId, snapshot, language), c.note.in(language), pressMode);
}

} // namespace kai
