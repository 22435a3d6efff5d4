// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/TimelineCanvas.h"

#include "DashboardState.h"
#include "items/TimelineText.h"
#include "common/ViewPage.h"
#include "timeline/TimelinePainter.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace kai::ui {

using namespace kai::domain;

namespace {
constexpr double RightMargin = 16;
constexpr double BottomMargin = 4;
constexpr double WheelZoomStep = 1.2;  // per notch of 120 eighths of a degree
} // namespace

TimelineCanvas::TimelineCanvas(const DashboardState &state, QWidget *parent)
    : QAbstractScrollArea(parent), m_state(state), m_pixelsPerDay(TimelineScale::pixelsPerDay(TimelineZoom::Quarter)),
      m_rebuildKey(ViewPage::nextUpdateKey())
{
    setObjectName(QStringLiteral("timelineCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    horizontalScrollBar()->setSingleStep(24);
    verticalScrollBar()->setSingleStep(12);
    connect(&state, &DashboardState::snapshotChanged, this, &TimelineCanvas::rebuildWhenShown);
    connect(&state, &DashboardState::languageChanged, this, &TimelineCanvas::rebuildWhenShown);
    rebuild();
}

TimelineCanvas::~TimelineCanvas() = default;

QSize TimelineCanvas::sizeHint() const
{
    return QSize(900, 520);
}

QSize TimelineCanvas::minimumSizeHint() const
{
    return QSize(320, 220);
}

double TimelineCanvas::pixelsPerDay() const
{
    return m_layout ? m_layout->scale().pixelsPerDay() : m_pixelsPerDay;
}

// Note markers ask for the frame once per stage and lane on every paint: the gutter and legend are
// measured once per layout (data, language, font) instead.
double TimelineCanvas::gutterWidth() const
{
    if (!m_gutter)
        m_gutter = measureGutter();
    return *m_gutter;
}

double TimelineCanvas::measureGutter() const
{
    // Wide enough for the longest consortium name in the current language, within reason.
    double widest = widths(true).horizontalAdvance(TimelinePainter::tr("Program calendar"));
    const TextWidths &names = widths(false);
    const Language language = m_state.language();
    for (const Consortium &consortium : m_state.snapshot().consortia)
        widest = std::max(widest, names.horizontalAdvance(consortium.name.in(language)));
    return std::ceil(std::clamp(widest + 24, 120.0, 280.0));
}

const TextWidths &TimelineCanvas::widths(bool bold) const
{
    QFont wanted = font();
    wanted.setBold(bold);
    std::optional<TextWidths> &kept = m_widths[bold ? 1 : 0];
    if (!kept || kept->font() != wanted)
        kept.emplace(wanted);
    return *kept;
}

double TimelineCanvas::chartViewportWidth() const
{
    return std::max(50.0, viewport()->width() - gutterWidth() - RightMargin);
}

TimelineFrame TimelineCanvas::frame(const QSize &size) const
{
    TimelineFrame frame;
    frame.size = size;
    frame.gutter = gutterWidth();
    frame.axisHeight = TimelinePainter::axisHeight(font());
    if (m_layout) {
        if (m_legendHeight.first != size.width()) {
            TimelinePainter painter(*m_layout, palette(), font(), m_state.language());
            painter.setTextCache(&m_texts);  // the legend's texts, measured as they are drawn
            m_legendHeight = {size.width(), painter.legendHeight(size.width())};
        }
        frame.legendHeight = m_legendHeight.second;
    }
    frame.scroll = QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    return frame;
}

void TimelineCanvas::rebuildWhenShown()
{
    ViewPage::updateFor(this, m_rebuildKey, [this] { rebuild(); });
}

void TimelineCanvas::rebuild()
{
    m_gutter.reset();
    m_legendHeight = {-1, 0.0};
    const Language language = m_state.language();
    TimelineScale scale = m_fit ? TimelineScale::fitting(TimelineScale::programStart(), TimelineScale::programEnd(),
                                                         chartViewportWidth())
                                : TimelineScale(TimelineScale::programStart(), TimelineScale::programEnd(),
                                                m_pixelsPerDay);
    m_pixelsPerDay = scale.pixelsPerDay();
    m_layout = std::make_unique<TimelineLayout>(m_state.snapshot(), scale, widths(false),
                                                TimelineText::wording(language), language, &widths(true));
    updateScrollBars();
    viewport()->update();
    emit scaleChanged();
}

void TimelineCanvas::updateScrollBars()
{
    const TimelineFrame shown = frame(viewport()->size());
    const double chartWidth = chartViewportWidth();
    horizontalScrollBar()->setPageStep(int(chartWidth));
    // The tolerance keeps a rounding error from showing a one-pixel scroll bar in fit-to-window.
    const double overflow = m_layout->width() + RightMargin - shown.body().width();
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(overflow - 0.01))));
    const double bodyHeight = shown.bodyHeight();
    verticalScrollBar()->setPageStep(int(std::max(1.0, bodyHeight)));
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_layout->height() + BottomMargin - bodyHeight))));
}

void TimelineCanvas::setPixelsPerDay(double pixelsPerDay, double anchorX)
{
    const double gutter = gutterWidth();
    const double anchor = std::max(0.0, anchorX - gutter);
    const double days = (horizontalScrollBar()->value() + anchor) / this->pixelsPerDay();
    m_fit = false;
    m_pixelsPerDay = std::clamp(pixelsPerDay, TimelineScale::minimumPixelsPerDay(), TimelineScale::maximumPixelsPerDay());
    rebuild();
    horizontalScrollBar()->setValue(int(std::lround(days * m_pixelsPerDay - anchor)));
}

void TimelineCanvas::setZoom(TimelineZoom zoom)
{
    // Zoom about the as-of date when it is on screen (that is what the reader is looking at),
    // about the middle of the chart otherwise.
    const double gutter = gutterWidth();
    double anchor = gutter + chartViewportWidth() / 2;
    if (m_layout && m_state.asOf().isValid()) {
        const double asOf = m_layout->scale().x(m_layout->scale().clamp(m_state.asOf())) + gutter
            - horizontalScrollBar()->value();
        if (asOf >= gutter && asOf <= gutter + chartViewportWidth())
            anchor = asOf;
    }
    setPixelsPerDay(TimelineScale::pixelsPerDay(zoom), anchor);
}

void TimelineCanvas::zoomBy(double factor, double anchorX)
{
    setPixelsPerDay(pixelsPerDay() * factor, anchorX);
}

void TimelineCanvas::fitToWindow()
{
    m_fit = true;
    rebuild();
    horizontalScrollBar()->setValue(0);
}

void TimelineCanvas::ensureStageVisible(qint64 stageId)
{
    const TimelineStageItem *item = m_layout ? m_layout->stageItem(stageId) : nullptr;
    if (!item)
        return;
    const double left = horizontalScrollBar()->value();
    const double right = left + chartViewportWidth();
    if (item->bar.left() < left || item->bar.right() > right)
        horizontalScrollBar()->setValue(int(item->bar.left() - chartViewportWidth() / 4));
    verticalScrollBar()->setValue(0);
}

void TimelineCanvas::focusStage(qint64 stageId)
{
    ensureStageVisible(stageId);
    m_focusedRound = stageId;  // any stage: Enter on one that is not a round opens the next round
    setFocus(Qt::OtherFocusReason);
    viewport()->update();
}

QRect TimelineCanvas::viewportRectOf(const QRectF &chartRect) const
{
    const TimelineFrame shown = frame(viewport()->size());
    return chartRect.translated(shown.origin()).intersected(shown.body()).toAlignedRect();
}

QPoint TimelineCanvas::viewportPointOf(const QPointF &chartPoint) const
{
    return (chartPoint + frame(viewport()->size()).origin()).toPoint();
}

QImage TimelineCanvas::render(qreal devicePixelRatio) const
{
    const QSize size = viewport()->size();
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    TimelinePainter timeline(*m_layout, palette(), font(), m_state.language());
    timeline.setTextCache(&m_texts);
    timeline.setSpriteCache(&m_sprites);
    timeline.setToday(m_state.today());
    timeline.setAsOf(m_state.asOf());
    timeline.paint(painter, frame(size));
    return image;
}

void TimelineCanvas::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(viewport());
    TimelinePainter timeline(*m_layout, palette(), font(), m_state.language());
    timeline.setTextCache(&m_texts);
    timeline.setSpriteCache(&m_sprites);
    timeline.setToday(m_state.today());
    timeline.setAsOf(m_state.asOf());
    if (hasFocus())
        timeline.setFocusedStage(m_focusedRound);
    timeline.paint(painter, frame(viewport()->size()));
}

void TimelineCanvas::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fit)
        rebuild();
    else
        updateScrollBars();
}

void TimelineCanvas::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta.y() != 0)
            zoomBy(std::pow(WheelZoomStep, delta.y() / 120.0), event->position().x());
        event->accept();
        return;
    }
    // A plain wheel scrolls the calendar sideways when there is nothing to scroll vertically.
    const bool sideways = (event->modifiers() & Qt::ShiftModifier) || delta.x() != 0
        || verticalScrollBar()->maximum() == 0;
    if (sideways) {
        const int step = delta.x() != 0 ? delta.x() : delta.y();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - step);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

TimelineHit TimelineCanvas::hitAt(const QPoint &viewportPoint) const
{
    if (!m_layout)
        return {};
    const TimelineFrame shown = frame(viewport()->size());
    const QPointF chart = QPointF(viewportPoint) - shown.origin();
    if (shown.body().contains(viewportPoint))
        return m_layout->hitTest(chart);
    TimelineHit hit;
    if (viewportPoint.x() < shown.gutter && viewportPoint.y() > shown.axisHeight
        && viewportPoint.y() < shown.axisHeight + shown.bodyHeight()) {
        for (const TimelineLane &lane : m_layout->lanes()) {
            if (chart.y() >= lane.rect.top() && chart.y() < lane.rect.bottom())
                hit.lane = &lane;
        }
    }
    return hit;
}

void TimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const qint64 stageId = hitAt(event->position().toPoint()).roundStageId();
        if (stageId != 0) {
            emit roundActivated(stageId);
            event->accept();
            return;
        }
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const bool clickable = hitAt(event->position().toPoint()).roundStageId() != 0;
    viewport()->setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QAbstractScrollArea::mouseMoveEvent(event);
}

void TimelineCanvas::keyPressEvent(QKeyEvent *event)
{
    const double centre = gutterWidth() + chartViewportWidth() / 2;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(WheelZoomStep, centre); return;
    case Qt::Key_Minus: zoomBy(1 / WheelZoomStep, centre); return;
    case Qt::Key_0: fitToWindow(); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_focusedRound != 0) {
            emit roundActivated(m_focusedRound);
            return;
        }
        break;
    default: break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

bool TimelineCanvas::focusNextPrevChild(bool next)
{
    // Tab walks through the rounds like links on a page, then leaves the chart.
    QVector<qint64> rounds;
    if (m_layout) {
        for (const TimelineStageItem &item : m_layout->stages()) {
            if (item.stage->isRound())
                rounds.append(item.stage->id);
        }
    }
    const qsizetype current = rounds.indexOf(m_focusedRound);
    const qsizetype target = current < 0 ? (next ? 0 : -1) : current + (next ? 1 : -1);
    if (target >= 0 && target < rounds.size()) {
        m_focusedRound = rounds.at(target);
        ensureStageVisible(m_focusedRound);
        viewport()->update();
        return true;
    }
    m_focusedRound = 0;
    viewport()->update();
    return QAbstractScrollArea::focusNextPrevChild(next);
}

void TimelineCanvas::focusOutEvent(QFocusEvent *event)
{
    viewport()->update();
    QAbstractScrollArea::focusOutEvent(event);
}

void TimelineCanvas::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx)
    Q_UNUSED(dy)
    viewport()->update();  // the axis and the name column stay put, so repaint rather than scroll
}

bool TimelineCanvas::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        showToolTip(help->pos(), help->globalPos());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineCanvas::showToolTip(const QPoint &viewportPoint, const QPoint &globalPoint)
{
    const TimelineHit hit = hitAt(viewportPoint);
    const Language language = m_state.language();
    QString text;
    if (hit.marker)
        text = TimelineText::markerToolTip(*hit.lane, *hit.marker, m_state.snapshot(), language);
    else if (hit.stage)
        text = TimelineText::stageToolTip(*hit.stage, m_state.snapshot(), language);
    else if (hit.lane)
        text = TimelineText::laneToolTip(*hit.lane, language);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPoint, text, viewport());
}

void TimelineCanvas::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_sprites.clear();  // the old theme's markers would only wait for the cache's limit
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::LanguageChange)
        rebuildWhenShown();
}

} // namespace kai::ui
