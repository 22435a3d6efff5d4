// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <functional>
#include <vector>

class QWidget;

namespace kai::ui {

class ViewPage;

// Updates of widgets on a view's tabs (charts): run at once when the widget is on screen, else
// once, the latest, when it is next shown. Every chart update lays the chart out again and
// measures each of its labels (a language switch changes them all); a tab nobody is looking at
// need not pay for that until it is opened. A view that does not defer while hidden (one drawn
// offscreen, a test's) updates every widget at once, as before.
class ShownUpdates : public QObject
{
public:
    explicit ShownUpdates(ViewPage &view);

    void run(QWidget *target, std::function<void()> update);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Pending
    {
        QPointer<QWidget> target;
        std::function<void()> update;
    };

    ViewPage &m_view;
    std::vector<Pending> m_pending;
};

} // namespace kai::ui
