// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPainter;

namespace kai::ui {

// A focusable widget that acts like a button: a click, Enter or Space emits activated(). The
// overview's tiles and strips use it to drill into the full views by mouse or keyboard.
class ActivatableWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ActivatableWidget(QWidget *parent = nullptr);

signals:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    // Draws the keyboard focus indication; subclasses call it at the end of their paintEvent.
    void paintFocusFrame(QPainter &painter) const;
};

} // namespace kai::ui
