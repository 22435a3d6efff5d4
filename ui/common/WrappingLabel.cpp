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
    return {text(),          font(),     contentsMargins(), margin(), indent(), int(alignment()), int(textFormat()),
            wordWrap(), int(textInteractionFlags())};
}

void WrappingLabel::forget() const
{
    m_heights.fill({});
    m_sizeHint.reset();
    m_minimumSizeHint.reset();
}

void WrappingLabel::forgetIfChanged() const
{
    MeasuredFor key = currentKey();
    if (!(key == m_key)) {
        m_key = std::move(key);
        forget();
    }
}

QSize WrappingLabel::sizeHint() const
{
    forgetIfChanged();
    if (!m_sizeHint)
        m_sizeHint = QLabel::sizeHint();
    return *m_sizeHint;
}

QSize WrappingLabel::minimumSizeHint() const
{
    forgetIfChanged();
    if (!m_minimumSizeHint)
        m_minimumSizeHint = QLabel::minimumSizeHint();
    return *m_minimumSizeHint;
}

int WrappingLabel::heightForWidth(int width) const
{
    forgetIfChanged();
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
        forget();
    QLabel::changeEvent(event);
}

} // namespace kai::ui
