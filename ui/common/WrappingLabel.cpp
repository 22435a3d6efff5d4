// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/WrappingLabel.h"

#include <QEvent>

namespace kai::ui {

WrappingLabel::WrappingLabel(QWidget *parent) : SelectableLabel(parent)
{
    setWordWrap(true);
}

WrappingLabel::MeasuredFor WrappingLabel::currentKey() const
{
    return {text(),      font(),      contentsMargins(), margin(), indent(), int(alignment()), int(textFormat()),
            wordWrap(), int(textInteractionFlags()), minimumSize(), maximumSize(), frameWidth()};
}

void WrappingLabel::forget() const
{
    m_measured.fill({});
}

WrappingLabel::Measured &WrappingLabel::current() const
{
    MeasuredFor key = currentKey();
    if (m_measured[m_current].key == key)
        return m_measured[m_current];
    m_current = (m_current + 1) % m_measured.size();
    Measured &other = m_measured[m_current];
    if (other.key != key)
        other = Measured{std::move(key), {}, 0, {}, {}};
    return other;
}

QSize WrappingLabel::sizeHint() const
{
    Measured &measured = current();
    if (!measured.sizeHint)
        measured.sizeHint = QLabel::sizeHint();
    return *measured.sizeHint;
}

QSize WrappingLabel::minimumSizeHint() const
{
    Measured &measured = current();
    if (!measured.minimumSizeHint)
        measured.minimumSizeHint = QLabel::minimumSizeHint();
    return *measured.minimumSizeHint;
}

int WrappingLabel::heightForWidth(int width) const
{
    Measured &measured = current();
    for (const Height &known : measured.heights) {
        if (known.width == width)
            return known.height;
    }
    const int height = QLabel::heightForWidth(width);
    measured.heights[measured.nextSlot] = {width, height};
    measured.nextSlot = (measured.nextSlot + 1) % measured.heights.size();
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
