// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace kai::review {

enum class NoteKind { Question, Correction, Confirmed };

// A reviewer's remark on one item, as written on the laptop. uid is made when the note is
// written and travels with it, so the same note merged twice is recognised.
struct ReviewNote
{
    QString uid;
    QString itemKey;   // ReviewItemKey::toString()
    NoteKind kind = NoteKind::Question;
    QString text;
    QString proposedValue;  // corrections only
    QString seenValue;      // ItemValueReader's value of the item in the reviewed copy
    QString reviewer;
    QDateTime writtenAt;    // UTC
};

// A note merged into the office database, with what merging found and what became of it.
struct MergedNote
{
    enum class ItemState { Unchanged, Changed, Missing };
    enum class Status { Open, Resolved, Dismissed };

    qint64 id = 0;
    ReviewNote note;
    QString copyChecksum;
    QDateTime mergedAt;
    ItemState itemState = ItemState::Unchanged;
    QString currentValue;  // the office's value when merged; empty when the item no longer exists
    Status status = Status::Open;
    QString reason;        // why it was resolved or dismissed
    QString closedBy;
    QDateTime closedAt;
};

// Stable names used in files and in the database, never translated.
QString noteKindName(NoteKind kind);
std::optional<NoteKind> noteKindFromName(const QString &name);
QString itemStateName(MergedNote::ItemState state);
MergedNote::ItemState itemStateFromName(const QString &name);
QString statusName(MergedNote::Status status);
MergedNote::Status statusFromName(const QString &name);

} // namespace kai::review
