// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

namespace kai::ui {

// What texts a chart draws itself (legend, bar names) were laid out for. A chart lays itself out
// far more often than these change: they are measured and wrapped again only for new texts,
// another width or another font, and otherwise only moved.
class LaidOutFor
{
public:
    void invalidate() { m_stale = true; }
    // True when the texts must be laid out again for this width and font, which it remembers.
    bool renew(qreal width, const QFont &font)
    {
        if (!m_stale && width == m_width && font == m_font)
            return false;
        m_stale = false;
        m_width = width;
        m_font = font;
        return true;
    }

private:
    bool m_stale = true;
    qreal m_width = -1;
    QFont m_font;
};

} // namespace kai::ui
