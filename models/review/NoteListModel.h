// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewNote.h"

#include <QAbstractTableModel>

namespace kai {
class DashboardState;
}

namespace kai::review {

class NotesBook;

// The notes on the open database, one row each, for the Notes panel and the notes page of an
// internal export. Items are named in the display language; stable keys stay in ItemKeyRole.
class NoteListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, KindColumn, TextColumn, ReviewerColumn, SeenColumn, ProposedColumn, StateColumn,
                  ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1,  // the kind's stable name: question, correction, confirmed
        ItemKeyRole,                  // ReviewItemKey::toString()
        NoteIdRole,                   // the merged note's id; 0 for a note not merged yet
        UidRole,
        OpenRole,                     // bool: still open (local notes always are)
    };

    explicit NoteListModel(const DashboardState &state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(NoteKind kind);
    QString itemText(const QString &itemKey) const;
    QString stateText(const MergedNote &note) const;

private:
    void rebuild();
    QVariant display(const MergedNote &note, int column) const;

    const DashboardState &m_state;
    NotesBook &m_book;
    QVector<MergedNote> m_notes;
};

} // namespace kai::review
