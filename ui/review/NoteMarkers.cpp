// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/NoteMarkers.h"

#include "review/AddNoteDialog.h"
#include "review/NotesBook.h"

#include <QEvent>
#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTableView>

namespace kai::ui {

namespace {
constexpr int MarkerSize = 7;
const QColor MarkerColour(0xC2, 0x41, 0x0C);  // orange, as spreadsheet comment marks
} // namespace

NoteMarkers *NoteMarkers::attach(QTableView *table, const DashboardState &state, KeyOfRow keyOf)
{
    return new NoteMarkers(table, state, std::move(keyOf));
}

NoteMarkers::NoteMarkers(QTableView *table, const DashboardState &state, KeyOfRow keyOf)
    : QWidget(table->viewport()), m_table(table), m_state(state), m_keyOf(std::move(keyOf))
{
    setObjectName(QStringLiteral("noteMarkers"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(table->viewport()->rect());
    table->viewport()->installEventFilter(this);
    // Scrolling moves the viewport's children with its pixels: put the overlay back each time.
    const auto refresh = [this] {
        setGeometry(m_table->viewport()->rect());
        update();
    };
    connect(&review::NotesBook::of(state), &review::NotesBook::notesChanged, this, refresh);
    connect(table->verticalScrollBar(), &QScrollBar::valueChanged, this, refresh);
    connect(table->horizontalScrollBar(), &QScrollBar::valueChanged, this, refresh);
    if (QAbstractItemModel *model = table->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, refresh);
        connect(model, &QAbstractItemModel::rowsInserted, this, refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, refresh);
    }
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, &NoteMarkers::showMenu);
    raise();
    show();
}

bool NoteMarkers::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_table->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

QList<int> NoteMarkers::markedRows() const
{
    QList<int> rows;
    const review::NotesBook &book = review::NotesBook::of(m_state);
    QAbstractItemModel *model = m_table->model();
    for (int row = 0; model && row < model->rowCount(); ++row) {
        const std::optional<review::ReviewItemKey> key = m_keyOf(model->index(row, 0));
        if (key && book.hasNotes(key->toString()))
            rows << row;
    }
    return rows;
}

void NoteMarkers::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int firstColumn = m_table->horizontalHeader()->logicalIndexAt(0);
    for (const int row : markedRows()) {
        const QRect cell = m_table->visualRect(m_table->model()->index(row, std::max(0, firstColumn)));
        if (!cell.isValid() || !rect().intersects(cell))
            continue;
        QPainterPath corner;  // a small triangle in the row's top-left corner
        corner.moveTo(cell.topLeft());
        corner.lineTo(cell.topLeft() + QPoint(MarkerSize, 0));
        corner.lineTo(cell.topLeft() + QPoint(0, MarkerSize));
        corner.closeSubpath();
        painter.fillPath(corner, MarkerColour);
    }
}

void NoteMarkers::addNote(const QModelIndex &index)
{
    const std::optional<review::ReviewItemKey> key = m_keyOf(index);
    if (!key)
        return;
    AddNoteDialog dialog(m_state, *key, m_table->window());
    dialog.exec();
}

void NoteMarkers::showMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    QMenu menu(m_table);
    if (index.isValid() && m_keyOf(index))
        menu.addAction(tr("Add Review &Note…"), this, [this, index] { addNote(index); });
    // The table's own actions (Export Table to Excel…) follow.
    if (!menu.isEmpty() && !m_table->actions().isEmpty())
        menu.addSeparator();
    for (QAction *action : m_table->actions()) {
        if (action->isVisible())
            menu.addAction(action);
    }
    if (!menu.isEmpty())
        menu.exec(m_table->viewport()->mapToGlobal(position));
}

} // namespace kai::ui
