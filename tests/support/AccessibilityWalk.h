// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QStringList>

class QAccessibleInterface;
class QWidget;

namespace kai::test {

// What a screen reader gets from one window, read through QAccessible the way assistive technology
// reads it: every visible node's name and description by its path in the tree, and the problems
// found on the way (an interactive element without a name, a chart without a description, a table
// without column headings, a coloured cell that does not say its meaning in words).
struct AccessibilityWalk
{
    explicit AccessibilityWalk(QWidget *root);

    QStringList problems;
    QMap<QString, QString> texts;  // path -> "name | description"

private:
    void visit(QAccessibleInterface *node, const QString &path, int depth);
    void checkTable(QAccessibleInterface *node, const QString &label);
    void checkColouredCells(QWidget *widget, const QString &label);
};

// A chart in the sense of issue 20: a Qt chart view or one of the dashboard's drawn charts.
bool isChart(const QWidget *widget);

} // namespace kai::test
