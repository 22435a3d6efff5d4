// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/RoundsView.h"
#include "common/WrappingLabel.h"

#include "DashboardState.h"
#include "charts/BumpChart.h"
#include "charts/HorizontalBarChart.h"
#include "common/CachedTextDelegate.h"
#include "common/ContentColumnWidths.h"
#include "common/ShownUpdates.h"
#include "domain/ProgramFunnel.h"
#include "items/DisplayFormat.h"
#include "items/RoundResultsByRoundModel.h"
#include "items/TimelineText.h"
#include "review/ItemKeys.h"
#include "review/NoteMarkers.h"
#include "rounds/FundingPanel.h"
#include "rounds/RoundChartBuilder.h"
#include "rounds/WhatIfPanel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include "common/AccessibleNames.h"

#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kai::ui {

using namespace kai::domain;

namespace {
QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new WrappingLabel(parent);
    label->setWordWrap(true);
    return label;
}

QScrollArea *scrolling(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

// The round that says most on the date: the latest ranked one, else the latest with a decision,
// else (before any decision) the round that comes next.
int defaultRoundIndex(const ProgramSnapshot &snapshot, const QComboBox &picker)
{
    int decided = -1;
    int ranked = -1;
    int next = -1;
    for (int i = 0; i < picker.count(); ++i) {
        bool decidedHere = false;
        for (const RoundResult *r : snapshot.resultsOfStage(picker.itemData(i).toLongLong())) {
            decidedHere = decidedHere || r->outcome != Outcome::Pending;
            if (r->rank)
                ranked = i;
        }
        if (decidedHere)
            decided = i;
        else if (next < 0)
            next = i;
    }
    if (ranked >= 0)
        return ranked;
    if (decided >= 0)
        return decided;
    return next >= 0 ? next : (picker.count() > 0 ? 0 : -1);
}
} // namespace

RoundsView::RoundsView(const DashboardState &state, QWidget *parent)
    : ViewPage(parent), m_state(state), m_model(new RoundResultsByRoundModel(state, this)),
      m_heading(new QLabel(this)), m_description(wrappingLabel(this)), m_roundLabel(new QLabel(this)),
      m_roundPicker(new QComboBox(this)), m_roundSummary(wrappingLabel(this)), m_tabs(new QTabWidget(this)),
      m_table(new QTableView), m_proxy(new QSortFilterProxyModel(this)), m_tableNote(wrappingLabel(nullptr)),
      m_benchmarkLabel(new QLabel), m_benchmarkPicker(new QComboBox), m_performance(new HorizontalBarChart),
      m_performanceNote(wrappingLabel(nullptr)), m_whatIf(new WhatIfPanel), m_funnel(new HorizontalBarChart),
      m_funnelNotes(wrappingLabel(nullptr)), m_movement(new BumpChart), m_movementNote(wrappingLabel(nullptr)),
      m_funding(new FundingPanel(state)), m_chartUpdates(new ShownUpdates(*this))
{
    setObjectName(QStringLiteral("roundsView"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_roundPicker->setObjectName(QStringLiteral("roundPicker"));
    m_roundPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_roundLabel->setBuddy(m_roundPicker);

    auto *pickerRow = new QHBoxLayout;
    pickerRow->addWidget(m_roundLabel);
    pickerRow->addWidget(m_roundPicker);
    pickerRow->addWidget(m_roundSummary, 1);

    m_tabs->addTab(createResultsTab(), QString());
    m_tabs->addTab(createPerformanceTab(), QString());
    m_tabs->addTab(scrolling(m_whatIf), QString());
    m_tabs->addTab(createFunnelTab(), QString());
    m_tabs->addTab(createMovementTab(), QString());
    m_tabs->addTab(scrolling(m_funding), QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addLayout(pickerRow);
    layout->addWidget(m_tabs, 1);

    // Ctrl+PgDn / Ctrl+Tab move between the tabs wherever the focus is in the view, also on the
    // round picker, which would otherwise take PgDn as "next round".
    const auto stepTab = [this](int step) {
        const int count = m_tabs->count();
        for (int i = 1; i <= count; ++i) {
            const int index = ((m_tabs->currentIndex() + step * i) % count + count) % count;
            if (m_tabs->isTabVisible(index)) {
                m_tabs->setCurrentIndex(index);
                return;
            }
        }
    };
    for (const auto &[keys, step] : {std::pair<QKeySequence, int>{QKeySequence(Qt::CTRL | Qt::Key_PageDown), 1},
                                     {QKeySequence(Qt::CTRL | Qt::Key_Tab), 1},
                                     {QKeySequence(Qt::CTRL | Qt::Key_PageUp), -1},
                                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), -1},
                                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), -1}}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [stepTab, step = step] { stepTab(step); });
    }
    connect(m_roundPicker, &QComboBox::currentIndexChanged, this, &RoundsView::onRoundChosen);
    connect(m_roundPicker, &QComboBox::activated, this, [this] { m_pickedStageId = chosenStageId(); });
    connect(m_benchmarkPicker, &QComboBox::currentIndexChanged, this, &RoundsView::refreshPerformance);
    follow(&state, &DashboardState::snapshotChanged, this, [this] { onSnapshotChanged(); });
    connect(&state, &DashboardState::languageChanged, this, &RoundsView::retranslateWhenShown);
    retranslate();
    onSnapshotChanged();
}

QWidget *RoundsView::createResultsTab()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SnapshotTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("roundResultsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegate(new CachedTextDelegate(m_table));
    ContentColumnWidths::attach(m_table);
    NoteMarkers::attach(m_table, m_state, [this](const QModelIndex &index) {
        return review::ItemKeys::roundResult(m_state.snapshot(), m_model->stageId(),
                                             index.data(SnapshotTableModel::IdRole).toLongLong());
    });
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_tableNote);
    return page;
}

QWidget *RoundsView::createPerformanceTab()
{
    m_performance->setObjectName(QStringLiteral("performanceChart"));
    m_benchmarkPicker->setObjectName(QStringLiteral("benchmarkPicker"));
    m_benchmarkLabel->setBuddy(m_benchmarkPicker);
    auto *page = new QWidget;
    auto *row = new QHBoxLayout;
    row->addWidget(m_benchmarkLabel);
    row->addWidget(m_benchmarkPicker);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_performance, 1);
    layout->addWidget(m_performanceNote);
    m_performance->setLeastHeight(260);
    // Scrolls rather than squeezing the chart over its note (large text, long names).
    return scrolling(page);
}

QWidget *RoundsView::createFunnelTab()
{
    m_funnel->setObjectName(QStringLiteral("funnelChart"));
    m_funnel->setLeastHeight(300);
    m_funnelNotes->setTextFormat(Qt::RichText);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_funnel, 1);
    layout->addWidget(m_funnelNotes);
    return scrolling(page);
}

QWidget *RoundsView::createMovementTab()
{
    m_movement->setObjectName(QStringLiteral("rankMovementChart"));
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_movementNote->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_movementNote);
    layout->addWidget(m_movement, 1);
    return page;
}

QString RoundsView::title() const
{
    return titleText();
}

QString RoundsView::titleText()
{
    return tr("Evaluation Rounds");
}

bool RoundsView::showsIllustrativeData() const
{
    const ProgramSnapshot &snapshot = m_state.snapshot();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            if (m_model->index(row, column).data(SnapshotTableModel::IllustrativeRole).toBool())
                return true;
        }
    }
    for (const ModelScore &s : m_model->details().modelScores) {
        if (snapshot.isIllustrative(s.sourceId))
            return true;
    }
    return m_funding->showsIllustrativeData();
}

void RoundsView::focusItem(const QVariant &key)
{
    // A stage id, or {"stage": id, "consortium": id} for one result of the round.
    const QVariantMap result = key.toMap();
    const qint64 stageId = result.isEmpty() ? key.toLongLong() : result.value(QStringLiteral("stage")).toLongLong();
    // A stage that is not a round (development, showcase) leads to the first round after it.
    const ProgramSnapshot &snapshot = m_state.snapshot();
    const Stage *target = snapshot.stage(stageId);
    int index = m_roundPicker->findData(stageId);
    for (int i = 0; index < 0 && target && i < m_roundPicker->count(); ++i) {
        const Stage *round = snapshot.stage(m_roundPicker->itemData(i).toLongLong());
        if (round && round->seq > target->seq)
            index = i;
    }
    if (index >= 0) {
        m_pickedStageId = m_roundPicker->itemData(index).toLongLong();
        m_roundPicker->setCurrentIndex(index);
        m_tabs->setCurrentIndex(0);
    }
    if (!result.isEmpty())
        selectResultOf(result.value(QStringLiteral("consortium")).toLongLong());
}

void RoundsView::selectResultOf(qint64 consortiumId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(SnapshotTableModel::IdRole).toLongLong() == consortiumId) {
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return;
        }
    }
}

qint64 RoundsView::chosenStageId() const
{
    return m_roundPicker->currentData().toLongLong();
}

void RoundsView::fillRoundPicker()
{
    const ProgramSnapshot &snapshot = m_state.snapshot();
    const QSignalBlocker block(m_roundPicker);
    m_roundPicker->clear();
    for (const Stage &stage : snapshot.stages) {
        if (!stage.isRound())
            continue;
        const bool known = !snapshot.resultsOfStage(stage.id).isEmpty();
        const QString name = stage.name.in(m_state.language());
        m_roundPicker->addItem(known ? name : tr("%1 (planned)").arg(name), stage.id);
    }
    // Only a round the reader picked survives a new as-of date; otherwise the date decides.
    const int kept = m_pickedStageId != 0 ? m_roundPicker->findData(m_pickedStageId) : -1;
    m_roundPicker->setCurrentIndex(kept >= 0 ? kept : defaultRoundIndex(snapshot, *m_roundPicker));
}

void RoundsView::onSnapshotChanged()
{
    // The simulation re-ranks unpublished scores; press material must not carry it.
    m_tabs->setTabVisible(2, !m_state.pressMode());
    fillRoundPicker();
    refreshProgramWide();
    onRoundChosen();
}

void RoundsView::onRoundChosen()
{
    const qint64 stageId = chosenStageId();
    if (stageId != m_model->stageId())
        m_model->setStageId(stageId);
    refreshRound();
    // New data: the simulation starts again from the official weights.
    m_whatIf->setRound(m_state.snapshot(), stageId, m_model->details(), m_state.language());
    emit illustrativeDataChanged();
}

void RoundsView::refreshRound()
{
    const ProgramSnapshot &snapshot = m_state.snapshot();
    const DisplayFormat format(m_state.language());
    const auto &results = m_model->results();
    int advanced = 0;
    int pending = 0;
    for (const RoundResult &r : results) {
        advanced += r.outcome == Outcome::Advanced ? 1 : 0;
        pending += r.outcome == Outcome::Pending ? 1 : 0;
    }
    const Stage *stage = snapshot.stage(chosenStageId());
    if (results.isEmpty()) {
        m_roundSummary->setText(stage ? tr("Planned: %1; no result known on %2.")
                                            .arg(TimelineText::plannedWindow(*stage, snapshot, m_state.language()),
                                                 format.date(snapshot.asOf))
                                      : QString());
    } else if (pending == results.size()) {
        // Not a count of zero: nobody has passed or failed yet.
        m_roundSummary->setText(tr("Result pending · %n consortia under evaluation", nullptr, pending));
    } else {
        m_roundSummary->setText(tr("Published %1 · %n consortia evaluated", nullptr, int(results.size()))
                                    .arg(format.date(results.first().publishedOn))
                                + tr(" · %n advanced", nullptr, advanced));
    }
    m_tableNote->setText(m_model->loadError().isEmpty()
                             ? tr("“confidential”: the score was not published. “sample”: an illustrative value made up "
                                  "for this dashboard, not an official figure. A dash: no score published.")
                             : m_model->loadError());
    {
        const QSignalBlocker block(m_benchmarkPicker);
        const int previous = m_benchmarkPicker->currentIndex();
        m_benchmarkPicker->clear();
        const RoundChartBuilder builder(snapshot, m_state.language());
        for (const RoundReference &r : m_model->details().references)
            m_benchmarkPicker->addItem(builder.referenceLabel(r));
        m_benchmarkPicker->setCurrentIndex(previous >= 0 && previous < m_benchmarkPicker->count() ? previous : 0);
    }
    refreshPerformance();
}

void RoundsView::refreshPerformance()
{
    const RoundChartBuilder builder(m_state.snapshot(), m_state.language(), m_state.pressMode());
    const RoundDetails &details = m_model->details();
    const bool hasData = !details.references.isEmpty() && !details.modelScores.isEmpty();
    m_performance->setVisible(hasData);
    m_benchmarkPicker->setEnabled(hasData);
    m_chartUpdates->run(m_performance, [this] {
        const RoundChartBuilder builder(m_state.snapshot(), m_state.language(), m_state.pressMode());
        m_performance->setData(builder.relativePerformance(m_model->details(), m_benchmarkPicker->currentIndex()));
    });
    m_performanceNote->setText(
        hasData ? builder.referenceCaption(details)
                    + tr(" Bars at or above %1 of the reference are solid with a full outline and marked ✓; bars below "
                         "it are hatched with a dotted outline. The programme's target counts the global frontier "
                         "models, not this reference.")
                          .arg(DisplayFormat(m_state.language()).percent(m_state.snapshot().program.targetRelativePct, 0))
                : tr("No frozen reference or model scores are known for this round on the as-of date."));
}

void RoundsView::refreshProgramWide()
{
    const ProgramSnapshot &snapshot = m_state.snapshot();
    const RoundChartBuilder builder(snapshot, m_state.language());
    const auto steps = ProgramFunnel::build(snapshot);
    m_chartUpdates->run(m_funnel, [this, data = builder.funnel(steps)] { m_funnel->setData(data); });
    m_funnelNotes->setText(builder.funnelAnnotations(steps));
    const BumpChart::Data movement = builder.rankMovement();
    m_movement->setVisible(!movement.lines.isEmpty());
    m_chartUpdates->run(m_movement, [this, movement] { m_movement->setData(movement); });
    const QStringList ranked = builder.rankedRoundNames();
    m_movementNote->setText(
        movement.lines.isEmpty()
            ? tr("Rank movement needs a consortium ranked in at least two rounds. Ranks published by %1: %2.")
                  .arg(DisplayFormat(m_state.language()).date(snapshot.asOf),
                       ranked.isEmpty() ? tr("none") : ranked.join(tr(", ")))
            : tr("Consortia ranked in more than one round. Each point is labelled with the rank."));
    m_funding->setSnapshot(snapshot);
    m_chartUpdates->run(m_funding->chartView(), [this] { m_funding->drawChart(m_state.snapshot(), m_state.language()); });
}

void RoundsView::retranslate()
{
    m_translatedFor = {m_state.language(), title()};
    m_heading->setText(title());
    m_description->setText(tr("Each selection and elimination round's results by criterion, performance against "
                              "the frozen reference and the %1 target, and a what-if simulation of the weights.")
                                 .arg(DisplayFormat(m_state.language()).percent(m_state.snapshot().program.targetRelativePct, 0)));
    m_roundLabel->setText(tr("&Round:"));
    m_roundPicker->setAccessibleName(tr("Round"));
    m_benchmarkLabel->setText(tr("&Benchmark:"));
    m_benchmarkPicker->setAccessibleName(tr("Benchmark"));
    m_table->setAccessibleName(tr("Results of the chosen round"));
    m_tabs->setTabText(0, tr("Results"));
    m_tabs->setTabText(1, tr("Relative performance"));
    m_tabs->setTabText(2, tr("What-if (simulation)"));
    m_tabs->setTabText(3, tr("Program funnel"));
    m_tabs->setTabText(4, tr("Rank movement"));
    m_tabs->setTabText(5, tr("Funding"));
    m_tabs->setAccessibleName(tr("Round details"));
    AccessibleNames::nameTabPages(m_tabs);
    // Chart titles, axis titles and legend names are not widgets: rebuild them in the new language.
    // The simulation keeps its weights.
    fillRoundPicker();
    refreshProgramWide();
    refreshRound();
    m_whatIf->setLanguage(m_state.language());
}

// The language's signal and the translator's event ask for the same work: one key runs it once
// while the view is hidden, and a shown view skips the second ask (same language, same catalogue),
// which would only lay every chart out again.
void RoundsView::retranslateWhenShown()
{
    updateFor(this, m_retranslateKey, [this] {
        if (m_translatedFor != std::pair(m_state.language(), title()))
            retranslate();
    });
}

void RoundsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateWhenShown();
    ViewPage::changeEvent(event);
}

} // namespace kai::ui
