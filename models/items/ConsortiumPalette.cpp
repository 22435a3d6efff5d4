// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/ConsortiumPalette.h"

#include "items/Contrast.h"

#include <array>

namespace kai {

QColor ConsortiumPalette::colour(qint64 consortiumId)
{
    // Tableau 10 hues, distinct at a glance. Each is set to a middle luminance so that bars and
    // lines keep 3:1 against the light, the dark and the high-contrast chart background (WCAG
    // 1.4.11). Ids past ten repeat the hues at a lower, then a higher luminance in that band, so no
    // two of the first thirty consortia share a colour.
    static constexpr std::array<QRgb, 10> hues{0x4E79A7, 0xF28E2B, 0x59A14F, 0xB07AA1, 0xE15759,
                                               0x76B7B2, 0xEDC948, 0xFF9DA7, 0x9C755F, 0xBAB0AC};
    const qint64 index = consortiumId > 0 ? consortiumId - 1 : 0;
    const QColor base = QColor::fromRgb(hues[std::size_t(index % qint64(hues.size()))]);
    const int round = int((index / qint64(hues.size())) % 3);
    static constexpr std::array<double, 3> luminances{0.22, 0.17, 0.28};
    return Contrast::atLuminance(base, luminances[std::size_t(round)]);
}

} // namespace kai
