// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/CachedTextDelegate.h"

namespace kai::ui {

// Paints a cell's text with the spans that matched the search (MatchSpansRole) in bold on a
// tinted background; cells without a match are painted as CachedTextDelegate does. The text is laid out as plain text, never as HTML, so a name in the database
// can never inject markup.
class SearchHighlightDelegate : public CachedTextDelegate
{
    Q_OBJECT

public:
    using CachedTextDelegate::CachedTextDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace kai::ui
