// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewItemKey.h"

#include <QWidget>
#include <functional>

class QTableView;

namespace kai {
class DashboardState;
}

namespace kai::ui {

// Gives a view's table the two review features: a small corner marker on every row whose item has
// notes, and a context menu entry "Add Review Note…". The view only says which item a row shows.
// The markers are drawn by a transparent overlay on the table's viewport, so the table's own
// delegates stay as they are.
class NoteMarkers : public QWidget
{
    Q_OBJECT

public:
    using KeyOfRow = std::function<std::optional<review::ReviewItemKey>(const QModelIndex &)>;

    static NoteMarkers *attach(QTableView *table, const DashboardState &state, KeyOfRow keyOf);

    // The rows (of the table's model) that carry a marker now; for tests.
    QList<int> markedRows() const;
    void addNote(const QModelIndex &index);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    NoteMarkers(QTableView *table, const DashboardState &state, KeyOfRow keyOf);
    void showMenu(const QPoint &position);

    QTableView *m_table;
    const DashboardState &m_state;
    KeyOfRow m_keyOf;
};

} // namespace kai::ui
