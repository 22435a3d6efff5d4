// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/OverviewView.h"
#include "common/WrappingLabel.h"

#include "DashboardState.h"
#include "common/CachedTextDelegate.h"
#include "common/ContentColumnWidths.h"
#include "domain/ProgramFigures.h"
#include "domain/ProgramFunnel.h"
#include "items/CompetingTeamModel.h"
#include "items/DisplayFormat.h"
#include "items/ApplicantText.h"
#include "items/DomainText.h"
#include "items/GpuCountText.h"
#include "items/PerformanceText.h"
#include "items/TimelineText.h"
#include "overview/CalendarStrip.h"
#include "overview/FigureTile.h"
#include "overview/FunnelStrip.h"
#include "review/ItemKeys.h"
#include "review/NoteMarkers.h"

#include <QBoxLayout>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <algorithm>
#include <cmath>

namespace kai::ui {

using namespace kai::domain;

namespace {
// Teams left in the competition after each round; rounds not yet decided show their planned
// (or pending) maximum, drawn as planned.
QVector<FunnelStrip::Step> funnelSteps(const ProgramSnapshot &snapshot, Language language)
{
    QVector<FunnelStrip::Step> steps;
    for (const ProgramFunnel::Step &step : ProgramFunnel::build(snapshot)) {
        steps.append({step.name.isEmpty() ? OverviewView::tr("Applied") : step.name.in(language), step.teamsAfter,
                      step.state != ProgramFunnel::StepState::Done});
    }
    return steps;
}

QVector<CalendarStrip::Entry> calendarEntries(const ProgramSnapshot &snapshot, Language language)
{
    QVector<CalendarStrip::Entry> entries;
    for (const Stage &stage : snapshot.stages) {
        entries.append({stage.name.in(language), stage.effectiveStart(), stage.effectiveEnd(),
                        stage.isRound() || stage.isMilestone, !stage.hasActualDates()});
    }
    return entries;
}
} // namespace

OverviewView::OverviewView(const DashboardState &state, QWidget *parent)
    : ViewPage(parent), m_state(state), m_heading(new QLabel), m_subheading(new WrappingLabel), m_tileGrid(new QGridLayout),
      m_funnelCaption(new QLabel), m_funnel(new FunnelStrip), m_calendarCaption(new QLabel),
      m_calendar(new CalendarStrip), m_teamsCaption(new QLabel), m_teams(new QTableView), m_teamsEmpty(new WrappingLabel),
      m_teamModel(new CompetingTeamModel(state, this))
{
    setObjectName(QStringLiteral("overviewView"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_subheading->setWordWrap(true);

    for (int tile = 0; tile < TileCount; ++tile) {
        auto *figure = new FigureTile;
        figure->setObjectName(QStringLiteral("overviewTile%1").arg(tile));
        connect(figure, &FigureTile::activated, this, [this, tile] { emit navigateRequested(targetOf(Tile(tile))); });
        m_tiles.append(figure);
    }
    m_funnel->setObjectName(QStringLiteral("overviewFunnel"));
    m_calendar->setObjectName(QStringLiteral("overviewCalendar"));
    connect(m_funnel, &FunnelStrip::activated, this, [this] { emit navigateRequested(ViewId::Rounds); });
    connect(m_calendar, &CalendarStrip::activated, this, [this] { emit navigateRequested(ViewId::Timeline); });

    m_teams->setObjectName(QStringLiteral("overviewTeams"));
    m_teams->setModel(m_teamModel);
    m_teams->verticalHeader()->setVisible(false);
    m_teams->horizontalHeader()->setStretchLastSection(true);
    m_teams->setItemDelegate(new CachedTextDelegate(m_teams));
    ContentColumnWidths::attach(m_teams);
    m_teams->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_teams->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_teams->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    NoteMarkers::attach(m_teams, state, [&state](const QModelIndex &index) {
        return review::ItemKeys::consortium(state.snapshot(), index.data(SnapshotTableModel::IdRole).toLongLong());
    });
    const auto openTeam = [this](const QModelIndex &index) {
        emit navigateRequested(ViewId::Consortia, index.data(SnapshotTableModel::IdRole));
    };
    connect(m_teams, &QTableView::activated, this, openTeam);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addLayout(m_tileGrid);
    m_stripLayout = new QBoxLayout(QBoxLayout::LeftToRight);
    for (const auto &[caption, strip] : {std::pair<QLabel *, QWidget *>{m_funnelCaption, m_funnel},
                                         std::pair<QLabel *, QWidget *>{m_calendarCaption, m_calendar}}) {
        auto *column = new QVBoxLayout;
        caption->setBuddy(strip);
        column->addWidget(caption);
        column->addWidget(strip);
        column->addStretch(1);
        m_stripLayout->addLayout(column, 1);
    }
    layout->addLayout(m_stripLayout);
    layout->addWidget(m_teamsCaption);
    layout->addWidget(m_teams);
    m_teamsEmpty->setObjectName(QStringLiteral("overviewTeamsEmpty"));
    m_teamsEmpty->setWordWrap(true);
    layout->addWidget(m_teamsEmpty);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    follow(&state, &DashboardState::snapshotChanged, this, [this] { refresh(); });
    follow(&state, &DashboardState::languageChanged, this, [this] { refresh(); });
    refresh();
}

ViewId OverviewView::targetOf(Tile tile)
{
    switch (tile) {
    case TeamsTile: return ViewId::Consortia;
    case MilestoneTile: return ViewId::Timeline;
    case GpuMonthTile:
    case GpuTotalTile: return ViewId::Gpu;
    case PerformanceTile:
    case FundingTile:
    case TileCount: break;
    }
    return ViewId::Rounds;
}

QString OverviewView::title() const
{
    return titleText();
}

QString OverviewView::titleText()
{
    return tr("Overview");
}

bool OverviewView::showsIllustrativeData() const
{
    return std::any_of(m_tiles.cbegin(), m_tiles.cend(), [](const FigureTile *tile) { return tile->isIllustrative(); });
}

void OverviewView::refresh()
{
    const DisplayFormat fmt(m_state.language());
    m_heading->setText(m_state.snapshot().program.name.in(m_state.language()));
    m_subheading->setText(tr("As known on %1 · target: %2 of the global frontier models' performance")
                              .arg(fmt.date(m_state.asOf()), fmt.percent(m_state.snapshot().program.targetRelativePct, 0)));
    m_funnelCaption->setText(tr("Teams left after each round"));
    m_calendarCaption->setText(tr("Program calendar"));
    m_teamsCaption->setText(tr("Teams still in the competition"));
    m_funnel->setAccessibleName(m_funnelCaption->text());
    m_calendar->setAccessibleName(m_calendarCaption->text());
    m_teams->setAccessibleName(m_teamsCaption->text());
    findChild<QScrollArea *>(QStringLiteral("overviewScroll"))->setAccessibleName(title());
    // An empty table says nothing: name the state instead.
    const bool noTeams = m_teamModel->rowCount() == 0;
    m_teams->setVisible(!noTeams);
    m_teamsEmpty->setVisible(noTeams);
    if (noTeams) {
        const ProgramFigures figures = ProgramFigures::compute(m_state.snapshot());
        m_teamsEmpty->setText(figures.underReview > 0
                                  ? tr("No team has been selected yet: %1.").arg(ApplicantText::underReview(figures, m_state.language()))
                                  : tr("No team is in the competition on %1.").arg(fmt.date(m_state.asOf())));
    }
    refreshTiles();
    refreshStrips();
    // Show every team without an inner scroll bar; the page itself scrolls.
    m_teams->setFixedHeight(m_teams->horizontalHeader()->sizeHint().height()
                            + m_teams->verticalHeader()->length() + 2 * m_teams->frameWidth());
    emit illustrativeDataChanged();
}

void OverviewView::refreshTiles()
{
    const ProgramFigures figures = ProgramFigures::compute(m_state.snapshot());
    const DisplayFormat fmt(m_state.language());
    const Language language = m_state.language();

    FigureTile *teams = m_tiles[TeamsTile];
    teams->setCaption(tr("Teams in the competition"));
    const ApplicantText::TeamsFigure teamsFigure = ApplicantText::teams(figures, language);
    teams->setValue(teamsFigure.value);
    teams->setDetail(teamsFigure.detail);

    FigureTile *milestone = m_tiles[MilestoneTile];
    milestone->setCaption(tr("Next milestone"));
    if (figures.nextMilestoneOutstanding) {
        milestone->setValue(figures.nextMilestone->name.in(language));
        milestone->setDetail(TimelineText::notYetAnnounced(*figures.nextMilestone, m_state.snapshot(), language));
    } else if (figures.nextMilestone && figures.nextMilestone->hasStatedStart()) {
        milestone->setValue(tr("D-%1").arg(figures.daysToNextMilestone));
        milestone->setDetail(tr("%1 · %2").arg(figures.nextMilestone->name.in(language),
                                               fmt.date(figures.nextMilestone->effectiveStart())));
    } else if (figures.nextMilestone) {
        // No source states the day: show the window the sources give, never a countdown.
        milestone->setValue(figures.nextMilestone->name.in(language));
        milestone->setDetail(TimelineText::plannedWindow(*figures.nextMilestone, m_state.snapshot(), language));
    } else {
        milestone->setValue(tr("None"));
        milestone->setDetail(tr("No further stage is scheduled"));
    }

    const auto setGpuTile = [&](Tile tile, const QString &caption, double used, double allocated, bool approximate,
                                const QString &none) {
        FigureTile *gpu = m_tiles[tile];
        gpu->setCaption(caption);
        gpu->setValue(allocated > 0 ? GpuCountText::derived(fmt.percent(used / allocated * 100.0), approximate)
                                    : tr("No allocation"));
        gpu->setDetail(allocated > 0 || used > 0
                           ? tr("%1 of %2 GPU-hours used")
                                 .arg(fmt.gpuHours(used), GpuCountText::derived(fmt.gpuHours(allocated), approximate))
                           : none);
        gpu->setIllustrative(figures.illustrative && allocated > 0, DomainText::illustrative());
    };
    // Usage of a day counts once the day is over: on the 1st nothing of the month is known yet.
    const QDate asOf = m_state.asOf();
    setGpuTile(GpuMonthTile, tr("Allocation used this month"), figures.gpuHoursUsedThisMonth,
               figures.gpuHoursAllocatedThisMonth, figures.gpuHoursAllocatedThisMonthApproximate,
               asOf.day() == 1 ? tr("No day of %1 is over yet").arg(fmt.month(asOf))
                               : tr("No GPUs allocated in %1").arg(fmt.month(asOf)));
    setGpuTile(GpuTotalTile, tr("Allocation used to date"), figures.gpuHoursUsed, figures.gpuHoursAllocated,
               figures.gpuHoursAllocatedApproximate,
               tr("No GPUs allocated by %1").arg(fmt.date(asOf)));
    if (asOf.day() == 1 && figures.gpuHoursAllocated > 0)
        m_tiles[GpuMonthTile]->setValue(tr("Not yet known"));

    FigureTile *performance = m_tiles[PerformanceTile];
    performance->setCaption(PerformanceText::caption());
    if (figures.bestRelative) {
        const RelativePerformance &best = *figures.bestRelative;
        performance->setValue(fmt.percent(best.relativePct));
        performance->setDetail(PerformanceText::detail(best, m_state.snapshot().program.targetRelativePct, language));
        performance->setIllustrative(best.illustrative || best.confidential, DomainText::illustrative());
    } else if (!figures.anyEvaluationHeld) {
        performance->setValue(tr("Not yet evaluated"));
        performance->setDetail(tr("No evaluation round decided by %1").arg(fmt.date(m_state.asOf())));
        performance->setIllustrative(false, QString());
    } else {
        performance->setValue(DomainText::notPublished());
        performance->setDetail(tr("No score against a reference model published"));
        performance->setIllustrative(false, QString());
    }

    FigureTile *funding = m_tiles[FundingTile];
    funding->setCaption(tr("Funding committed"));
    if (figures.governmentFundingKrw + figures.privateFundingKrw == 0) {
        funding->setValue(tr("None yet"));
        funding->setDetail(tr("No funding agreement known on %1").arg(fmt.date(m_state.asOf())));
    } else {
        funding->setValue(fmt.money(figures.governmentFundingKrw + figures.privateFundingKrw));
        funding->setDetail(tr("Government %1 · private %2")
                               .arg(fmt.money(figures.governmentFundingKrw), fmt.money(figures.privateFundingKrw)));
    }
    funding->setIllustrative(figures.illustrative && figures.governmentFundingKrw > 0, DomainText::illustrative());
}

void OverviewView::refreshStrips()
{
    const ProgramSnapshot &snapshot = m_state.snapshot();
    const DisplayFormat fmt(m_state.language());
    m_funnel->setSteps(funnelSteps(snapshot, m_state.language()));
    m_calendar->setEntries(calendarEntries(snapshot, m_state.language()));
    m_calendar->setYearLabelFormat(m_state.language() == Language::Korean ? QStringLiteral("%1년") : QStringLiteral("%1"));
    m_calendar->setDates(m_state.today(), m_state.asOf(), tr("Today"), tr("As of %1").arg(fmt.date(m_state.asOf())));
}

void OverviewView::reflow()
{
    // Tiles need room for their longest caption; at least two per row, at most six.
    const int tileWidth = fontMetrics().averageCharWidth() * 30;
    const int columns = std::clamp(width() / std::max(1, tileWidth), 2, 6);
    if (columns != m_columns) {
        m_columns = columns;
        for (FigureTile *tile : std::as_const(m_tiles))
            m_tileGrid->removeWidget(tile);
        for (int i = 0; i < m_tiles.size(); ++i)
            m_tileGrid->addWidget(m_tiles[i], i / columns, i % columns);
        for (int column = 0; column < 6; ++column)
            m_tileGrid->setColumnStretch(column, column < columns ? 1 : 0);
    }
    m_stripLayout->setDirection(width() >= fontMetrics().averageCharWidth() * 140 ? QBoxLayout::LeftToRight
                                                                                  : QBoxLayout::TopToBottom);
}

void OverviewView::resizeEvent(QResizeEvent *event)
{
    ViewPage::resizeEvent(event);
    reflow();
}

void OverviewView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    ViewPage::changeEvent(event);
}

} // namespace kai::ui
