// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

#include <QColor>

namespace kai {

// Status colours, always shown together with the status text. The tints differ in lightness as
// well as hue, so they stay distinguishable in greyscale and with colour-vision deficiency.
class StatusPalette
{
public:
    static QColor background(domain::ConsortiumStatus status);
    static QColor background(domain::Outcome outcome);
    // Text on those tints: always dark, whatever the theme, so it stays readable on the light tint.
    static QColor foreground() { return QColor(0x1A, 0x1A, 0x1A); }
    // The marker of illustrative sample figures (status bar, export watermark and banner).
    static QColor illustrativeBackground() { return QColor(0xFF, 0xF3, 0xC4); }
    static QColor illustrativeText() { return QColor(0x5C, 0x44, 0x00); }
    // A warning that the data cannot be trusted as issued (a modified review copy).
    static QColor warningBackground() { return QColor(0xFD, 0xE2, 0xE1); }
    static QColor warningText() { return QColor(0x8A, 0x14, 0x14); }
};

} // namespace kai
