// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ShapedTextCache.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QTextLayout>
#include <algorithm>

namespace kai::ui {

namespace {
// Wider than any text: one line, never wrapped (QPainter's own width for text that does not wrap).
constexpr qreal UnwrappedLineWidth = 0x01000000;

// Line breaks, tabs and length variants (U+009C) are QPainter's to lay out.
bool laysOutAsOneLine(const QString &text)
{
    const auto special = [](QChar c) {
        return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t') || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator || c == QChar(0x9c);
    };
    return !text.isEmpty() && std::none_of(text.cbegin(), text.cend(), special);
}

bool drawsAsQPainterWould(const QPainter &painter, int flags, const QString &text)
{
    const QPaintEngine *engine = painter.paintEngine();
    constexpr int OwnPathFlags = Qt::TextWordWrap | Qt::TextWrapAnywhere | Qt::TextShowMnemonic | Qt::TextHideMnemonic
        | Qt::TextExpandTabs | Qt::TextJustificationForced | Qt::AlignJustify | Qt::TextDontPrint
        | Qt::TextForceLeftToRight | Qt::TextForceRightToLeft;
    return engine && engine->type() == QPaintEngine::Raster && painter.layoutDirection() != Qt::RightToLeft
        && !(flags & OwnPathFlags) && laysOutAsOneLine(text);
}
} // namespace

ShapedTextCache::ShapedTextCache() = default;
ShapedTextCache::~ShapedTextCache() = default;

const QTextLayout &ShapedTextCache::shaped(const QString &text, const QFont &font, const QPaintDevice *device)
{
    const Key key{text, font, device ? device->logicalDpiY() : 0};
    if (auto found = m_layouts.constFind(key); found != m_layouts.cend())
        return **found;
    if (m_layouts.size() >= Limit)
        m_layouts.clear();
    // As qt_format_text lays out text that does not wrap: trailing spaces count, one line at 0,0.
    auto layout = std::make_shared<QTextLayout>(text, font, device);
    QTextOption option;
    option.setFlags(QTextOption::IncludeTrailingSpaces);
    option.setTextDirection(Qt::LeftToRight);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    QTextLine line = layout->createLine();
    line.setLineWidth(UnwrappedLineWidth);
    line.setPosition(QPointF(0, 0));
    layout->endLayout();
    return **m_layouts.insert(key, std::move(layout));
}

double ShapedTextCache::advance(const QFont &font, const QString &text)
{
    if (!laysOutAsOneLine(text))
        return QFontMetricsF(font).horizontalAdvance(text);
    return shaped(text, font, nullptr).lineAt(0).naturalTextWidth();
}

QString ShapedTextCache::elidedRight(const QFont &font, const QString &text, double width)
{
    const std::pair<Key, double> key{{text, font, 0}, width};
    if (auto found = m_elided.constFind(key); found != m_elided.cend())
        return *found;
    if (m_elided.size() >= Limit)
        m_elided.clear();
    return *m_elided.insert(key, QFontMetricsF(font).elidedText(text, Qt::ElideRight, width));
}

void ShapedTextCache::draw(QPainter &painter, const QRectF &rect, int flags, const QString &text)
{
    if (!drawsAsQPainterWould(painter, flags, text)) {
        painter.drawText(rect, flags, text);
        return;
    }
    const QTextLayout &layout = shaped(text, painter.font(), painter.device());
    const QTextLine line = layout.lineAt(0);
    // QPainter::drawText's placement (qt_format_text): the box of the line for clipping, its
    // advance for the horizontal alignment.
    // The line's own height, not QTextLine::height(), which rounds it up to a whole pixel.
    const qreal height = line.ascent() + line.descent();
    qreal yOffset = 0;
    if (flags & Qt::AlignBottom)
        yOffset = rect.height() - height;
    else if (flags & Qt::AlignVCenter)
        yOffset = (rect.height() - height) / 2;
    const qreal width = line.naturalTextWidth();
    qreal boxOffset = 0;
    qreal xOffset = 0;
    if (flags & Qt::AlignRight) {
        boxOffset = rect.width() - width;
        xOffset = rect.width() - line.horizontalAdvance();
    } else if (flags & Qt::AlignHCenter) {
        boxOffset = (rect.width() - width) / 2;
        xOffset = (rect.width() - line.horizontalAdvance()) / 2;
    }
    const bool clip = !(flags & Qt::TextDontClip)
        && !rect.contains(QRectF(rect.x() + boxOffset, rect.y() + yOffset, width, height));
    if (clip) {
        painter.save();
        painter.setClipRect(rect, Qt::IntersectClip);
    }
    layout.draw(&painter, QPointF(rect.x() + xOffset, rect.y() + yOffset));
    if (clip)
        painter.restore();
}

} // namespace kai::ui
