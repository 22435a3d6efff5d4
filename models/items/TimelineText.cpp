// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/TimelineText.h"

#include "items/DisplayFormat.h"
#include "items/CorrectionText.h"
#include "items/DomainText.h"

namespace kai {

using namespace kai::domain;

namespace {
QString joinLines(const QStringList &lines)
{
    QStringList escaped;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        const QString line = lines.at(i).toHtmlEscaped();
        escaped.append(i == 0 ? QStringLiteral("<b>%1</b>").arg(line) : line);
    }
    return QStringLiteral("<p style='white-space:pre'>%1</p>").arg(escaped.join(QStringLiteral("<br>")));
}
} // namespace

QString TimelineText::slip(int days)
{
    // Spelled out rather than %n: without an English .qm file Qt would show "day(s)".
    if (days == 1)
        return tr("1 day late");
    if (days == -1)
        return tr("1 day early");
    if (days > 0)
        return tr("%1 days late").arg(days);
    if (days < 0)
        return tr("%1 days early").arg(-days);
    return {};
}

QString TimelineText::slip(const Stage &stage, int days, Language language)
{
    if (stage.plannedPrecision() == DatePrecision::Day || days == 0)
        return slip(days);
    // No planned day exists to count from: count from the edge of the planned months and say so.
    const DisplayFormat format(language);
    if (days > 0) {
        const QString month = format.month(stage.plannedEnd);
        return days == 1 ? tr("1 day after the end of %1").arg(month) : tr("%1 days after the end of %2").arg(days).arg(month);
    }
    const QString month = format.month(stage.plannedStart);
    return days == -1 ? tr("1 day before %1 began").arg(month) : tr("%1 days before %2 began").arg(-days).arg(month);
}

QString TimelineText::plannedRange(const Stage &stage, Language language)
{
    if (stage.plannedPrecision() == DatePrecision::Day)
        return dateRange(stage.plannedStart, stage.plannedEnd, language);
    const DisplayFormat format(language);
    const QString from = format.month(stage.plannedStart);
    const QString to = format.month(stage.plannedEnd);
    return from == to ? from : tr("%1 – %2", "date range").arg(from, to);
}

QString TimelineText::actualRange(const Stage &stage, Language language)
{
    if (stage.actualStartPrecision == DatePrecision::Day)
        return dateRange(stage.actualStart, stage.actualEnd, language);
    // The start is known only by its month (or year): never shown as the 1st it is stored as.
    const DisplayFormat format(language);
    return tr("%1 – %2", "date range").arg(format.date(stage.actualStart, stage.actualStartPrecision), format.date(stage.actualEnd));
}

TimelineWording TimelineText::wording(Language language)
{
    TimelineWording words;
    words.stageLabel = [language](const Stage &stage, int slipDays) {
        const QString name = stage.name.in(language);
        return slipDays == 0 ? name : tr("%1 · %2", "stage name · slip").arg(name, slip(stage, slipDays, language));
    };
    words.exitLabel = [](ExitReason reason) { return DomainText::exitReason(reason); };
    words.reEntered = tr("Re-entered");
    words.pending = tr("Result pending");
    return words;
}

QString TimelineText::dateRange(const QDate &from, const QDate &to, Language language)
{
    const DisplayFormat format(language);
    if (!to.isValid() || from == to)
        return format.date(from);
    return tr("%1 – %2", "date range").arg(format.date(from), format.date(to));
}

QString TimelineText::plannedWindow(const Stage &stage, const ProgramSnapshot &snapshot, Language language)
{
    if (stage.hasActualDates())
        return actualRange(stage, language);
    if (stage.hasStatedDates())
        return dateRange(stage.effectiveStart(), stage.effectiveEnd(), language);
    const QString months = plannedRange(stage, language);
    if (stage.plannedDates == PlannedDates::Approximate)
        return months;
    QStringList codes;
    for (const qint64 id : {stage.sourceId, stage.otherSourceId}) {
        if (const Source *source = snapshot.source(id))
            codes.append(source->code);
    }
    return codes.isEmpty() ? tr("%1, sources differ").arg(months)
                           : tr("%1, sources differ (%2)").arg(months, codes.join(QStringLiteral(", ")));
}

QString TimelineText::outstanding(const Stage &stage, const ProgramSnapshot &snapshot, Language language)
{
    return tr("Next: %1 · %2", "Next: stage · when").arg(stage.name.in(language), notYetAnnounced(stage, snapshot, language));
}

QString TimelineText::notYetAnnounced(const Stage &stage, const ProgramSnapshot &snapshot, Language language)
{
    return tr("planned %1, not yet announced").arg(plannedWindow(stage, snapshot, language));
}

QString TimelineText::countdown(const std::optional<TimelineCountdown> &next, const ProgramSnapshot &snapshot,
                                Language language)
{
    if (!next)
        return tr("No further milestone planned");
    const QString name = next->stage->name.in(language);
    if (next->outstanding)
        return outstanding(*next->stage, snapshot, language);
    // No day to count down to when no source states one (a start known only by its month has none).
    if (next->isStart ? !next->stage->hasStatedStart() : !next->stage->hasStatedDates())
        return tr("Next: %1 · %2", "Next: stage · when").arg(name, plannedWindow(*next->stage, snapshot, language));
    const QString day = next->daysLeft == 0 ? tr("D-day") : tr("D-%1").arg(next->daysLeft);
    const QString when = next->isStart ? tr("starts %1") : tr("ends %1");
    return tr("%1 · %2 (%3)", "D-12 · stage (starts date)")
        .arg(day, name, when.arg(DisplayFormat(language).date(next->date)));
}

QString TimelineText::stageToolTip(const TimelineStageItem &item, const ProgramSnapshot &snapshot, Language language)
{
    const Stage &stage = *item.stage;
    QStringList lines{stage.name.in(language), DomainText::stageKind(stage.kind)};
    if (stage.hasActualDates()) {
        lines.append(tr("Actual: %1").arg(actualRange(stage, language)));
        if (!item.plannedBar.isNull()) {
            lines.append(tr("Planned: %1").arg(plannedRange(stage, language)));
            lines.append(slip(stage, item.slipDays, language));
        }
    } else {
        lines.append(tr("Planned: %1 (not yet confirmed)").arg(plannedWindow(stage, snapshot, language)));
    }
    if (stage.maxAdvancing)
        lines.append(tr("Teams to advance (plan): %1").arg(*stage.maxAdvancing));
    if (snapshot.isIllustrative(stage.sourceId))
        lines.append(DomainText::illustrative());
    if (stage.isRound())
        lines.append(tr("Click to open the results in Evaluation Rounds"));
    return joinLines(lines);
}

QString TimelineText::markerToolTip(const TimelineLane &lane, const TimelineLaneMarker &marker,
                                    const ProgramSnapshot &snapshot, Language language)
{
    const DisplayFormat format(language);
    QStringList lines{lane.name};
    if (marker.model) {
        lines.append(tr("Programme model release: %1").arg(marker.model->name));
        lines.append(format.date(marker.date, marker.model->releasedPrecision));
        lines.append(marker.model->note.in(language));
        if (snapshot.isIllustrative(marker.model->sourceId))
            lines.append(DomainText::illustrative());
        return joinLines(lines);
    }
    const Stage *stage = marker.result ? snapshot.stage(marker.result->stageId) : nullptr;
    const QString stageName = stage ? stage->name.in(language) : QString();
    if (marker.kind == LaneMarkerKind::ReEntered)
        lines.append(tr("Re-entered through %1").arg(stageName));
    else
        lines.append(tr("%1: %2").arg(stageName, CorrectionText::marked(DomainText::outcome(marker.result->outcome),
                                                                        *marker.result, language)));
    if (marker.result && marker.result->exitReason != ExitReason::None)
        lines.append(DomainText::exitReason(marker.result->exitReason));
    // A pending result has not been announced: its row's date is no announcement date.
    if (!marker.result || marker.result->outcome != Outcome::Pending)
        lines.append(tr("Announced %1").arg(format.date(marker.date)));
    if (marker.result) {
        lines.append(marker.result->note.in(language));
        if (snapshot.isIllustrative(marker.result->sourceId))
            lines.append(DomainText::illustrative());
    }
    lines.append(tr("Click to open the results in Evaluation Rounds"));
    return joinLines(lines);
}

QString TimelineText::laneToolTip(const TimelineLane &lane, Language language)
{
    const DisplayFormat format(language);
    QStringList lines{lane.name, tr("Applied %1").arg(format.date(lane.consortium->appliedOn))};
    if (lane.hasLeft && !lane.segments.isEmpty())
        lines.append(tr("Left the program %1").arg(format.date(lane.segments.last().to)));
    return joinLines(lines);
}

} // namespace kai
