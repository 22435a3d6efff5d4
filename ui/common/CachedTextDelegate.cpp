// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CachedTextDelegate.h"

#include <QApplication>
#include <QPaintEngine>
#include <QPainter>
#include <QTextOption>

namespace kai::ui {

namespace {

// A table shows a few hundred distinct cells at once; the cache is emptied when it outgrows that
// by far (after many data or width changes), so it never grows with the database.
constexpr qsizetype CachedTextDelegateLimit = 4096;

bool cachedTextDelegateCanCache(const QStyleOptionViewItem &option, const QPainter *painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    return engine && engine->type() == QPaintEngine::Raster && !option.text.isEmpty()
        && !(option.state & QStyle::State_Editing) && !option.text.contains(QLatin1Char('\n'))
        && !option.text.contains(QChar::LineSeparator);
}

QStyle *cachedTextDelegateStyle(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

} // namespace

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!cachedTextDelegateCanCache(opt, painter)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem bare = opt;
    bare.text.clear();
    const QRect textRect = textRectangle(bare);
    const Shaped &cell = shaped(opt.text, opt, textRect.width());
    // Tables wrap by default: a text that fits on one line is drawn the same either way. A text that
    // wraps (or, in a short row, is elided after wrapping, which aligns it differently) takes
    // QStyledItemDelegate's path.
    if ((opt.features & QStyleOptionViewItem::WrapText) && !cell.fits) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    drawWithoutText(painter, bare);
    // Where QCommonStyle puts it: the line spans the text rectangle (its text option aligns it
    // horizontally), centred vertically by the layout's whole-pixel height.
    const QRect placed = QStyle::alignedRect(Qt::LayoutDirectionAuto, opt.displayAlignment & Qt::AlignVertical_Mask,
                                             QSizeF(textRect.width(), cell.height).toSize(), textRect);
    painter->save();
    if (!cell.fits)  // not elided (ElideNone): clipped to the cell, as QCommonStyle does
        painter->setClipRect(opt.rect, Qt::IntersectClip);
    painter->setFont(opt.font);
    painter->setPen(textColour(opt));
    cell.layout->draw(painter, QPointF(textRect.x(), placed.top()));
    painter->restore();
}

QSize CachedTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Only plain text: an icon, a check box or a size of the model's own take the style's path.
    const bool plain = !opt.text.isEmpty() && opt.icon.isNull()
        && !(opt.features & (QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration))
        && !index.data(Qt::SizeHintRole).isValid();
    if (!plain)
        return QStyledItemDelegate::sizeHint(option, index);
    // A wrapping cell's height depends on its width as well.
    const int width = opt.features & QStyleOptionViewItem::WrapText ? opt.rect.width() : -1;
    const CellKey key{opt.text, opt.font, width, int(opt.features)};
    if (QStyle *style = cachedTextDelegateStyle(opt); style != m_sizesStyle) {
        m_sizes.clear();
        m_sizesStyle = style;
    }
    if (auto found = m_sizes.constFind(key); found != m_sizes.cend())
        return *found;
    if (m_sizes.size() >= CachedTextDelegateLimit)
        m_sizes.clear();
    return *m_sizes.insert(key, QStyledItemDelegate::sizeHint(option, index));
}

void CachedTextDelegate::drawWithoutText(QPainter *painter, const QStyleOptionViewItem &option)
{
    cachedTextDelegateStyle(option)->drawControl(QStyle::CE_ItemViewItem, &option, painter, option.widget);
}

QRect CachedTextDelegate::textRectangle(const QStyleOptionViewItem &option)
{
    QStyle *style = cachedTextDelegateStyle(option);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
    return style->subElementRect(QStyle::SE_ItemViewItemText, &option, option.widget).adjusted(margin, 0, -margin, 0);
}

QColor CachedTextDelegate::textColour(const QStyleOptionViewItem &option)
{
    // As QCommonStyle chooses it for item text.
    QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(option.state & QStyle::State_Active))
        group = QPalette::Inactive;
    return option.palette.color(group, option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                            : QPalette::Text);
}

const CachedTextDelegate::Shaped &CachedTextDelegate::shaped(const QString &text, const QStyleOptionViewItem &option,
                                                             int width) const
{
    const CellKey key{text, option.font, width, int(option.textElideMode), int(option.displayAlignment),
                      int(option.direction)};
    if (auto found = m_shaped.constFind(key); found != m_shaped.cend())
        return *found;
    if (m_shaped.size() >= CachedTextDelegateLimit)
        m_shaped.clear();
    // As QCommonStyle's viewItemDrawText: elided with the font's metrics, laid out with the
    // visual alignment on a line as wide as the text rectangle.
    const QString shown = QFontMetrics(option.font).elidedText(text, option.textElideMode, width);
    Shaped cell;
    cell.fits = shown == text;
    cell.layout = std::make_shared<QTextLayout>(shown, option.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(option.direction);
    textOption.setAlignment(QStyle::visualAlignment(option.direction, option.displayAlignment));
    cell.layout->setTextOption(textOption);
    cell.layout->setCacheEnabled(true);
    cell.layout->beginLayout();
    QTextLine line = cell.layout->createLine();
    if (line.isValid()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, 0));
        cell.height = line.height();
    }
    cell.layout->endLayout();
    return *m_shaped.insert(key, cell);
}

} // namespace kai::ui
