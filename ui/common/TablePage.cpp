// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TablePage.h"
#include "common/WrappingLabel.h"

#include "common/CachedTextDelegate.h"
#include "common/ContentColumnWidths.h"
#include "items/SnapshotTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kai::ui {

TablePage::TablePage(QAbstractItemModel *model, QWidget *parent)
    : ViewPage(parent), m_heading(new QLabel(this)), m_description(new WrappingLabel(this)), m_table(new QTableView(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_description->setWordWrap(true);

    model->setParent(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SnapshotTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->setItemDelegate(new CachedTextDelegate(m_table));
    ContentColumnWidths::attach(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addWidget(m_table, 1);
}

bool TablePage::showsIllustrativeData() const
{
    const QAbstractItemModel *model = sourceModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->index(row, column).data(SnapshotTableModel::IllustrativeRole).toBool())
                return true;
        }
    }
    return false;
}

QAbstractItemModel *TablePage::sourceModel() const
{
    return m_proxy->sourceModel();
}

void TablePage::retranslate()
{
    m_heading->setText(title());
    m_description->setText(description());
    m_table->setAccessibleName(title());
}

void TablePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ViewPage::changeEvent(event);
}

} // namespace kai::ui
