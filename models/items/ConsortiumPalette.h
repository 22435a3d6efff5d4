// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace kai {

// One colour per consortium, derived from the consortium itself (its database id), never from its
// position in a list: a team keeps its colour in every chart, view and export, on every as-of
// date, whoever else is shown beside it.
struct ConsortiumPalette
{
    static QColor colour(qint64 consortiumId);
};

} // namespace kai
