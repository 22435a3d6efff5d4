// SPDX-License-Identifier: GPL-3.0-or-later
#include "consortia/DetailSection.h"
#include "common/WrappingLabel.h"

#include "common/CachedTextDelegate.h"
#include "common/ViewPage.h"
#include "items/SnapshotTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <algorithm>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace kai::ui {

DetailSection::DetailSection(QAbstractItemModel *model, int stretchColumn, QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_empty(new WrappingLabel(this)), m_table(new QTableView(this)),
      m_fitKey(ViewPage::nextUpdateKey())
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    m_heading->setFont(headingFont);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_table->setModel(model);
    m_table->setItemDelegate(new CachedTextDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);

    // The section is as tall as its rows, never stretched: the panel scrolls instead.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_table);

    m_table->installEventFilter(this);
    // Measuring the rows shapes every cell's text: a section on a view hidden behind another one
    // measures once when that view is shown, not on every as-of or language change meanwhile.
    const auto fitLater = [this] { ViewPage::updateFor(this, m_fitKey, [this] { fitToRows(); }); };
    connect(model, &QAbstractItemModel::modelReset, this, fitLater);
    connect(model, &QAbstractItemModel::layoutChanged, this, fitLater);
    connect(model, &QAbstractItemModel::dataChanged, this, fitLater);
    fitToRows();
}

void DetailSection::setTexts(const QString &heading, const QString &emptyText)
{
    m_heading->setText(heading);
    m_empty->setText(emptyText);
    m_table->setAccessibleName(heading);
    m_table->horizontalHeader()->setAccessibleName(tr("%1: column headings").arg(heading));
}

// Columns fit their contents. When they do not all fit, the widest give up width first (one cap
// for all, so short columns such as dates and counts stay whole) until the stretching column (the
// name) keeps a third of the table. Cells elide; tooltips have the full text.
void DetailSection::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    QVector<int> widths;
    QVector<int> columns;
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionResizeMode(column) == QHeaderView::Stretch)
            continue;
        m_table->resizeColumnToContents(column);  // the wider of the header and the cells
        widths.append(m_table->columnWidth(column));
        columns.append(column);
    }
    if (widths.isEmpty())
        return;
    const int budget = m_table->contentsRect().width() * 2 / 3;
    int cap = *std::max_element(widths.cbegin(), widths.cend());
    auto total = [&widths](int limit) {
        int sum = 0;
        for (int width : widths)
            sum += std::min(width, limit);
        return sum;
    };
    while (cap > 40 && total(cap) > budget)
        cap -= 4;
    for (int i = 0; i < columns.size(); ++i)
        m_table->setColumnWidth(columns[i], std::min(widths[i], cap));
}

bool DetailSection::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void DetailSection::fitToRows()
{
    const int rows = m_table->model()->rowCount();
    m_empty->setVisible(rows == 0);
    m_table->setVisible(rows > 0);
    m_table->resizeRowsToContents();
    fitColumns();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < rows; ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
}

bool DetailSection::showsIllustrativeData() const
{
    const QAbstractItemModel *model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->index(row, column).data(SnapshotTableModel::IllustrativeRole).toBool())
                return true;
        }
    }
    return false;
}

} // namespace kai::ui
