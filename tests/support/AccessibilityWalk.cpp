// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessibilityWalk.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QHeaderView>
#include <QTableView>
#include <QWidget>

namespace kai::test {

namespace {
// Roles a reader can operate: each needs a name even when it is not a tab stop.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::EditableText:
    case QAccessible::PageTab:
    case QAccessible::PageTabList:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::MenuItem:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

// Inside tables, lists and menus the items are named by their own text; the container is checked.
bool isItem(QAccessible::Role role)
{
    return role == QAccessible::Cell || role == QAccessible::ListItem || role == QAccessible::TreeItem
        || role == QAccessible::Row || role == QAccessible::ColumnHeader || role == QAccessible::RowHeader
        || role == QAccessible::ScrollBar;
}

QString label(QAccessibleInterface *node, const QString &path)
{
    const QObject *object = node->object();
    return QStringLiteral("%1 %2 '%3' at %4")
        .arg(object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("item"),
             object ? object->objectName() : QString(), node->text(QAccessible::Name), path);
}
} // namespace

bool isChart(const QWidget *widget)
{
    return widget->inherits("QChartView") || widget->inherits("kai::ui::TimelineCanvas")
        || widget->inherits("kai::ui::FunnelStrip") || widget->inherits("kai::ui::CalendarStrip");
}

AccessibilityWalk::AccessibilityWalk(QWidget *root)
{
    visit(QAccessible::queryAccessibleInterface(root), QStringLiteral("root"), 0);
}

void AccessibilityWalk::visit(QAccessibleInterface *node, const QString &path, int depth)
{
    if (!node || !node->isValid() || depth > 60)
        return;
    const QAccessible::State state = node->state();
    if (state.invisible)
        return;
    const QAccessible::Role role = node->role();
    const QString name = node->text(QAccessible::Name).trimmed();
    const QString description = node->text(QAccessible::Description).trimmed();
    auto *widget = qobject_cast<QWidget *>(node->object());
    const bool ownWidget = widget && node->object() != nullptr && !isItem(role);
    texts.insert(path, name + QStringLiteral(" | ") + description);

    // A widget that hands its focus to another (a scroll area's viewport) is not a stop of its own.
    const bool focusStop = state.focusable && !(widget && widget->focusProxy());
    if (!isItem(role) && (focusStop || isInteractive(role)) && name.isEmpty())
        problems << QStringLiteral("no accessible name: %1").arg(label(node, path));
    if (ownWidget && isChart(widget) && description.isEmpty())
        problems << QStringLiteral("chart without a description: %1").arg(label(node, path));
    if (node->tableInterface()) {
        checkTable(node, label(node, path));
        if (widget)
            checkColouredCells(widget, label(node, path));
        return;  // cells are the model's text, checked above
    }
    if (role == QAccessible::List || role == QAccessible::Tree)
        return;
    for (int i = 0; i < node->childCount(); ++i) {
        QAccessibleInterface *child = node->child(i);
        if (!child)
            continue;
        const QObject *object = child->object();
        const QString step = QStringLiteral("%1:%2").arg(object && !object->objectName().isEmpty()
                                                             ? object->objectName()
                                                             : QString::number(int(child->role()), 16))
                                 .arg(i);
        visit(child, path + QLatin1Char('/') + step, depth + 1);
    }
}

void AccessibilityWalk::checkTable(QAccessibleInterface *node, const QString &label)
{
    QAccessibleTableInterface *table = node->tableInterface();
    const auto *view = qobject_cast<const QTableView *>(node->object());
    for (int column = 0; column < table->columnCount(); ++column) {
        if (view && view->isColumnHidden(column))
            continue;
        if (table->columnDescription(column).trimmed().isEmpty())
            problems << QStringLiteral("table column %1 without a heading: %2").arg(column).arg(label);
    }
}

void AccessibilityWalk::checkColouredCells(QWidget *widget, const QString &label)
{
    // A cell whose colour means something (status, outcome, conflict) says it in words too.
    const auto *view = qobject_cast<const QAbstractItemView *>(widget);
    const QAbstractItemModel *model = view ? view->model() : nullptr;
    if (!model)
        return;
    for (int row = 0; row < std::min(model->rowCount(), 500); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (!index.data(Qt::BackgroundRole).isValid())
                continue;
            if (index.data(Qt::AccessibleTextRole).toString().trimmed().isEmpty())
                problems << QStringLiteral("coloured cell (%1, %2) without Qt::AccessibleTextRole: %3")
                                .arg(row).arg(column).arg(label);
        }
    }
}

} // namespace kai::test
