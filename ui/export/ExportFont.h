// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

namespace kai::ui {

// The pinned font of every export: Nanum Gothic first (named in SVG output, embedded in PDF), so
// the same data draws the same picture on every machine.
class ExportFont
{
public:
    static QString family() { return QStringLiteral("NanumGothic"); }
    static QStringList families();
    // Pixel sizes keep drawings independent of the screen's DPI.
    static QFont pixelFont(int pixels, bool bold);
    // The visible character the pinned font draws with the same glyph as an invisible one (Nanum
    // Gothic draws the en dash with its soft-hyphen glyph), or 0 when there is none.
    static char16_t visibleTwin(char16_t invisible);
};

} // namespace kai::ui
