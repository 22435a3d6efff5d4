// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartTableDialog.h"

#include "items/ChartFiguresModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kai::ui {

ChartTableDialog::ChartTableDialog(QWidget *chart)
    : QDialog(chart), m_summary(new QLabel(this)), m_table(new QTableView(this)), m_model(new ChartFiguresModel(this))
{
    setObjectName(QStringLiteral("chartTableDialog"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("chartTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);  // arrow keys move between figures, Tab to Close
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 24);
}

void ChartTableDialog::setFigures(const ChartFigures &figures)
{
    m_model->setFigures(figures);
    setWindowTitle(figures.title);
    m_summary->setText(ChartText::describe(figures));
    m_table->setAccessibleName(figures.title);
    m_table->setAccessibleDescription(m_summary->text());
    // The reader starts on the first figure, not on the Close button.
    m_table->setFocus();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

} // namespace kai::ui
