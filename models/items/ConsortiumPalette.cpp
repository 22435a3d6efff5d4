// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/ConsortiumPalette.h"

#include <array>

namespace kai {

QColor ConsortiumPalette::colour(qint64 consortiumId)
{
    // Tableau 10: distinct at a glance, readable on light and dark backgrounds. Ids past ten repeat
    // the hues one shade darker, so no two of the first twenty consortia share a colour.
    static constexpr std::array<QRgb, 10> hues{0x4E79A7, 0xF28E2B, 0x59A14F, 0xB07AA1, 0xE15759,
                                               0x76B7B2, 0xEDC948, 0xFF9DA7, 0x9C755F, 0xBAB0AC};
    const qint64 index = consortiumId > 0 ? consortiumId - 1 : 0;
    const QColor base = QColor::fromRgb(hues[std::size_t(index % qint64(hues.size()))]);
    const int round = int((index / qint64(hues.size())) % 3);
    return round == 0 ? base : base.darker(100 + 35 * round);
}

} // namespace kai
