// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ActivatableWidget.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace kai::ui {

ActivatableWidget::ActivatableWidget(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);  // hovering outlines it: it reads as something to click
}

void ActivatableWidget::enterEvent(QEnterEvent *event)
{
    update();
    QWidget::enterEvent(event);
}

void ActivatableWidget::leaveEvent(QEvent *event)
{
    update();
    QWidget::leaveEvent(event);
}

void ActivatableWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated();
    QWidget::mouseReleaseEvent(event);
}

void ActivatableWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit activated();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ActivatableWidget::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void ActivatableWidget::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

void ActivatableWidget::paintFocusFrame(QPainter &painter) const
{
    if (!hasFocus() && !underMouse())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Focus: a strong outline; hover alone: a thin one.
    painter.setPen(QPen(palette().color(QPalette::Highlight), hasFocus() ? 2.5 : 1.25));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);
    painter.restore();
}

} // namespace kai::ui
