// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ColumnSharing.h"

#include <algorithm>
#include <numeric>

namespace kai::ui {

QVector<int> ColumnSharing::share(const QVector<int> &needed, int available, int floor)
{
    QVector<int> widths = needed;
    const qint64 total = std::accumulate(needed.cbegin(), needed.cend(), qint64(0));
    if (needed.isEmpty() || total <= 0 || available <= 0)
        return widths;
    if (total <= available) {
        const qint64 spare = available - total;
        qint64 given = 0;
        for (int i = 0; i < widths.size(); ++i) {
            const qint64 extra = spare * needed[i] / total;
            widths[i] += int(extra);
            given += extra;
        }
        widths.last() += int(spare - given);  // rounding: the table ends flush with the viewport
        return widths;
    }
    // Too little room: cap the widest columns at one width, as high as still fits, so narrow
    // columns (names, status, counts) stay whole and only the long lists are elided.
    QVector<int> sorted = needed;
    std::sort(sorted.begin(), sorted.end());
    const int n = int(sorted.size());
    qint64 narrower = 0;
    qint64 cap = 0;
    for (int k = 0; k < n; ++k) {
        cap = (available - narrower) / (n - k);
        if (cap <= sorted[k])
            break;
        narrower += sorted[k];
    }
    cap = std::max<qint64>(cap, floor);
    int widest = 0;
    for (int i = 0; i < widths.size(); ++i) {
        widths[i] = int(std::min<qint64>(needed[i], cap));
        if (needed[i] > needed[widest])
            widest = i;
    }
    // Integer division left a few pixels: the widest (capped) column takes them.
    const qint64 shared = std::accumulate(widths.cbegin(), widths.cend(), qint64(0));
    if (shared < available)
        widths[widest] += int(available - shared);
    return widths;
}

} // namespace kai::ui
