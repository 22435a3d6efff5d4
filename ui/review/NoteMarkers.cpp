// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/NoteMarkers.h"

#include "DashboardState.h"
#include "review/AddNoteDialog.h"
#include "review/NotesBook.h"
#include "store/Database.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTableView>

namespace kai::ui {

namespace {
constexpr int MarkerSize = 7;
const QColor MarkerColour(0xC2, 0x41, 0x0C);  // orange, as spreadsheet comment marks

// The table's items: each row, or each cell, that the key function names.
NoteMarkers::Items tableItems(QTableView *table, NoteMarkers::KeyOfIndex keyOf, NoteMarkers::TableItems scope)
{
    NoteMarkers::Items items;
    items.places = [table, keyOf, scope] {
        QVector<NoteMarkers::Place> places;
        QAbstractItemModel *model = table->model();
        if (!model)
            return places;
        const int firstColumn = std::max(0, table->horizontalHeader()->logicalIndexAt(0));
        const bool cells = scope == NoteMarkers::TableItems::Cells;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = cells ? 0 : firstColumn; column < (cells ? model->columnCount() : firstColumn + 1);
                 ++column) {
                const QModelIndex index = model->index(row, column);
                if (const std::optional<review::ReviewItemKey> key = keyOf(index))
                    places.append({*key, table->visualRect(index)});
            }
        }
        return places;
    };
    items.itemAt = [table, keyOf](const std::optional<QPoint> &point) {
        return keyOf(point ? table->indexAt(*point) : table->currentIndex());
    };
    return items;
}
} // namespace

NoteMarkers *NoteMarkers::attach(QAbstractScrollArea *widget, const DashboardState &state, Items items)
{
    return new NoteMarkers(widget, state, std::move(items));
}

NoteMarkers *NoteMarkers::attach(QTableView *table, const DashboardState &state, KeyOfIndex keyOf, TableItems scope)
{
    auto *markers = new NoteMarkers(table, state, tableItems(table, keyOf, scope));
    // Scrolling moves the viewport's children with its pixels, and rows come and go: put the
    // overlay back each time.
    const auto refresh = [markers] { markers->refresh(); };
    if (QAbstractItemModel *model = table->model()) {
        connect(model, &QAbstractItemModel::modelReset, markers, refresh);
        connect(model, &QAbstractItemModel::layoutChanged, markers, refresh);
        connect(model, &QAbstractItemModel::rowsInserted, markers, refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, markers, refresh);
    }
    connect(table->horizontalHeader(), &QHeaderView::sectionMoved, markers, refresh);
    return markers;
}

NoteMarkers::NoteMarkers(QAbstractScrollArea *widget, const DashboardState &state, Items items)
    : QWidget(widget->viewport()), m_widget(widget), m_state(state), m_items(std::move(items)),
      m_addNote(new QAction(widget))
{
    setObjectName(QStringLiteral("noteMarkers"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    m_addNote->setObjectName(QStringLiteral("addReviewNoteAction"));
    connect(m_addNote, &QAction::triggered, this, [this] { addNoteAt(m_menuPoint); });
    widget->addAction(m_addNote);
    widget->setContextMenuPolicy(Qt::ActionsContextMenu);
    widget->viewport()->installEventFilter(this);
    widget->installEventFilter(this);
    const auto refresh = [this] { this->refresh(); };
    connect(&review::NotesBook::of(state), &review::NotesBook::notesChanged, this, refresh);
    connect(widget->verticalScrollBar(), &QScrollBar::valueChanged, this, refresh);
    connect(widget->horizontalScrollBar(), &QScrollBar::valueChanged, this, refresh);
    retranslate();
    refresh();
    show();
}

// The viewport is asked to repaint, not the overlay: Qt paints an opaque widget (the viewport) on its
// own and a transparent one (this overlay) by painting what lies under it, so a change that updated
// both (a table's rows reset by an as-of change) drew every cell of the table twice in its frame. The
// viewport's paint draws the overlay with it.
void NoteMarkers::refresh()
{
    setGeometry(m_widget->viewport()->rect());
    raise();
    m_widget->viewport()->update();
}

void NoteMarkers::retranslate()
{
    m_addNote->setText(tr("Add Review &Note…"));
}

void NoteMarkers::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool NoteMarkers::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget->viewport() && event->type() == QEvent::Resize)
        refresh();
    if (event->type() == QEvent::ContextMenu) {
        // The scroll area shows its actions' menu after this: say which item the entry writes on.
        const auto *menu = static_cast<QContextMenuEvent *>(event);
        m_menuPoint = watched == m_widget->viewport() && menu->reason() == QContextMenuEvent::Mouse
            ? std::optional<QPoint>(menu->pos())
            : std::nullopt;
        m_addNote->setEnabled(m_items.itemAt(m_menuPoint).has_value());
        shareAncestorActions();
    }
    return QWidget::eventFilter(watched, event);
}

// A widget with its own actions menu hides the menu of the view around it: list the view's
// actions (its edits) here too, as they would have been offered without the note entry.
void NoteMarkers::shareAncestorActions()
{
    for (QWidget *ancestor = m_widget->parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        if (ancestor->contextMenuPolicy() != Qt::ActionsContextMenu)
            continue;
        const QList<QAction *> own = m_widget->actions();
        for (QAction *action : ancestor->actions()) {
            if (!own.contains(action))
                m_widget->addAction(action);
        }
        return;
    }
}

QStringList NoteMarkers::markedKeys() const
{
    QStringList keys;
    const review::NotesBook &book = review::NotesBook::of(m_state);
    for (const Place &place : m_items.places()) {
        const QString key = place.key.toString();
        if (book.hasNotes(key) && !keys.contains(key))
            keys << key;
    }
    return keys;
}

QRect NoteMarkers::placeOf(const QString &key) const
{
    for (const Place &place : m_items.places()) {
        if (place.key.toString() == key)
            return place.rect;
    }
    return {};
}

QColor NoteMarkers::colour()
{
    return MarkerColour;
}

void NoteMarkers::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const review::NotesBook &book = review::NotesBook::of(m_state);
    for (const Place &place : m_items.places()) {
        if (!place.rect.isValid() || !rect().intersects(place.rect) || !book.hasNotes(place.key.toString()))
            continue;
        QPainterPath corner;  // a small triangle in the item's top-left corner
        corner.moveTo(place.rect.topLeft());
        corner.lineTo(place.rect.topLeft() + QPoint(MarkerSize, 0));
        corner.lineTo(place.rect.topLeft() + QPoint(0, MarkerSize));
        corner.closeSubpath();
        painter.fillPath(corner, MarkerColour);
    }
}

void NoteMarkers::addNoteAt(const std::optional<QPoint> &point)
{
    const std::optional<review::ReviewItemKey> key = m_items.itemAt(point);
    if (!key)
        return;
    AddNoteDialog dialog(m_state, *key, m_widget->window());
    dialog.exec();
}

} // namespace kai::ui
