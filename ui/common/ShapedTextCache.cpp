// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ShapedTextCache.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QTextLayout>

namespace kai::ui {

namespace {
// Wider than any text: one line, never wrapped (QPainter's own width for text that does not wrap).
constexpr qreal UnwrappedLineWidth = 0x01000000;

bool drawsAsQPainterWould(const QPainter &painter, int flags, const QString &text)
{
    const QPaintEngine *engine = painter.paintEngine();
    return engine && engine->type() == QPaintEngine::Raster && painter.layoutDirection() != Qt::RightToLeft
        && !(flags & (Qt::TextWordWrap | Qt::TextWrapAnywhere | Qt::TextShowMnemonic | Qt::TextHideMnemonic
                      | Qt::TextExpandTabs | Qt::TextJustificationForced | Qt::AlignJustify))
        && !text.isEmpty() && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\t'));
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
    if (text.isEmpty())
        return 0;
    return shaped(text, font, nullptr).lineAt(0).naturalTextWidth();
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
    const qreal height = line.height();
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
