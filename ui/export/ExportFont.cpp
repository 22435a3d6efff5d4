// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportFont.h"

#include <QGuiApplication>

namespace kai::ui {

QStringList ExportFont::families()
{
    return {family(), QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Malgun Gothic"),
            QStringLiteral("Apple SD Gothic Neo")};
}

QFont ExportFont::pixelFont(int pixels, bool bold)
{
    QFont font = QGuiApplication::font();
    font.setFamilies(families());
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

} // namespace kai::ui
