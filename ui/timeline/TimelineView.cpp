// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/TimelineView.h"

#include "common/SelectableLabel.h"
#include "common/WrappingLabel.h"

#include "DashboardState.h"
#include "domain/TimelineCountdown.h"
#include "items/TimelineText.h"
#include "review/ItemKeys.h"
#include "review/NoteMarkers.h"
#include "timeline/TimelineCanvas.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace kai::ui {

using namespace kai::domain;

namespace {
// Button ids: the three zoom presets, then fit-to-window.
constexpr int MonthButton = int(TimelineZoom::Month);
constexpr int QuarterButton = int(TimelineZoom::Quarter);
constexpr int YearButton = int(TimelineZoom::Year);
constexpr int FitButton = 3;
} // namespace

TimelineView::TimelineView(const DashboardState &state, QWidget *parent)
    : ViewPage(parent), m_state(state), m_heading(new QLabel(this)), m_description(new WrappingLabel(this)),
      m_countdown(new SelectableLabel(this)), m_zoomLabel(new QLabel(this)), m_zoomButtons(new QButtonGroup(this)),
      m_canvas(new TimelineCanvas(state, this))
{
    setObjectName(QStringLiteral("timelineView"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_description->setWordWrap(true);
    m_countdown->setObjectName(QStringLiteral("timelineCountdown"));
    m_countdown->setStyleSheet(QStringLiteral(
        "QLabel { border: 1px solid palette(highlight); border-radius: 4px; padding: 3px 10px; font-weight: bold; }"));
    m_countdown->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading);
    headingRow->addStretch(1);
    headingRow->addWidget(m_countdown);

    auto *controlRow = new QHBoxLayout;
    controlRow->addWidget(m_description, 1);
    controlRow->addSpacing(12);
    controlRow->addWidget(m_zoomLabel);
    for (int id : {MonthButton, QuarterButton, YearButton, FitButton})
        controlRow->addWidget(addZoomButton(id));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(headingRow);
    layout->addLayout(controlRow);
    layout->addWidget(m_canvas, 1);

    attachNoteMarkers();

    connect(m_zoomButtons, &QButtonGroup::idClicked, this, [this](int id) {
        if (id == FitButton)
            m_canvas->fitToWindow();
        else
            m_canvas->setZoom(TimelineZoom(id));
    });
    connect(m_canvas, &TimelineCanvas::scaleChanged, this, &TimelineView::syncZoomButtons);
    connect(m_canvas, &TimelineCanvas::roundActivated, this,
            [this](qint64 stageId) { emit navigateRequested(ViewId::Rounds, stageId); });
    follow(&state, &DashboardState::snapshotChanged, this, [this] {
        updateCountdown();
        emit illustrativeDataChanged();
    });
    follow(&state, &DashboardState::languageChanged, this, [this] { updateCountdown(); });
    retranslate();
    syncZoomButtons();
}

// Notes on the stages and on each consortium's round results, as drawn on the chart.
void TimelineView::attachNoteMarkers()
{
    NoteMarkers::Items items;
    items.places = [this] {
        QVector<NoteMarkers::Place> places;
        const TimelineLayout *layout = m_canvas->layout();
        if (!layout)
            return places;
        const ProgramSnapshot &snapshot = m_state.snapshot();
        for (const TimelineStageItem &item : layout->stages()) {
            QRectF bar = item.bar;
            if (bar.width() < bar.height())  // a milestone's diamond: mark its square
                bar = QRectF(bar.center().x() - bar.height() / 2, bar.top(), bar.height(), bar.height());
            if (const auto key = review::ItemKeys::stage(snapshot, item.stage->id))
                places.append({*key, m_canvas->viewportRectOf(bar)});
        }
        for (const TimelineLane &lane : layout->lanes()) {
            for (const TimelineLaneMarker &marker : lane.markers) {
                if (!marker.result)
                    continue;
                if (const auto key = review::ItemKeys::roundResult(snapshot, marker.result->stageId, lane.consortium->id))
                    places.append({*key, m_canvas->viewportRectOf(marker.hitRect)});
            }
        }
        return places;
    };
    items.itemAt = [this](const std::optional<QPoint> &point) -> std::optional<review::ReviewItemKey> {
        const ProgramSnapshot &snapshot = m_state.snapshot();
        if (!point)
            return review::ItemKeys::stage(snapshot, m_canvas->focusedRound());
        const TimelineHit hit = m_canvas->hitAt(*point);
        if (hit.marker && hit.marker->result && hit.lane)
            return review::ItemKeys::roundResult(snapshot, hit.marker->result->stageId, hit.lane->consortium->id);
        if (hit.stage)
            return review::ItemKeys::stage(snapshot, hit.stage->stage->id);
        return std::nullopt;
    };
    NoteMarkers::attach(m_canvas, m_state, std::move(items));
}

QToolButton *TimelineView::addZoomButton(int id)
{
    auto *button = new QToolButton(this);
    button->setCheckable(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    m_zoomButtons->addButton(button, id);
    return button;
}

QString TimelineView::title() const
{
    return titleText();
}

QString TimelineView::titleText()
{
    return tr("Timeline");
}

QString TimelineView::description() const
{
    return tr("The evaluation calendar from the June 2025 briefing to the end of 2027, with planned and actual dates.");
}

bool TimelineView::showsIllustrativeData() const
{
    // The calendar and the results are public facts; only an illustrative source drawn here counts.
    return m_canvas->layout() && m_canvas->layout()->showsIllustrativeData();
}

void TimelineView::focusItem(const QVariant &key)
{
    if (key.isValid())
        m_canvas->focusStage(key.toLongLong());
}

QString TimelineView::countdownText() const
{
    return m_countdown->text();
}

void TimelineView::updateCountdown()
{
    const auto next = TimelineCountdown::next(m_state.snapshot());
    m_countdown->setText(TimelineText::countdown(next, m_state.snapshot(), m_state.language()));
    m_countdown->setAccessibleName(tr("Countdown to the next milestone: %1").arg(m_countdown->text()));
}

void TimelineView::syncZoomButtons()
{
    // A button stays pressed only while its scale is on screen; wheel zooming in between clears it.
    int current = -1;
    if (m_canvas->isFitToWindow()) {
        current = FitButton;
    } else {
        for (int id : {MonthButton, QuarterButton, YearButton}) {
            if (qFuzzyCompare(m_canvas->pixelsPerDay(), TimelineScale::pixelsPerDay(TimelineZoom(id))))
                current = id;
        }
    }
    m_zoomButtons->setExclusive(false);
    for (QAbstractButton *button : m_zoomButtons->buttons())
        button->setChecked(m_zoomButtons->id(button) == current);
    m_zoomButtons->setExclusive(true);
}

void TimelineView::retranslate()
{
    m_heading->setText(title());
    m_description->setText(description());
    m_zoomLabel->setText(tr("Zoom:"));
    const struct {
        int id;
        QString text;
        QString toolTip;
    } buttons[] = {
        {MonthButton, tr("Month"), tr("Show months (Ctrl+wheel zooms)")},
        {QuarterButton, tr("Quarter"), tr("Show quarters (Ctrl+wheel zooms)")},
        {YearButton, tr("Year"), tr("Show years (Ctrl+wheel zooms)")},
        {FitButton, tr("Fit to window"), tr("Show the whole program, June 2025 to December 2027")},
    };
    for (const auto &entry : buttons) {
        QAbstractButton *button = m_zoomButtons->button(entry.id);
        button->setText(entry.text);
        button->setToolTip(entry.toolTip);
        button->setAccessibleName(entry.text);
    }
    m_canvas->setAccessibleName(tr("Program timeline chart"));
    m_canvas->setAccessibleDescription(
        tr("Stages of the program and one row per consortium. Tab moves between the rounds, Enter opens "
           "the results of one, plus and minus zoom, 0 fits the whole program."));
    updateCountdown();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ViewPage::changeEvent(event);
}

} // namespace kai::ui
