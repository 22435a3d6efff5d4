// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ViewPage.h"

class QAbstractItemModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace kai::ui {

// A view page: a heading, a one-line explanation and a sortable table over one item model.
// Subclasses supply the translated texts; retranslation happens on QEvent::LanguageChange.
class TablePage : public ViewPage
{
    Q_OBJECT

public:
    TablePage(QAbstractItemModel *model, QWidget *parent = nullptr);

    virtual QString description() const = 0;

    QTableView *table() const { return m_table; }
    // True when any cell on this page is an illustrative sample rather than an official figure.
    bool showsIllustrativeData() const override;
    QSortFilterProxyModel *proxy() const { return m_proxy; }

protected:
    QAbstractItemModel *sourceModel() const;
    void changeEvent(QEvent *event) override;
    // Call at the end of the subclass constructor, once title() can answer.
    void retranslate();

private:
    QLabel *m_heading;
    QLabel *m_description;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
};

} // namespace kai::ui
