// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewNote.h"

namespace kai::review {

QString noteKindName(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Question: return QStringLiteral("question");
    case NoteKind::Correction: return QStringLiteral("correction");
    case NoteKind::Confirmed: return QStringLiteral("confirmed");
    }
    return {};
}

std::optional<NoteKind> noteKindFromName(const QString &name)
{
    for (const NoteKind kind : {NoteKind::Question, NoteKind::Correction, NoteKind::Confirmed}) {
        if (noteKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString itemStateName(MergedNote::ItemState state)
{
    switch (state) {
    case MergedNote::ItemState::Unchanged: return QStringLiteral("unchanged");
    case MergedNote::ItemState::Changed: return QStringLiteral("changed");
    case MergedNote::ItemState::Missing: return QStringLiteral("missing");
    }
    return {};
}

MergedNote::ItemState itemStateFromName(const QString &name)
{
    if (name == QLatin1String("changed"))
        return MergedNote::ItemState::Changed;
    if (name == QLatin1String("missing"))
        return MergedNote::ItemState::Missing;
    return MergedNote::ItemState::Unchanged;
}

QString statusName(MergedNote::Status status)
{
    switch (status) {
    case MergedNote::Status::Open: return QStringLiteral("open");
    case MergedNote::Status::Resolved: return QStringLiteral("resolved");
    case MergedNote::Status::Dismissed: return QStringLiteral("dismissed");
    }
    return {};
}

MergedNote::Status statusFromName(const QString &name)
{
    if (name == QLatin1String("resolved"))
        return MergedNote::Status::Resolved;
    if (name == QLatin1String("dismissed"))
        return MergedNote::Status::Dismissed;
    return MergedNote::Status::Open;
}

} // namespace kai::review
