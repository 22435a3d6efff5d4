// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/ChangesSince.h"

#include "history/ChangeSentences.h"
#include "history/NetChanges.h"
#include "items/DisplayFormat.h"
#include "store/ChangeLog.h"
#include "store/ChangesSinceReader.h"
#include "store/DatabaseFingerprint.h"
#include "store/ExportRegisterStore.h"
#include "store/SqlConnection.h"

// What the list rests on, and why.
//
// - The change log is the record of edits, undos, redos and imports. It is written in the same
//   transaction as the change it describes (so it never claims a change that did not commit), names
//   facts by stable keys rather than row ids, keeps the old and the new value, and its triggers
//   refuse any rewrite. Netting each field over the period (first old value, last new value) makes
//   an edit and its undo vanish, as they should. Its limit: a program that writes the file without
//   going through the app (the sqlite3 shell, a script) leaves no row.
// - Seals and corrections are read from their own tables: their rows carry the time they were
//   recorded to the millisecond, and the schema lets none be changed, or removed once an export
//   has shown it, so what is there is what was published.
// - The logical diff cannot help on its own: it needs the data as it was, and the file keeps only
//   the data as it is. What the export register does keep is the checksum of the data a briefing
//   showed. Since a briefing, that checksum is the check on the log: the same checksum now means
//   nothing changed, whatever the log says; another checksum with nothing in the log means a write
//   the log missed, and the list says so instead of claiming "no changes".

namespace kai::history {

QString ChangesReport::toText() const
{
    QString text = heading + QStringLiteral("\n");
    if (sections.isEmpty())
        text += QStringLiteral("\n") + emptyText + QStringLiteral("\n");
    for (const ChangeSection &section : sections) {
        text += QStringLiteral("\n") + section.title + QStringLiteral("\n");
        for (const ChangeLine &line : section.lines)
            text += QStringLiteral("  - ") + line.sentence + QStringLiteral("\n");
    }
    for (const QString &note : notes)
        text += QStringLiteral("\n") + note + QStringLiteral("\n");
    return text;
}

std::optional<ExportRecord> ChangesSince::findExport(store::SqlConnection &connection, const QString &checksum)
{
    const QString wanted = checksum.trimmed().toLower();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const ExportRecord &record : store::ExportRegisterStore(connection).list()) {  // newest first
        if (record.checksum.toLower() == wanted)
            return record;
    }
    return std::nullopt;
}

QString ChangesSince::heading(const SincePoint &since, domain::Language language)
{
    const DisplayFormat format(language);
    if (!since.briefing)
        return tr("Changes since %1").arg(format.date(since.at.toUTC().date()));
    const QDateTime at = since.briefing->exportedAt.toUTC();
    return tr("Changes since the briefing of %1 %2 UTC (%3, data checksum %4)")
        .arg(format.date(at.date()), at.toString(QStringLiteral("HH:mm")), since.briefing->fileName, since.briefing->checksum);
}

QString ChangesSince::briefingChoice(const ExportRecord &record, domain::Language language)
{
    const QDateTime at = record.exportedAt.toUTC();
    return tr("Briefing of %1 %2 UTC: %3 (%4)")
        .arg(DisplayFormat(language).date(at.date()), at.toString(QStringLiteral("HH:mm")), record.fileName, record.checksum);
}

ChangesReport ChangesSince::build(store::SqlConnection &connection, const SincePoint &since, domain::Language language,
                                  bool press)
{
    ChangesReport report;
    report.heading = heading(since, language);
    report.emptyText = tr("Nothing has changed since then.");

    store::ChangeLogRepository log(connection);
    const bool hasLog = log.exists();
    store::ChangesSinceReader reader(connection);
    const ItemNames names = reader.names();
    const ChangeSentences sentences(names, language, press);
    QVector<GroupedLine> lines;
    if (hasLog) {
        const NetChanges net(log.loadFrom(since.at));
        for (const NetFactChange &fact : net.facts())
            lines += sentences.linesFor(fact);
        if (net.imports().rows > 0)
            lines.append(sentences.imported(net.imports()));
    } else {
        report.notes << tr("This database has no change log (it was written by an older version), so only seals and "
                           "corrections can be listed.");
    }
    for (const SealRecord &seal : reader.sealsSince(since.at))
        lines.append(sentences.sealed(seal));
    for (const CorrectionRecord &correction : reader.correctionsSince(since.at))
        lines.append(sentences.corrected(correction));
    for (const CriterionCorrectionRecord &correction : reader.criterionCorrectionsSince(since.at))
        lines.append(sentences.corrected(correction));

    if (since.briefing) {
        const QString now = store::DatabaseFingerprint(connection).shortHex();
        if (now.compare(since.briefing->checksum, Qt::CaseInsensitive) == 0) {
            report.emptyText = tr("Nothing has changed since then: the data's checksum is still %1.").arg(now);
            return report;
        }
        if (lines.isEmpty())
            report.notes << tr("The data differs from that briefing's (checksum %1 then, %2 now), but the change log "
                               "records no change since: another program has written to the file. Compare a copy of "
                               "the database the briefing was made from with kai-dashboard diff.")
                                .arg(since.briefing->checksum, now);
    }

    std::stable_sort(lines.begin(), lines.end(), [](const GroupedLine &a, const GroupedLine &b) {
        if (a.group != b.group)
            return a.group < b.group;
        // Undated lines (the import tally) close their section.
        if (a.line.changedAt.isValid() != b.line.changedAt.isValid())
            return a.line.changedAt.isValid();
        return a.line.changedAt < b.line.changedAt;
    });
    for (const GroupedLine &line : std::as_const(lines)) {
        if (report.sections.isEmpty() || report.sections.last().group != line.group)
            report.sections.append({line.group, ChangeSentences::groupTitle(line.group), {}});
        report.sections.last().lines.append(line.line);
    }
    return report;
}

} // namespace kai::history
