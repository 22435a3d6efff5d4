// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace kai::ui {

// One titled section of a detail panel: a heading, a table sized to its rows (the panel scrolls,
// not the table) and a sentence shown instead of the table when there is nothing to list.
class DetailSection : public QWidget
{
    Q_OBJECT

public:
    // stretchColumn takes the width left over and elides; the others fit their contents.
    DetailSection(QAbstractItemModel *model, int stretchColumn, QWidget *parent = nullptr);

    void setTexts(const QString &heading, const QString &emptyText);
    QTableView *table() const { return m_table; }
    QLabel *heading() const { return m_heading; }
    // True when any row shows an illustrative sample.
    bool showsIllustrativeData() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitToRows();
    void fitColumns();

    QLabel *m_heading;
    QLabel *m_empty;
    QTableView *m_table;
    quint64 m_fitKey;
};

} // namespace kai::ui
