// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/UtcDateTime.h"
#include "history/ExportRecord.h"

#include <QDateTime>
#include <QStringList>
#include <QVector>
#include <optional>

namespace kai::history {

// The view a change belongs to (and opens in), in the order the list shows them.
enum class ChangeGroup { Rounds, Consortia, Timeline, Gpu, Sources };

// One sentence of the list and the item it opens: a consortium's or a stage's code (empty: the
// view as a whole).
struct ChangeLine
{
    QString sentence;
    QString itemCode;
    QDateTime changedAt;
};

struct ChangeSection
{
    ChangeGroup group = ChangeGroup::Rounds;
    QString title;
    QVector<ChangeLine> lines;
};

// Where "since" starts: a day (from its first second, UTC, as the change log counts days) or a
// briefing from the export register (the moment it was written, and the data's checksum then).
struct SincePoint
{
    QDateTime at;
    std::optional<ExportRecord> briefing;

    static SincePoint fromDay(const QDate &day) { return {utcDateTime(day), std::nullopt}; }
    static SincePoint fromExport(const ExportRecord &record) { return {record.exportedAt, record}; }
};

// The whole list in the display language: a heading, the sections that have lines, and notes on
// what the list cannot vouch for.
struct ChangesReport
{
    QString heading;
    QVector<ChangeSection> sections;
    QStringList notes;
    QString emptyText;  // shown when there are no sections

    bool isEmpty() const { return sections.isEmpty(); }
    int lineCount() const
    {
        int count = 0;
        for (const ChangeSection &section : sections)
            count += int(section.lines.size());
        return count;
    }
    // Heading, sections with their titles, notes: the plain text the CLI prints.
    QString toText() const;
};

} // namespace kai::history
