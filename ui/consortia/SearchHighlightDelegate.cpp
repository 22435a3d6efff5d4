// SPDX-License-Identifier: GPL-3.0-or-later
#include "consortia/SearchHighlightDelegate.h"

#include "items/SearchRoles.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace kai::ui {

namespace {

// The highlight formats clipped to the part of the text that survives eliding.
QList<QTextLayout::FormatRange> formatsFor(const QVariantList &spans, int visibleLength, const QPalette &palette,
                                           bool selected, const QFont &font)
{
    QTextCharFormat format;
    QFont bold = font;
    bold.setBold(true);
    format.setFont(bold);
    format.setFontUnderline(true);
    if (!selected) {
        // A tint of the palette's highlight colour, so a dark theme gets a matching tint.
        QColor tint = palette.color(QPalette::Highlight);
        tint.setAlpha(70);
        format.setBackground(tint);
    }
    QList<QTextLayout::FormatRange> ranges;
    for (const QVariant &value : spans) {
        const QPoint span = value.toPoint();
        const int start = span.x();
        const int end = std::min(span.x() + span.y(), visibleLength);
        if (start < end)
            ranges.append({start, end - start, format});
    }
    return ranges;
}

} // namespace

void SearchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QVariantList spans = index.data(MatchSpansRole).toList();
    if (spans.isEmpty()) {
        CachedTextDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const QString shown = opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width());
    const int visibleLength = shown == text ? int(text.size()) : int(shown.size()) - 1;
    const bool selected = opt.state & QStyle::State_Selected;

    QTextLayout layout(shown, opt.font, painter->device());
    layout.setFormats(formatsFor(spans, visibleLength, opt.palette, selected, opt.font));
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width() + opt.fontMetrics.averageCharWidth());
    layout.endLayout();

    painter->save();
    painter->setClipRect(textRect);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
                                      selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2.0;
    const bool rightAligned = opt.displayAlignment & Qt::AlignRight;
    const qreal x = rightAligned ? textRect.right() - line.naturalTextWidth() : textRect.left();
    layout.draw(painter, QPointF(x, y));
    painter->restore();
}

} // namespace kai::ui
