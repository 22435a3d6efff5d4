// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/FundingPanel.h"

#include "charts/HorizontalBarChart.h"
#include "items/DisplayFormat.h"
#include "items/DomainText.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace kai::ui {

using namespace kai::domain;

namespace {
enum Column { ConsortiumColumn, YearColumn, GovernmentColumn, PrivateColumn, ShareColumn, GradeColumn, SourceColumn,
              ColumnCount };
}

FundingPanel::FundingPanel(QWidget *parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_chart(new HorizontalBarChart), m_table(new QTableWidget)
{
    setObjectName(QStringLiteral("fundingPanel"));
    m_intro->setWordWrap(true);
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_chart->setObjectName(QStringLiteral("fundingChart"));
    // One bar per consortium and year needs room; the owner puts this panel in a scroll area.
    m_chart->setMinimumHeight(420);
    m_table->setMinimumHeight(320);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_chart, 3);
    layout->addWidget(m_table, 2);
    retranslate();
}

void FundingPanel::setSnapshot(const ProgramSnapshot &snapshot, Language language)
{
    fill(snapshot, language);
    chart(snapshot, language);
    retranslate();
}

void FundingPanel::chart(const ProgramSnapshot &snapshot, Language language)
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

void FundingPanel::fill(const ProgramSnapshot &snapshot, Language language)
{
    const DisplayFormat format(language);
    m_illustrative = false;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(snapshot.funding.size()));
    QVector<qint64> amounts;
    for (const Funding &f : snapshot.funding)
        amounts << f.governmentKrw << f.privateKrw;
    const int decimals = format.moneyDecimals(amounts);  // one count for both money columns
    for (int row = 0; row < snapshot.funding.size(); ++row) {
        const Funding &f = snapshot.funding[row];
        const Consortium *c = snapshot.consortium(f.consortiumId);
        const qint64 total = f.governmentKrw + f.privateKrw;
        const bool illustrative = snapshot.isIllustrative(f.sourceId);
        m_illustrative = m_illustrative || illustrative;
        const Source *source = snapshot.source(f.sourceId);
        const QString sourceText = illustrative ? DomainText::illustrative() : (source ? source->code : QString());
        const QStringList cells{c ? c->name.in(language) : QString(),
                                QString::number(f.year),
                                format.money(f.governmentKrw, decimals),
                                format.money(f.privateKrw, decimals),
                                total > 0 ? format.percent(100.0 * double(f.governmentKrw) / double(total), 0) : QString(),
                                f.openSourceGrade.isEmpty() ? tr("—") : f.openSourceGrade,
                                sourceText};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column >= GovernmentColumn && column <= ShareColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
}

void FundingPanel::retranslate()
{
    m_intro->setText(tr("Government and private funding per consortium and year. The government's share depends "
                        "on the open-source grade (A: most open). Per-team amounts have not been published: rows "
                        "marked illustrative are samples, not official figures."));
    m_table->setHorizontalHeaderLabels({tr("Consortium"), tr("Year"), tr("Government"), tr("Private"),
                                        tr("Government share"), tr("Open-source grade"), tr("Source")});
    m_table->setAccessibleName(tr("Funding by consortium and year"));
}

void FundingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace kai::ui
