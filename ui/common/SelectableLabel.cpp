// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/SelectableLabel.h"

namespace kai::ui {

SelectableLabel::SelectableLabel(QWidget *parent) : QLabel(parent)
{
}

QObject *SelectableLabel::textControl() const
{
    // QLabel creates its control (Qt's private QWidgetTextControl) as its child when the text needs one.
    if (!m_textControl) {
        for (QObject *child : children()) {
            if (child->inherits("QWidgetTextControl")) {
                m_textControl = child;
                break;
            }
        }
    }
    return m_textControl;
}

void SelectableLabel::paintEvent(QPaintEvent *event)
{
    QObject *control = textControl();
    const bool wasBlocked = control && control->blockSignals(true);
    QLabel::paintEvent(event);
    if (control)
        control->blockSignals(wasBlocked);
}

} // namespace kai::ui
