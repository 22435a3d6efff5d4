// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpu/GpuUsageView.h"
#include "common/WrappingLabel.h"

#include "DashboardState.h"
#include "charts/BarChart.h"
#include "charts/LineChart.h"
#include "common/CachedTextDelegate.h"
#include "common/ContentColumnWidths.h"
#include "items/ConsortiumPalette.h"
#include "items/DisplayFormat.h"
#include "items/DomainText.h"
#include "items/GpuCountText.h"
#include "items/GpuSummaryTableModel.h"
#include "items/GpuUsagePeriodModel.h"
#include "review/ItemKeys.h"
#include "review/NoteMarkers.h"

#include <QAbstractBarSeries>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace kai::ui {

namespace {
QTableView *createTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(SnapshotTableModel::SortRole);
    auto *table = new QTableView(parent);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setItemDelegate(new CachedTextDelegate(table));
    ContentColumnWidths::attach(table);
    table->setMinimumHeight(200);
    return table;
}

QDateEdit *createDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDateRange(DashboardState::earliestAsOf(), DashboardState::latestAsOf());
    return edit;
}
} // namespace

GpuUsageView::GpuUsageView(const DashboardState &state, QWidget *parent)
    : ViewPage(parent), m_state(state), m_model(new GpuSummaryTableModel(state, this)),
      m_periodModel(new GpuUsagePeriodModel(state, this)), m_heading(new QLabel(this)), m_description(new WrappingLabel(this)),
      m_illustrativeNote(new WrappingLabel(this)), m_headline(new WrappingLabel(this)), m_flags(new WrappingLabel(this)),
      m_emptyState(new WrappingLabel(this)), m_factors(new WrappingLabel(this)), m_consortiumLabel(new QLabel(this)), m_providerLabel(new QLabel(this)),
      m_modelLabel(new QLabel(this)), m_rangeLabel(new QLabel(this)), m_consortiumBox(new QComboBox(this)),
      m_providerBox(new QComboBox(this)), m_modelBox(new QComboBox(this)), m_fromEdit(createDateEdit(this)),
      m_toEdit(createDateEdit(this)), m_monthsButton(new QPushButton(this)),
      m_monthlyChart(new BarChart(BarChart::Layout::Stacked, this)),
      m_allocationChart(new BarChart(BarChart::Layout::Grouped, this)), m_utilisationChart(new LineChart(this)),
      m_periodTable(createTable(m_periodModel, this)), m_summaryTable(createTable(m_model, this))
{
    setObjectName(QStringLiteral("gpuUsageView"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    for (QLabel *label : {m_description, m_illustrativeNote, m_headline, m_flags, m_factors})
        label->setWordWrap(true);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    m_headline->setFont(headlineFont);
    m_illustrativeNote->setFrameShape(QFrame::StyledPanel);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addWidget(m_illustrativeNote);
    layout->addWidget(createFilters());
    layout->addWidget(m_headline);
    layout->addWidget(m_flags);
    m_emptyState->setObjectName(QStringLiteral("gpuEmptyState"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setFrameShape(QFrame::StyledPanel);
    m_emptyState->setMargin(12);
    layout->addWidget(m_emptyState);
    m_chartGrid = new QGridLayout;
    m_chartGrid->addWidget(m_monthlyChart, 0, 0, 1, 2);
    m_chartGrid->addWidget(m_allocationChart, 1, 0);
    m_chartGrid->addWidget(m_utilisationChart, 1, 1);
    layout->addLayout(m_chartGrid);
    layout->addWidget(m_factors);
    layout->addWidget(m_periodTable);
    layout->addWidget(m_summaryTable);
    layout->addStretch(1);  // an empty state stays at the top instead of spreading the page
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("gpuScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_periodTable->setObjectName(QStringLiteral("gpuPeriodTable"));
    NoteMarkers::attach(
        m_periodTable, state, [this](const QModelIndex &index) { return gpuMonthKey(index); },
        NoteMarkers::TableItems::Cells);

    connect(m_monthlyChart, &BarChart::categoryClicked, this, &GpuUsageView::drillInto);
    // Its query of the usage rollup is the dearest part of a new as-of date: not while hidden.
    // Connected first, so that on showing the query runs before the charts are redrawn.
    m_periodModel->setHold([this] { return defersUpdates(); });
    follow(m_periodModel, &GpuUsagePeriodModel::rebuildWaiting, this, [this] { m_periodModel->resume(); });
    follow(m_periodModel, &GpuUsagePeriodModel::figuresChanged, this, [this] { refreshFigures(); });
    follow(m_model, &QAbstractItemModel::modelReset, this, [this] { refreshFigures(); });
    follow(&state, &DashboardState::snapshotChanged, this, [this] { fillFilterChoices(); });
    fillFilterChoices();
    retranslate();
    refreshFigures();
}

QWidget *GpuUsageView::createFilters()
{
    // Two rows, what and when: one row would squeeze the choices with a large system font.
    auto *filters = new QWidget(this);
    auto *rows = new QVBoxLayout(filters);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *what = new QBoxLayout(QBoxLayout::LeftToRight);
    m_choiceRow = what;
    auto *when = new QHBoxLayout;
    rows->addLayout(what);
    rows->addLayout(when);
    const auto add = [](QBoxLayout *row, QLabel *label, QWidget *field) {
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    add(what, m_consortiumLabel, m_consortiumBox);
    add(what, m_providerLabel, m_providerBox);
    add(what, m_modelLabel, m_modelBox);
    what->addStretch(1);
    add(when, m_rangeLabel, m_fromEdit);
    when->addWidget(m_toEdit);
    when->addWidget(m_monthsButton);
    when->addStretch(1);
    m_fromEdit->setDate(DashboardState::earliestAsOf());
    m_toEdit->setDate(DashboardState::latestAsOf());
    for (QComboBox *box : {m_consortiumBox, m_providerBox, m_modelBox}) {
        // The hint follows the longest choice, so the reflow knows the room the choices need.
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &GpuUsageView::applyFilters);
    }
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &GpuUsageView::applyFilters);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &GpuUsageView::applyFilters);
    connect(m_monthsButton, &QPushButton::clicked, this, [this] { m_periodModel->setDrillMonth({}); });
    return filters;
}

void GpuUsageView::fillFilterChoices()
{
    const domain::Language language = m_state.language();
    const auto refill = [](QComboBox *box, const QString &allText, const QList<std::pair<QString, qint64>> &items) {
        const QVariant current = box->currentData();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(allText, QVariant());
        for (const auto &[text, id] : items)
            box->addItem(text, id);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    QList<std::pair<QString, qint64>> consortia;
    for (const GpuSummaryTableModel::Row &row : m_model->summaryRows())
        consortia.append({row.name.in(language), row.consortiumId});
    refill(m_consortiumBox, tr("All consortia"), consortia);
    QList<std::pair<QString, qint64>> providers;
    for (const auto &provider : m_periodModel->providers())
        providers.append({language == domain::Language::Korean ? provider.nameKo : provider.nameEn, provider.id});
    refill(m_providerBox, tr("All providers"), providers);
    QList<std::pair<QString, qint64>> models;
    for (const auto &model : m_periodModel->gpuModels())
        models.append({model.code, model.id});
    refill(m_modelBox, tr("All GPU models"), models);
}

void GpuUsageView::applyFilters()
{
    GpuUsagePeriodModel::Filter filter;
    const auto idOf = [](QComboBox *box) {
        const QVariant data = box->currentData();
        return data.isValid() ? std::optional<qint64>(data.toLongLong()) : std::nullopt;
    };
    filter.consortiumId = idOf(m_consortiumBox);
    filter.providerId = idOf(m_providerBox);
    filter.gpuModelId = idOf(m_modelBox);
    filter.from = m_fromEdit->date();
    filter.to = m_toEdit->date();
    m_periodModel->setFilter(filter);
}

// A cell of the months table is one consortium's use in one month; days and totals have no key.
std::optional<review::ReviewItemKey> GpuUsageView::gpuMonthKey(const QModelIndex &tableIndex) const
{
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_periodTable->model());
    const QModelIndex index = proxy->mapToSource(tableIndex);
    const auto &series = m_periodModel->series();
    const auto &periods = m_periodModel->periods();
    if (!index.isValid() || m_periodModel->drillMonth().isValid() || index.row() >= periods.size()
        || index.column() < 1 || index.column() > series.size())
        return std::nullopt;
    return review::ItemKeys::gpuMonth(m_state.snapshot(), series.at(index.column() - 1).consortiumId,
                                      periods.at(index.row()));
}

void GpuUsageView::focusItem(const QVariant &key)
{
    // {"consortium": id, "month": date}: that consortium's use in that month, in the months table.
    const QVariantMap cell = key.toMap();
    const auto wanted = review::ItemKeys::gpuMonth(m_state.snapshot(), cell.value(QStringLiteral("consortium")).toLongLong(),
                                                   cell.value(QStringLiteral("month")).toDate());
    if (!wanted)
        return;
    m_periodModel->setDrillMonth({});
    const QVariant chosen = m_consortiumBox->currentData();
    if (chosen.isValid() && chosen.toLongLong() != cell.value(QStringLiteral("consortium")).toLongLong())
        m_consortiumBox->setCurrentIndex(0);  // the filter hid it
    const QDate month = cell.value(QStringLiteral("month")).toDate();
    if (month.addMonths(1).addDays(-1) < m_fromEdit->date() || month > m_toEdit->date()) {
        m_fromEdit->setDate(DashboardState::earliestAsOf());
        m_toEdit->setDate(DashboardState::latestAsOf());
    }
    QAbstractItemModel *model = m_periodTable->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (gpuMonthKey(index) == wanted) {
                m_periodTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                            | QItemSelectionModel::Rows);
                m_periodTable->scrollTo(index);
                if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("gpuScroll")))
                    scroll->ensureWidgetVisible(m_periodTable);
                return;
            }
        }
    }
}

void GpuUsageView::drillInto(int periodIndex)
{
    if (m_periodModel->drillMonth().isValid() || periodIndex < 0 || periodIndex >= m_periodModel->periods().size())
        return;
    m_periodModel->setDrillMonth(m_periodModel->periods().at(periodIndex));
}

void GpuUsageView::refreshFigures()
{
    refreshCharts();
    refreshHeadline();
    refreshEmptyState();
    m_monthsButton->setEnabled(m_periodModel->drillMonth().isValid());
    m_illustrativeNote->setVisible(showsIllustrativeData());
    emit illustrativeDataChanged();
}

void GpuUsageView::refreshCharts()
{
    // Every period whole for the table and the description ("2026년 3월" / "Mar 2026"); the axis
    // labels as many as fit, with the year where it changes ("2026년 3월", "5월").
    const QStringList labels = m_periodModel->periodLabels();
    const auto axisLabels = [this](const QVector<int> &shown) { return m_periodModel->axisLabels(shown); };
    QVector<BarChart::Series> monthly;
    const ConsortiumPalette palette(m_state.snapshot());
    for (const auto &series : m_periodModel->series())
        monthly.append({series.shortName, series.gpuHours, palette.colour(series.consortiumId)});
    m_monthlyChart->setData(labels, monthly, axisLabels);
    m_utilisationChart->setData(labels, m_periodModel->utilisation(), 0, 100, axisLabels);

    QStringList consortia;
    BarChart::Series allocated{tr("Allocated"), {}, {}};
    BarChart::Series used{tr("Used"), {}, {}};
    for (const auto &series : m_periodModel->series()) {
        consortia.append(series.shortName);
        allocated.values.append(series.totalAllocated());
        used.values.append(series.totalUsed());
    }
    m_allocationChart->setData(consortia, {allocated, used});
}

void GpuUsageView::refreshHeadline()
{
    const DisplayFormat fmt(m_state.language());
    double allocated = 0;
    double used = 0;
    bool approximate = false;
    for (const GpuSummaryTableModel::Row &row : m_model->summaryRows()) {
        allocated += row.allocatedHours;
        used += row.usedHours;
        approximate = approximate || row.allocatedApproximate;
    }
    const auto derived = [approximate](const QString &figure) { return GpuCountText::derived(figure, approximate); };
    m_headline->setText(tr("Up to the as-of date: %1 GPU-hours allocated, %2 used (%3), %4 remaining. "
                           "In the chosen period and filters: %5 GPU-hours used, %6 H100-equivalent hours.")
                            .arg(derived(fmt.gpuHours(allocated)), fmt.gpuHours(used),
                                 allocated > 0 ? derived(fmt.percent(used / allocated * 100.0)) : QStringLiteral("-"),
                                 derived(fmt.gpuHours(std::max(0.0, allocated - used))),
                                 fmt.gpuHours(m_periodModel->totalGpuHours()),
                                 fmt.gpuHours(m_periodModel->totalH100Hours())));
    QStringList flags;
    const double underUsePct = GpuUsagePeriodModel::UnderUseShare * 100.0;
    for (const auto &series : m_periodModel->series()) {
        const double share = series.totalAllocated() > 0 ? series.totalUsed() / series.totalAllocated() * 100.0 : 0.0;
        const bool seriesApproximate = series.totalAllocatedApproximate();
        const QString left = GpuCountText::derived(fmt.gpuHours(std::max(0.0, series.totalAllocated() - series.totalUsed())),
                                                   seriesApproximate);
        const QString shareAgainst = GpuCountText::derived(fmt.percentAgainst(share, underUsePct), seriesApproximate);
        switch (GpuUsagePeriodModel::useOf(series.totalUsed(), series.totalAllocated())) {
        case GpuUsagePeriodModel::Use::NoAllocation:
            flags.append(tr("%1: no allocation in the period").arg(series.name));
            break;
        case GpuUsagePeriodModel::Use::UnderUse:
            flags.append(tr("%1: under-used, %2 of the allocation (%3 GPU-hours left)").arg(series.name, shareAgainst, left));
            break;
        case GpuUsagePeriodModel::Use::Normal:
            flags.append(tr("%1: %2 of the allocation (%3 GPU-hours left)").arg(series.name, shareAgainst, left));
            break;
        case GpuUsagePeriodModel::Use::OverUse:
            flags.append(tr("%1: over allocation, %2")
                             .arg(series.name, GpuCountText::derived(fmt.percent(share), seriesApproximate)));
            break;
        }
    }
    m_flags->setText(flags.isEmpty() ? QString()
                                     : tr("In the chosen period (under-use: below %1 of the allocation): %2")
                                           .arg(fmt.percent(GpuUsagePeriodModel::UnderUseShare * 100.0, 0),
                                                flags.join(QStringLiteral("; "))));
    QStringList factors;
    const domain::Language language = m_state.language();
    for (const auto &model : m_periodModel->gpuModels()) {
        factors.append(tr("%1 = %2 H100 (%3)").arg(model.code, fmt.number(model.h100Equivalent, 1),
                                                    model.illustrative ? DomainText::illustrative() : model.sourceTitle.in(language)));
    }
    m_factors->setText(tr("H100-equivalent factors: %1").arg(factors.join(QStringLiteral("; "))));
}

void GpuUsageView::refreshEmptyState()
{
    const bool nothingKnown = m_model->summaryRows().isEmpty();
    const bool nothingChosen = m_periodModel->periods().isEmpty();
    if (nothingKnown) {
        m_emptyState->setText(tr("No GPU allocations were known on %1.").arg(DisplayFormat(m_state.language()).date(m_state.asOf())));
    } else if (nothingChosen) {
        m_emptyState->setText(tr("No GPU allocation or use falls in the chosen period and filters."));
    }
    m_emptyState->setVisible(nothingKnown || nothingChosen);
    // Empty charts and tables would only draw bare axes and headers.
    for (QWidget *widget : std::initializer_list<QWidget *>{m_monthlyChart, m_allocationChart, m_utilisationChart,
                                                            m_periodTable, m_factors})
        widget->setVisible(!nothingChosen);
    m_summaryTable->setVisible(!nothingKnown);
    m_headline->setVisible(!nothingKnown);
    m_flags->setVisible(!nothingChosen && !m_flags->text().isEmpty());
}

bool GpuUsageView::showsIllustrativeData() const
{
    if (m_periodModel->hasIllustrativeData())
        return true;
    for (const GpuSummaryTableModel::Row &row : m_model->summaryRows()) {
        if (row.illustrative)
            return true;
    }
    return false;
}

QString GpuUsageView::title() const
{
    return titleText();
}

QString GpuUsageView::titleText()
{
    return tr("GPU Usage");
}

QString GpuUsageView::description() const
{
    return tr("GPU-hours allocated and used per consortium up to the as-of date, raw and in H100 equivalents. "
              "Click a month's bar to see its days.");
}

void GpuUsageView::retranslate()
{
    m_heading->setText(title());
    m_description->setText(description());
    findChild<QScrollArea *>(QStringLiteral("gpuScroll"))->setAccessibleName(title());
    m_illustrativeNote->setText(tr("%1: some usage figures on this page are generated examples, not official data.")
                                    .arg(DomainText::illustrative()));
    m_consortiumLabel->setText(tr("&Consortium:"));
    m_providerLabel->setText(tr("&Provider:"));
    m_modelLabel->setText(tr("GPU &model:"));
    m_rangeLabel->setText(tr("Perio&d:"));
    m_monthsButton->setText(tr("All mon&ths"));
    m_consortiumBox->setAccessibleName(tr("Consortium filter"));
    m_providerBox->setAccessibleName(tr("Provider filter"));
    m_modelBox->setAccessibleName(tr("GPU model filter"));
    m_fromEdit->setAccessibleName(tr("First day"));
    m_toEdit->setAccessibleName(tr("Last day"));
    m_periodTable->setAccessibleName(tr("GPU-hours per period"));
    m_summaryTable->setAccessibleName(tr("Allocation and use per consortium"));
    m_monthlyChart->setAccessibleName(tr("GPU-hours used per period and consortium"));
    m_monthlyChart->setTitles(tr("GPU-hours used per consortium"), tr("GPU-hours"), tr("Period"));
    m_allocationChart->setAccessibleName(tr("Allocated and used GPU-hours per consortium"));
    m_allocationChart->setTitles(tr("Allocated vs used in the chosen period"), tr("GPU-hours"), tr("Consortium"));
    m_utilisationChart->setAccessibleName(tr("Average hardware utilisation"));
    m_utilisationChart->setTitles(tr("Average hardware utilisation"), tr("Hardware utilisation (hour-weighted)"), tr("%"),
                                  tr("Period"));
    fillFilterChoices();
    refreshFigures();
    reflowFilters();
}

void GpuUsageView::reflowFilters()
{
    int needed = 0;
    for (const QWidget *widget : std::initializer_list<const QWidget *>{m_consortiumLabel, m_consortiumBox, m_providerLabel,
                                                                        m_providerBox, m_modelLabel, m_modelBox})
        needed += widget->sizeHint().width() + m_choiceRow->spacing();
    const auto direction = needed <= contentWidth() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_choiceRow->direction() != direction)
        m_choiceRow->setDirection(direction);
}

int GpuUsageView::contentWidth() const
{
    // The page's own margins and the scroll bar take a little of the width.
    return width() - 4 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin)
           - style()->pixelMetric(QStyle::PM_ScrollBarExtent);
}

void GpuUsageView::reflowCharts()
{
    const int available = contentWidth() - m_chartGrid->horizontalSpacing();
    const bool sideBySide = 2 * std::max(m_allocationChart->leastWidth(), m_utilisationChart->leastWidth()) <= available;
    int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
    m_chartGrid->getItemPosition(m_chartGrid->indexOf(m_utilisationChart), &row, &column, &rowSpan, &columnSpan);
    if ((column == 1) == sideBySide)
        return;
    m_chartGrid->removeWidget(m_allocationChart);
    m_chartGrid->removeWidget(m_utilisationChart);
    m_chartGrid->addWidget(m_allocationChart, 1, 0, 1, sideBySide ? 1 : 2);
    m_chartGrid->addWidget(m_utilisationChart, sideBySide ? 1 : 2, sideBySide ? 1 : 0, 1, sideBySide ? 1 : 2);
}

void GpuUsageView::showEvent(QShowEvent *event)
{
    ViewPage::showEvent(event);
    reflowFilters();
    reflowCharts();
}

void GpuUsageView::resizeEvent(QResizeEvent *event)
{
    ViewPage::resizeEvent(event);
    reflowFilters();
    reflowCharts();
}

void GpuUsageView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateFor(this, m_retranslateKey, [this] { retranslate(); });
        reflowCharts();  // the titles' widths changed
    }
    ViewPage::changeEvent(event);
}

} // namespace kai::ui
