// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/SceneSettler.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QEvent>
#include <QLegend>

namespace kai::ui {

namespace {
// A scene's dirty-item pass queues the call that reports the changed area, which queues nothing
// further: two passes settle it; the third is a margin that costs nothing when nothing is pending.
constexpr int SettlePasses = 3;
} // namespace

SceneSettler::SceneSettler(QChartView *view) : QObject(view), m_view(view) {}

void SceneSettler::watchWindow()
{
    QWidget *window = m_view->window();
    if (window == m_window)
        return;
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (window != m_view)
        window->installEventFilter(this);
}

bool SceneSettler::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::UpdateRequest && watched == m_window && m_view->isVisible())
        settle();
    return QObject::eventFilter(watched, event);
}

void SceneSettler::settle()
{
    QChart *chart = m_view->chart();
    QCoreApplication::sendPostedEvents(chart->legend(), QEvent::LayoutRequest);
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
    // Each call delivers only what was queued when it began (Qt's guard against live-lock).
    for (int pass = 0; pass < SettlePasses; ++pass)
        QCoreApplication::sendPostedEvents(m_view->scene(), QEvent::MetaCall);
}

} // namespace kai::ui
