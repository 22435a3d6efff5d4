// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace kai::ui {

// Paints a cell's text with the spans that matched the search (MatchSpansRole) in bold on a
// tinted background. The text is laid out as plain text, never as HTML, so a name in the database
// can never inject markup.
class SearchHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace kai::ui
