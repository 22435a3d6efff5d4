// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ContentColumnWidths.h"

#include "common/ViewPage.h"

#include <QHeaderView>
#include <QTableView>

namespace kai::ui {

ContentColumnWidths *ContentColumnWidths::attach(QTableView *table)
{
    return new ContentColumnWidths(table);
}

void ContentColumnWidths::contentsChanged()
{
    ViewPage::updateFor(m_table, m_key, [this] { refitSoon(); });
}

ContentColumnWidths::ContentColumnWidths(QTableView *table)
    : QObject(table), m_table(table), m_key(ViewPage::nextUpdateKey())
{
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    QAbstractItemModel *model = table->model();
    Q_ASSERT(model);  // attach after setModel
    connect(model, &QAbstractItemModel::modelReset, this, &ContentColumnWidths::contentsChanged);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ContentColumnWidths::contentsChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ContentColumnWidths::contentsChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ContentColumnWidths::contentsChanged);
    connect(model, &QAbstractItemModel::columnsInserted, this, &ContentColumnWidths::contentsChanged);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &ContentColumnWidths::contentsChanged);
    refit();
}

void ContentColumnWidths::refitSoon()
{
    if (m_refitPosted)
        return;
    m_refitPosted = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_refitPosted = false;
            refit();
        },
        Qt::QueuedConnection);
}

void ContentColumnWidths::refit()
{
    m_table->resizeColumnsToContents();
}

} // namespace kai::ui
