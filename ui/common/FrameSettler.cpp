// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FrameSettler.h"

#include "common/ContentColumnWidths.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QEvent>
#include <QLegend>
#include <QWidget>

namespace kai::ui {

namespace {

// Deeper than any chain of nested layouts here; a bound in case a layout keeps asking for another.
constexpr int MaximumPasses = 32;

// Counts the events of one type a pass delivers (an application-wide filter sees them all).
class DeliveredEvents : public QObject
{
public:
    explicit DeliveredEvents(QEvent::Type type) : m_type(type) { QCoreApplication::instance()->installEventFilter(this); }
    ~DeliveredEvents() override { QCoreApplication::instance()->removeEventFilter(this); }
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == m_type)
            ++count;
        return false;
    }

private:
    QEvent::Type m_type;
};

// Delivers the events of one type queued for receiver (all receivers: nullptr), and those their
// delivery queues in turn: each sendPostedEvents() call delivers only what was queued when it
// began (Qt's guard against live-lock).
void deliverAll(QObject *receiver, QEvent::Type type)
{
    DeliveredEvents delivered(type);
    for (int pass = 0; pass < MaximumPasses; ++pass) {
        const int before = delivered.count;
        QCoreApplication::sendPostedEvents(receiver, type);
        if (delivered.count == before)
            break;
    }
}

} // namespace

FrameSettler::FrameSettler(QWidget *window) : QObject(window), m_window(window)
{
    window->installEventFilter(this);
}

// Layout requests are delivered whoever they are for (Qt delivers them next in any case); the tables'
// and charts' work only for shown ones: hidden subtrees (the views behind the current one) are
// skipped whole, which also keeps the walk short.
void FrameSettler::settle(QWidget *window)
{
    deliverAll(nullptr, QEvent::LayoutRequest);
    QList<ContentColumnWidths *> tables;
    QList<QChartView *> charts;
    collectShown(window, tables, charts);
    // A table fits its columns on a queued call (once per change, however many signals announce it).
    for (ContentColumnWidths *widths : std::as_const(tables))
        QCoreApplication::sendPostedEvents(widths, QEvent::MetaCall);
    if (!tables.isEmpty())
        deliverAll(nullptr, QEvent::LayoutRequest);
    // Charts last: the layouts above may still resize them. Their own layouts are QGraphicsWidget
    // layout requests; their scenes tell the views what to repaint through queued calls.
    for (QChartView *view : std::as_const(charts)) {
        if (!view->chart() || !view->scene())
            continue;
        QCoreApplication::sendPostedEvents(view->chart()->legend(), QEvent::LayoutRequest);
        QCoreApplication::sendPostedEvents(view->chart(), QEvent::LayoutRequest);
        deliverAll(view->scene(), QEvent::MetaCall);
    }
}

void FrameSettler::collectShown(QObject *parent, QList<ContentColumnWidths *> &tables, QList<QChartView *> &charts)
{
    for (QObject *child : parent->children()) {
        if (auto *widget = qobject_cast<QWidget *>(child)) {
            if (widget->isWindow() || !widget->isVisible())
                continue;
            if (auto *chart = qobject_cast<QChartView *>(widget))
                charts.append(chart);
        } else if (auto *widths = qobject_cast<ContentColumnWidths *>(child)) {
            tables.append(widths);
            continue;
        }
        collectShown(child, tables, charts);
    }
}

bool FrameSettler::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::UpdateRequest)
        settle(m_window);
    return QObject::eventFilter(watched, event);
}

} // namespace kai::ui
