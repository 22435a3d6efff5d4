// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ViewPage.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kai {
class DashboardState;
}

namespace kai::review {
class NoteListModel;
}

namespace kai::ui {

// The Notes panel: every note on the open database (the reviewer's own, and those merged at the
// office), filtered by kind; opens a note's item in its view; accepts a merged correction (its
// item's edit form, prefilled), resolves or dismisses a merged note with a reason, or removes a
// note of one's own that was not sent yet.
class NotesPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit NotesPanel(const DashboardState &state, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    QPushButton *acceptButton() const { return m_accept; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // Opens the item of the note in `row` of the panel's table in its view; false when this
    // database no longer has the item.
    bool openRow(int row);
    // Closes the merged note in `row`; an empty string or the reason it could not.
    QString closeRow(int row, bool resolve, const QString &reason);

signals:
    void openItemRequested(kai::ui::ViewId view, const QVariant &key);
    // Sources are listed in the About dialog, not in a view.
    void openSourceRequested(qint64 sourceId);
    // "Accept Correction…" on a merged open correction note.
    void acceptCorrectionRequested(qint64 noteId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void updateButtons();
    void askAndClose(bool resolve);
    void removeLocal();
    int currentRow() const;

    const DashboardState &m_state;
    review::NoteListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_kindFilter;
    QLabel *m_kindLabel;
    QTableView *m_table;
    QPushButton *m_open;
    QPushButton *m_accept;
    QPushButton *m_resolve;
    QPushButton *m_dismiss;
    QPushButton *m_remove;
};

} // namespace kai::ui
