// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ViewPage.h"

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QToolButton;

namespace kai {
class DashboardState;
}

namespace kai::ui {

class TimelineCanvas;

// The program's evaluation calendar as an interactive Gantt chart: stages planned against actual,
// one swimlane per consortium, today and the as-of date, and the countdown to the next milestone.
class TimelineView : public ViewPage
{
    Q_OBJECT

public:
    explicit TimelineView(const DashboardState &state, QWidget *parent = nullptr);

    QString title() const override;
    // The title before the view exists (the shell builds views on their first visit).
    static QString titleText();
    QString description() const;
    bool showsIllustrativeData() const override;
    // Scrolls a stage (by id) into view and chooses it.
    void focusItem(const QVariant &key) override;

    TimelineCanvas *canvas() const { return m_canvas; }
    QString countdownText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *addZoomButton(int id);
    void attachNoteMarkers();
    void retranslate();
    void updateCountdown();
    void syncZoomButtons();

    const DashboardState &m_state;
    QLabel *m_heading;
    QLabel *m_description;
    QLabel *m_countdown;
    QLabel *m_zoomLabel;
    QButtonGroup *m_zoomButtons;
    TimelineCanvas *m_canvas;
};

} // namespace kai::ui
