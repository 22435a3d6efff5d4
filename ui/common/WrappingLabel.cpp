// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/WrappingLabel.h"

#include <QEvent>

namespace kai::ui {

WrappingLabel::WrappingLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
}

WrappingLabel::MeasuredFor WrappingLabel::currentKey() const
{
    return {text(), font(), contentsMargins(), margin(), indent(), int(alignment()), int(textFormat())};
}

int WrappingLabel::heightForWidth(int width) const
{
    MeasuredFor key = currentKey();
    if (!(key == m_key)) {
        m_key = std::move(key);
        m_heights.fill({});
    }
    for (const Height &known : m_heights) {
        if (known.width == width)
            return known.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_nextSlot] = {width, height};
    m_nextSlot = (m_nextSlot + 1) % m_heights.size();
    return height;
}

void WrappingLabel::changeEvent(QEvent *event)
{
    // A style can change how text is measured without changing the font.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        m_heights.fill({});
    QLabel::changeEvent(event);
}

} // namespace kai::ui
