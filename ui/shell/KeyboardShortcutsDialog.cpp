// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/KeyboardShortcutsDialog.h"

#include "common/AccessibleNames.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kai::ui {

namespace {
QString keys(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}
} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QMenuBar &menus, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("What they do")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);

    QList<const QMenu *> pending;
    for (const QAction *action : menus.actions()) {
        if (action->menu())
            pending << action->menu();
    }
    while (!pending.isEmpty()) {
        const QMenu *menu = pending.takeFirst();
        const QString menuName = AccessibleNames::withoutMnemonic(menu->title());
        for (const QAction *action : menu->actions()) {
            if (action->menu())
                pending << action->menu();
            else if (!action->shortcut().isEmpty())
                addRow(keys(action->shortcut()),
                       tr("%1 → %2").arg(menuName, AccessibleNames::withoutMnemonic(action->text())));
        }
    }
    addRow(tr("Alt + underlined letter"), tr("Open a menu, or go to the labelled field: the as-of date, the language, "
                                             "a filter"));
    addRow(tr("Tab, Shift+Tab"), tr("Next or previous control, in reading order"));
    addRow(keys(QKeySequence(Qt::CTRL | Qt::Key_Tab)) + tr(", ") + keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)),
           tr("Next or previous tab (Evaluation Rounds)"));
    addRow(tr("Enter, Space"), tr("Open what has focus: a figure, a team, a round"));
    addRow(tr("Up, Down"), tr("Step the as-of date or a filter; move through a table or the view list"));
    addRow(tr("Menu key, Shift+F10"), tr("A chart's menu: Show as Table, copy, export"));
    addRow(keys(QKeySequence::Find), tr("Search consortia and organisations (Consortia view)"));
    addRow(tr("+, −, 0"), tr("Zoom the timeline in, out, or to the whole program (Timeline view)"));
    addRow(keys(QKeySequence(Qt::Key_Escape)), tr("Close a dialog or a menu"));
    m_table->resizeRowsToContents();

    auto *intro = new QLabel(tr("Everything in the dashboard can be reached with the keyboard."), this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 30);
}

void KeyboardShortcutsDialog::addRow(const QString &keys, const QString &what)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(keys));
    m_table->setItem(row, 1, new QTableWidgetItem(what));
}

} // namespace kai::ui
