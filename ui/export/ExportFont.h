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
};

} // namespace kai::ui
