// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TextWidths.h"

namespace kai::domain {

TextWidths::TextWidths(const QFont &font) : m_font(font), m_metrics(font) {}

double TextWidths::horizontalAdvance(const QString &text) const
{
    if (const auto known = m_widths.constFind(text); known != m_widths.cend())
        return *known;
    if (m_widths.size() >= Limit)
        m_widths.clear();
    const double width = m_metrics.horizontalAdvance(text);
    m_widths.insert(text, width);
    return width;
}

} // namespace kai::domain
