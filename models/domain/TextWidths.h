// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QString>

namespace kai::domain {

// Measures texts in one font as QFontMetricsF does, and remembers each text's width. Measuring
// shapes the text (HarfBuzz) every time, and a layout rebuilt on every language switch and as-of
// change measures the same labels again and again: the Timeline's layout and name column measured a
// tenth of a language switch. Kept across rebuilds, a text is measured once per font.
class TextWidths
{
public:
    explicit TextWidths(const QFont &font);

    // QFontMetricsF::horizontalAdvance(text), remembered.
    double horizontalAdvance(const QString &text) const;
    // As QFontMetricsF (not remembered: only texts that do not fit are elided).
    QString elidedText(const QString &text, Qt::TextElideMode mode, double width) const
    {
        return m_metrics.elidedText(text, mode, width);
    }
    double height() const { return m_metrics.height(); }
    const QFont &font() const { return m_font; }

    // Beyond this many texts the widths are forgotten and measured again (names and dates change;
    // labels of data long gone do not pile up).
    static constexpr int Limit = 4096;

private:
    QFont m_font;
    QFontMetricsF m_metrics;
    mutable QHash<QString, double> m_widths;
};

} // namespace kai::domain
