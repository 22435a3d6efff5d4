// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ShapeSpriteCache.h"
#include "common/ShapedTextCache.h"
#include "domain/TimelineLayout.h"

#include <QAbstractScrollArea>
#include <QImage>
#include <memory>
#include <optional>
#include <utility>

namespace kai {
class DashboardState;
}

namespace kai::ui {

struct TimelineFrame;

// The interactive Gantt chart: scrolls both ways with the calendar axis, the consortium names and
// the legend held in place; zooms with Ctrl+wheel about the pointer; explains every item in a
// tooltip; a click on a round asks for its results.
class TimelineCanvas : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineCanvas(const DashboardState &state, QWidget *parent = nullptr);
    ~TimelineCanvas() override;

    double pixelsPerDay() const;
    bool isFitToWindow() const { return m_fit; }
    const domain::TimelineLayout *layout() const { return m_layout.get(); }

    void setZoom(domain::TimelineZoom zoom);
    void fitToWindow();
    // Multiplies the scale, keeping the day under `anchorX` (viewport pixels) where it is.
    void zoomBy(double factor, double anchorX);
    // Scrolls so that the stage is visible.
    void ensureStageVisible(qint64 stageId);
    // Viewport position of a stage bar's centre or a lane marker's centre (for tests and focus).
    QPoint viewportPointOf(const QPointF &chartPoint) const;
    // The visible chart rendered at any device pixel ratio, for slides.
    QImage render(qreal devicePixelRatio) const;
    // The round chosen with the keyboard (Tab / Shift+Tab walk the rounds, Enter opens one), or 0.
    qint64 focusedRound() const { return m_focusedRound; }
    // Brings a stage into view and marks it as chosen (opened from elsewhere, e.g. the Notes panel).
    void focusStage(qint64 stageId);
    // A chart rectangle in viewport coordinates, clipped to the chart body (empty when scrolled out).
    QRect viewportRectOf(const QRectF &chartRect) const;
    // What sits under a viewport point.
    domain::TimelineHit hitAt(const QPoint &viewportPoint) const;
    // Rebuilds the layout from the current snapshot, language and scale.
    void rebuild();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void roundActivated(qint64 stageId);
    void scaleChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    TimelineFrame frame(const QSize &size) const;
    double gutterWidth() const;
    double measureGutter() const;
    void rebuildWhenShown();
    double chartViewportWidth() const;
    void setPixelsPerDay(double pixelsPerDay, double anchorX);
    void updateScrollBars();
    void showToolTip(const QPoint &viewportPoint, const QPoint &globalPoint);

    const DashboardState &m_state;
    std::unique_ptr<domain::TimelineLayout> m_layout;
    // The labels stay shaped across paints, layouts and language switches (render() is const).
    mutable ShapedTextCache m_texts;
    mutable ShapeSpriteCache m_sprites;
    // And measured, in the canvas's font and its bold (for the layout and the name column).
    const domain::TextWidths &widths(bool bold) const;
    mutable std::optional<domain::TextWidths> m_widths[2];
    double m_pixelsPerDay;
    bool m_fit = true;
    qint64 m_focusedRound = 0;
    mutable std::optional<double> m_gutter;            // measured once per rebuild()
    mutable std::pair<int, double> m_legendHeight{-1, 0};  // for one width, once per rebuild()
    const quint64 m_rebuildKey;
};

} // namespace kai::ui
