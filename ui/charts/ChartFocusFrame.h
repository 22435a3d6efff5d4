// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace kai::ui {

// A frame in the highlight colour over a chart view while it has keyboard focus: a chart is a focus
// stop like any other and must show it. An overlay rather than a style sheet, because a style sheet
// on the view would stop its palette from following the theme; it takes no mouse events and draws
// nothing when the view has no focus, and exports render the chart's scene, never this frame.
class ChartFocusFrame : public QWidget
{
    Q_OBJECT

public:
    explicit ChartFocusFrame(QWidget *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};

} // namespace kai::ui
