// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QRectF>
#include <QString>
#include <memory>

class QPaintDevice;
class QPainter;
class QTextLayout;

namespace kai::ui {

// Draws one line of text as QPainter::drawText(rect, flags, text) does, to the pixel, but keeps each
// text shaped (a laid-out QTextLayout) keyed by text and font. drawText() itemises, shapes (HarfBuzz)
// and lays out its text on every call: for a painter that draws the same labels on every paint —
// the Timeline's stage, lane, axis and legend labels — that was most of each repaint, and all of it
// again after a language switch back. Text that wraps, and painting that is not onto a raster surface
// (SVG and PDF exports, where QPainter writes text as text), take QPainter's own path.
class ShapedTextCache
{
public:
    ShapedTextCache();
    ~ShapedTextCache();
    ShapedTextCache(const ShapedTextCache &) = delete;
    ShapedTextCache &operator=(const ShapedTextCache &) = delete;

    // flags: Qt::Alignment flags, Qt::TextDontClip and Qt::TextWordWrap as QPainter::drawText takes them.
    void draw(QPainter &painter, const QRectF &rect, int flags, const QString &text);
    // QFontMetricsF(font).horizontalAdvance(text), from the same shaped text.
    double advance(const QFont &font, const QString &text);
    // QFontMetricsF(font).elidedText(text, Qt::ElideRight, width), kept: eliding shapes the text.
    QString elidedRight(const QFont &font, const QString &text, double width);
    int size() const { return int(m_layouts.size()); }

    // Beyond this many texts the cache starts again (dates and names change; labels do not pile up).
    static constexpr int Limit = 2048;

private:
    struct Key
    {
        QString text;
        QFont font;
        int dpi = 0;  // of the device the font was resolved for (0: the screen's)
        bool operator==(const Key &other) const = default;
        friend size_t qHash(const Key &key, size_t seed = 0) { return qHashMulti(seed, key.text, key.font, key.dpi); }
    };
    const QTextLayout &shaped(const QString &text, const QFont &font, const QPaintDevice *device);

    QHash<Key, std::shared_ptr<QTextLayout>> m_layouts;
    QHash<std::pair<Key, double>, QString> m_elided;
};

} // namespace kai::ui
