// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QStringList>

namespace kai::ui {

// The Korean font shipped with the application (Nanum Gothic, SIL Open Font License) and the
// fallback chain built on it. Exports and charts use it so an image made on any machine looks the
// same; widgets fall back to the system's Korean font when needed.
class BundledFonts
{
public:
    static QString family() { return QStringLiteral("NanumGothic"); }
    // Registers the bundled font files once; returns false if they could not be loaded.
    static bool ensureLoaded();
    static QStringList fallbackChain();
    // The application's UI font: bundled family first, then the platform's Korean fonts.
    static QFont applicationFont(const QFont &base);
};

} // namespace kai::ui
