// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QAbstractScrollArea;
class QChartView;
class QComboBox;
class QWidget;

namespace kai::ui {

class ContentColumnWidths;

// Finishes, just before a window paints, the work a change has left queued, so that the change
// reaches the screen in one frame and that frame is the final picture: the layouts still to be done,
// the tables' column fitting (ContentColumnWidths), the scroll areas' scroll bars, the item views'
// repaint of resized columns, the combo boxes' re-fitting to new choices, and the charts' layouts
// and scene updates.
//
// Why it is needed: Qt delivers an event posted while another queued event is being delivered only
// on a later pass of the event loop, after the window's paint, which was already queued. A language
// switch is delivered that way (LanguageChange), and so is every layout request a layout sends its
// parent: a change painted its view with the old geometry and then again with the new, and the GPU
// usage view's charts once more each, a frame per chart (their scenes report what changed through
// calls they queue) — up to nine frames for one change. Here that work is done, pass after
// pass until none is left, when the window is about to paint. It is the work Qt would do a moment
// later (the item views' timers per view rather than in the order they were started); only work for
// shown widgets.
class FrameSettler : public QObject
{
    Q_OBJECT

public:
    explicit FrameSettler(QWidget *window);

    // Does the queued work described above for the window's shown widgets.
    static void settle(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The window's shown widgets that may have such work queued.
    struct Shown
    {
        QList<ContentColumnWidths *> fittedTables;
        // Guarded: the work delivered for one (a timer, a queued call) could delete another.
        QList<QPointer<QAbstractScrollArea>> scrollAreas;  // item views and chart views among them
        QList<QPointer<QAbstractItemView>> itemViews;
        QList<QPointer<QComboBox>> fittedComboBoxes;  // those that fit their choices
        QList<QChartView *> charts;
    };
    static void collectShown(QObject *parent, Shown &shown);

    QWidget *m_window;
};

} // namespace kai::ui
