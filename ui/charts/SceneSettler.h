// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QChartView;
class QWidget;

namespace kai::ui {

// Delivers a chart's pending layout and its scene's pending updates just before the chart's window
// paints, so that a change reaches the screen in one frame.
//
// Why it is needed: a chart laid out during a change tells its view which areas to repaint through
// calls its scene queues (_q_processDirtyItems, _q_emitUpdated). Whenever those are posted inside an
// event that is itself being delivered from the queue (a language switch's LanguageChange, a queued
// model signal, a layout request), Qt's queue puts them behind the window's pending UpdateRequest: the
// window painted, then each chart reported its changes and was painted again, a frame per chart —
// three to seven frames for one as-of change on the GPU usage view. Delivered here, they only add the
// chart's area to the paint that is about to happen. Nothing is delivered that would not have been a
// moment later, and only for a chart that is shown.
class SceneSettler : public QObject
{
    Q_OBJECT

public:
    explicit SceneSettler(QChartView *view);

    // Watches the view's present window (called when the view is shown: it may have been reparented).
    void watchWindow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void settle();

    QChartView *m_view;
    QPointer<QWidget> m_window;
};

} // namespace kai::ui
