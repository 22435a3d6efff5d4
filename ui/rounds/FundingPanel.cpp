// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/FundingPanel.h"
#include "common/WrappingLabel.h"

#include "charts/HorizontalBarChart.h"
#include "common/CachedTextDelegate.h"
#include "common/ContentColumnWidths.h"
#include "items/DisplayFormat.h"
#include "items/FundingTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

namespace kai::ui {

using namespace kai::domain;

FundingPanel::FundingPanel(const DashboardState &state, QWidget *parent)
    : QWidget(parent), m_intro(new WrappingLabel(this)), m_chart(new HorizontalBarChart), m_model(new FundingTableModel(state, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView)
{
    setObjectName(QStringLiteral("fundingPanel"));
    m_intro->setWordWrap(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SnapshotTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegate(new CachedTextDelegate(m_table));
    ContentColumnWidths::attach(m_table);
    m_chart->setObjectName(QStringLiteral("fundingChart"));
    // One bar per consortium and year needs room; the owner puts this panel in a scroll area.
    m_chart->setLeastHeight(420);
    m_table->setMinimumHeight(320);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_chart, 3);
    layout->addWidget(m_table, 2);
    retranslate();
}

void FundingPanel::setSnapshot(const ProgramSnapshot &snapshot)
{
    m_illustrative = false;
    for (const Funding &f : snapshot.funding)
        m_illustrative = m_illustrative || snapshot.isIllustrative(f.sourceId);
    retranslate();
}

QWidget *FundingPanel::chartView() const
{
    return m_chart;
}

void FundingPanel::drawChart(const ProgramSnapshot &snapshot, Language language)
{
    HorizontalBarChart::Data data;
    const DisplayFormat format(language);
    const double unit = format.moneyUnit();
    data.title = tr("Government and private funding (%1)").arg(format.moneyUnitName());
    if (m_illustrative)
        data.title += tr(" — illustrative samples");
    data.valueAxisTitle = format.moneyUnitName();
    const QColor base = palette().color(QPalette::Highlight);
    HorizontalBarChart::Set government{tr("Government (solid)"), {}, base, Qt::SolidPattern, Qt::SolidLine};
    HorizontalBarChart::Set privateShare{tr("Private (hatched)"), {}, base.lighter(150), Qt::FDiagPattern,
                                         Qt::DotLine};
    double highest = 1;
    for (const Funding &f : snapshot.funding) {
        const Consortium *c = snapshot.consortium(f.consortiumId);
        data.categories << tr("%1 %2 (grade %3)")
                               .arg(c ? c->name.in(language) : QString(), QString::number(f.year),
                                    f.openSourceGrade.isEmpty() ? tr("—") : f.openSourceGrade);
        government.values << double(f.governmentKrw) / unit;
        privateShare.values << double(f.privateKrw) / unit;
        highest = std::max(highest, double(f.governmentKrw + f.privateKrw) / unit);
    }
    data.sets = {government, privateShare};
    data.maximum = std::ceil(highest / 10.0) * 10.0;
    m_chart->setData(data);
}

void FundingPanel::retranslate()
{
    m_intro->setText(tr("Government and private funding per consortium and year. The government's share depends "
                        "on the open-source grade (A: most open). Per-team amounts have not been published: rows "
                        "marked illustrative are samples, not official figures."));
    m_table->setAccessibleName(tr("Funding by consortium and year"));
}

void FundingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace kai::ui
