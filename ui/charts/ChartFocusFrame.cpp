// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartFocusFrame.h"

#include <QEvent>
#include <QPainter>

namespace kai::ui {

ChartFocusFrame::ChartFocusFrame(QWidget *view) : QWidget(view)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(view->rect());
    view->installEventFilter(this);
    raise();
}

bool ChartFocusFrame::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
        setGeometry(parentWidget()->rect());
        break;
    case QEvent::FocusIn:
    case QEvent::FocusOut:
        raise();
        update();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void ChartFocusFrame::paintEvent(QPaintEvent *)
{
    if (!parentWidget()->hasFocus())
        return;
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

} // namespace kai::ui
