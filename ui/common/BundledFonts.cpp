// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/BundledFonts.h"

#include <QFontDatabase>
#include <spdlog/spdlog.h>

// Big resources in a static library are only linked in when something references them.
static void initialiseFontResources()
{
    Q_INIT_RESOURCE(fonts);
}

namespace kai::ui {

bool BundledFonts::ensureLoaded()
{
    static const bool loaded = [] {
        initialiseFontResources();
        bool ok = true;
        for (const char *file : {":/kai/fonts/NanumGothic.ttf", ":/kai/fonts/NanumGothicBold.ttf"}) {
            if (QFontDatabase::addApplicationFont(QString::fromLatin1(file)) < 0) {
                spdlog::warn("bundled font {} could not be loaded", file);
                ok = false;
            }
        }
        return ok;
    }();
    return loaded;
}

QStringList BundledFonts::fallbackChain()
{
    // Malgun Gothic (Windows), Noto Sans CJK KR (Linux), Apple SD Gothic Neo (macOS): each
    // platform's own Korean UI font, for glyphs the bundled font might lack.
    return {family(), QStringLiteral("Malgun Gothic"), QStringLiteral("Noto Sans CJK KR"),
            QStringLiteral("Apple SD Gothic Neo")};
}

QFont BundledFonts::applicationFont(const QFont &base)
{
    ensureLoaded();
    QFont font = base;
    QStringList families = fallbackChain();
    families.append(base.family());
    font.setFamilies(families);
    return font;
}

} // namespace kai::ui
