// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewItemKey.h"

#include <QWidget>
#include <functional>

class QAbstractScrollArea;
class QAction;
class QModelIndex;
class QTableView;

namespace kai {
class DashboardState;
}

namespace kai::ui {

// Gives a widget that shows items (a table, the timeline canvas) the two review features: a small
// corner marker on every item that has notes, and an "Add Review Note…" entry in its context menu.
// The view only says where its items are; the markers are drawn by a transparent overlay on the
// widget's viewport, so the widget's own painting and delegates stay as they are. The entry is one
// of the widget's actions, so it shares the context menu with the view's edit actions.
class NoteMarkers : public QWidget
{
    Q_OBJECT

public:
    struct Place
    {
        review::ReviewItemKey key;
        QRect rect;  // viewport coordinates; an invalid rect is not on screen
    };
    struct Items
    {
        // Every item the widget shows and where.
        std::function<QVector<Place>()> places;
        // The item at a viewport point; without a point (a menu opened by keyboard), the current one.
        std::function<std::optional<review::ReviewItemKey>(const std::optional<QPoint> &)> itemAt;
    };
    using KeyOfIndex = std::function<std::optional<review::ReviewItemKey>(const QModelIndex &)>;
    // Rows: a table row is one item (marker in its first visible cell); Cells: each cell is one.
    enum class TableItems { Rows, Cells };

    static NoteMarkers *attach(QAbstractScrollArea *widget, const DashboardState &state, Items items);
    static NoteMarkers *attach(QTableView *table, const DashboardState &state, KeyOfIndex keyOf,
                               TableItems scope = TableItems::Rows);

    // The keys of the items shown that carry a marker now (for tests).
    QStringList markedKeys() const;
    // Where the item with this key is shown (viewport coordinates); invalid when not on screen.
    QRect placeOf(const QString &key) const;
    static QColor colour();
    QAction *addNoteAction() const { return m_addNote; }
    // Asks for a note on the item at a viewport point (none: the current item).
    void addNoteAt(const std::optional<QPoint> &point);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    NoteMarkers(QAbstractScrollArea *widget, const DashboardState &state, Items items);
    void refresh();
    void retranslate();
    void shareAncestorActions();

    QAbstractScrollArea *m_widget;
    const DashboardState &m_state;
    Items m_items;
    QAction *m_addNote;
    std::optional<QPoint> m_menuPoint;
};

} // namespace kai::ui
