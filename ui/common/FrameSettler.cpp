// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FrameSettler.h"

#include "common/ContentColumnWidths.h"

#include <QAbstractEventDispatcher>
#include <QAbstractItemView>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QLegend>
#include <QTimerEvent>
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

// The object's timers of at most longest milliseconds; zero-time ones are work it has asked to do on
// the event loop's next pass.
QList<int> timersOf(QObject *object, int longest = 0)
{
    QList<int> due;
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(object->thread());
    if (!dispatcher)
        return due;
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED  // registeredTimers() goes in Qt 7 (6.8 adds timersForObject(), which 6.4 lacks)
    for (const QAbstractEventDispatcher::TimerInfo &timer : dispatcher->registeredTimers(object)) {
        if (timer.interval <= longest)
            due.append(timer.timerId);
    }
    QT_WARNING_POP
    return due;
}

// Sends the object its timers of at most longest milliseconds, each looked up again just before it is
// sent (a handler may stop another's); false when there were none or the object is gone (null).
bool deliverTimers(QObject *target, int longest = 0)
{
    const QPointer<QObject> object(target);
    if (!object)
        return false;
    bool delivered = false;
    for (const int id : timersOf(object, longest)) {
        if (!object || !timersOf(object, longest).contains(id))
            continue;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        delivered = true;
    }
    return delivered;
}

// Delivers the views' zero-time timers now, pass after pass until none is left: a handler may start
// another (a table's delayed layout measures its header, whose resize starts the table's column
// repaint; a header's delayed resize does the same). A view a handler deleted is skipped.
void deliverZeroTimeTimers(const QList<QPointer<QAbstractItemView>> &views)
{
    for (int pass = 0; pass < MaximumPasses; ++pass) {
        bool delivered = false;
        for (const QPointer<QAbstractItemView> &view : views)
            delivered = deliverTimers(view) || delivered;
        if (!delivered)
            break;
    }
}

// A combo box that fits its choices (QComboBox::AdjustToContents) re-fits itself 20 ms after they
// change, on a timer of its pop-up (a window of its own, its child): it resizes and repaints itself
// then, a frame of its own after a language switch or an as-of change refilled it. The timer is that
// pop-up's only one, and its handler does nothing but re-fit.
void refitComboBoxes(const QList<QPointer<QComboBox>> &boxes)
{
    constexpr int ComboBoxRefitDelay = 20;
    for (const QPointer<QComboBox> &box : boxes) {
        if (!box)
            continue;
        for (QObject *child : box->children()) {
            auto *popup = qobject_cast<QWidget *>(child);
            if (popup && popup->isWindow())
                deliverTimers(popup, ComboBoxRefitDelay);
        }
    }
}

// A scroll area shows or hides its scroll bars on a queued call when its range has changed; the
// layouts that follow are delivered too.
void showOrHideScrollBars(const QList<QPointer<QAbstractScrollArea>> &areas)
{
    for (const QPointer<QAbstractScrollArea> &area : areas) {
        if (area)
            QCoreApplication::sendPostedEvents(area, QEvent::MetaCall);
    }
    deliverAll(nullptr, QEvent::LayoutRequest);
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
    Shown shown;
    collectShown(window, shown);
    // A table fits its columns on a queued call (once per change, however many signals announce it).
    for (ContentColumnWidths *widths : std::as_const(shown.fittedTables))
        QCoreApplication::sendPostedEvents(widths, QEvent::MetaCall);
    showOrHideScrollBars(shown.scrollAreas);
    // An item view repaints the columns and rows it has resized on a zero-time timer, which Qt runs
    // after the paint that already showed them: a table that does not scroll sideways repainted its
    // whole viewport, every cell drawn a second time in a frame of its own (a quarter of a language
    // switch on the Consortia view). Its delayed layout and update of what changed wait on such timers.
    deliverZeroTimeTimers(shown.itemViews);
    refitComboBoxes(shown.fittedComboBoxes);
    showOrHideScrollBars(shown.scrollAreas);  // what those timers laid out may change a range again
    // Charts last: the layouts above may still resize them. Their own layouts are QGraphicsWidget
    // layout requests; their scenes tell the views what to repaint through queued calls.
    for (QChartView *view : std::as_const(shown.charts)) {
        if (!view->chart() || !view->scene())
            continue;
        QCoreApplication::sendPostedEvents(view->chart()->legend(), QEvent::LayoutRequest);
        QCoreApplication::sendPostedEvents(view->chart(), QEvent::LayoutRequest);
        deliverAll(view->scene(), QEvent::MetaCall);
    }
    // A widget shown by the work above (a scroll bar) asks for its paint on an event it posts, which
    // came after this frame and made one of its own; delivered now, that paint is part of this one.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateLater);
}

void FrameSettler::collectShown(QObject *parent, Shown &shown)
{
    for (QObject *child : parent->children()) {
        if (auto *widget = qobject_cast<QWidget *>(child)) {
            if (widget->isWindow() || !widget->isVisible())
                continue;
            if (auto *area = qobject_cast<QAbstractScrollArea *>(widget))
                shown.scrollAreas.append(area);
            if (auto *box = qobject_cast<QComboBox *>(widget); box && box->sizeAdjustPolicy() == QComboBox::AdjustToContents)
                shown.fittedComboBoxes.append(box);
            if (auto *view = qobject_cast<QAbstractItemView *>(widget))
                shown.itemViews.append(view);
            else if (auto *chart = qobject_cast<QChartView *>(widget))
                shown.charts.append(chart);
        } else if (auto *widths = qobject_cast<ContentColumnWidths *>(child)) {
            shown.fittedTables.append(widths);
            continue;
        }
        collectShown(child, shown);
    }
}

bool FrameSettler::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::UpdateRequest)
        settle(m_window);
    return QObject::eventFilter(watched, event);
}

} // namespace kai::ui
