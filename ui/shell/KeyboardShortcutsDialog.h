// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace kai::ui {

// Help → Keyboard Shortcuts: every menu command that has a shortcut (read from the menus, so new
// commands appear by themselves) and the keys that work inside views and charts.
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    KeyboardShortcutsDialog(const QMenuBar &menus, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void addRow(const QString &keys, const QString &what);

    QTableWidget *m_table;
};

} // namespace kai::ui
