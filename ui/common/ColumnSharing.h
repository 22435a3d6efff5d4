// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

namespace kai::ui {

// Shares a table's width among its columns from what each needs: with room to spare every column
// gets its need plus a share of the rest (in proportion to its need), so no column is elided next
// to an empty stretch; without, the widest columns are capped at one width (never below the
// floor), so the table fits without scrolling sideways and only the long lists are elided.
struct ColumnSharing
{
    static QVector<int> share(const QVector<int> &needed, int available, int floor);
};

} // namespace kai::ui
