// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/NoteListModel.h"

#include "DashboardState.h"
#include "review/NotesBook.h"
#include "review/ReviewItemKey.h"

namespace kai::review {

NoteListModel::NoteListModel(const DashboardState &state, QObject *parent)
    : QAbstractTableModel(parent), m_state(state), m_book(NotesBook::of(state))
{
    connect(&m_book, &NotesBook::notesChanged, this, &NoteListModel::rebuild);
    connect(&m_state, &DashboardState::snapshotChanged, this, &NoteListModel::rebuild);
    connect(&m_state, &DashboardState::languageChanged, this, [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_notes.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    m_notes = m_book.notes();
}

void NoteListModel::rebuild()
{
    beginResetModel();
    m_notes = m_book.notes();
    endResetModel();
}

int NoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int NoteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NoteListModel::kindText(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Question: return tr("Question");
    case NoteKind::Correction: return tr("Correction");
    case NoteKind::Confirmed: return tr("Confirmed");
    }
    return {};
}

QString NoteListModel::itemText(const QString &itemKey) const
{
    const std::optional<ReviewItemKey> key = ReviewItemKey::parse(itemKey);
    if (!key)
        return itemKey;
    const domain::ProgramSnapshot &snapshot = m_state.snapshot();
    const domain::Language language = m_state.language();
    const auto consortiumName = [&](const QString &code) {
        for (const domain::Consortium &c : snapshot.consortia) {
            if (c.code == code)
                return c.name.in(language);
        }
        return code;
    };
    const auto stageName = [&](const QString &code) {
        for (const domain::Stage &s : snapshot.stages) {
            if (s.code == code)
                return s.name.in(language);
        }
        return code;
    };
    const QStringList &p = key->parts;
    switch (key->kind) {
    case ReviewItemKey::Kind::Consortium: return tr("Consortium: %1").arg(consortiumName(p[0]));
    case ReviewItemKey::Kind::Member: return tr("Member %1 of %2").arg(p[1], consortiumName(p[0]));
    case ReviewItemKey::Kind::Stage: return tr("Stage: %1").arg(stageName(p[0]));
    case ReviewItemKey::Kind::RoundResult: return tr("Result of %1 in %2").arg(consortiumName(p[1]), stageName(p[0]));
    case ReviewItemKey::Kind::GpuMonth: return tr("GPU use of %1 in %2").arg(consortiumName(p[0]), p[1]);
    case ReviewItemKey::Kind::Source: return tr("Source %1").arg(p[0]);
    }
    return itemKey;
}

QString NoteListModel::stateText(const MergedNote &note) const
{
    if (note.id == 0)
        return tr("Not merged yet");
    QString state;
    switch (note.itemState) {
    case MergedNote::ItemState::Unchanged: state = tr("Open"); break;
    case MergedNote::ItemState::Changed:
        state = tr("Changed since your review copy; now: %1").arg(note.currentValue);
        break;
    case MergedNote::ItemState::Missing: state = tr("The item no longer exists"); break;
    }
    if (note.status == MergedNote::Status::Resolved)
        return tr("Resolved: %1").arg(note.reason);
    if (note.status == MergedNote::Status::Dismissed)
        return tr("Dismissed: %1").arg(note.reason);
    return state;
}

QVariant NoteListModel::display(const MergedNote &note, int column) const
{
    switch (column) {
    case ItemColumn: return itemText(note.note.itemKey);
    case KindColumn: return kindText(note.note.kind);
    case TextColumn: return note.note.text;
    case ReviewerColumn: return note.note.reviewer;
    case SeenColumn: return note.note.seenValue;
    case ProposedColumn: return note.note.proposedValue;
    case StateColumn: return stateText(note);
    }
    return {};
}

QVariant NoteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MergedNote &note = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return display(note, index.column());
    case KindRole: return noteKindName(note.note.kind);
    case ItemKeyRole: return note.note.itemKey;
    case NoteIdRole: return note.id;
    case UidRole: return note.note.uid;
    case OpenRole: return note.status == MergedNote::Status::Open;
    default: return {};
    }
}

QVariant NoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn: return tr("Item");
    case KindColumn: return tr("Kind");
    case TextColumn: return tr("Note");
    case ReviewerColumn: return tr("Reviewer");
    case SeenColumn: return tr("Value seen");
    case ProposedColumn: return tr("Proposed value");
    case StateColumn: return tr("State");
    }
    return {};
}

} // namespace kai::review
