// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportFont.h"

#include <QGuiApplication>
#include <QHash>
#include <QRawFont>

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

namespace {
// Invisible character → the first visible one that shares its glyph in the regular or bold face.
QHash<char16_t, char16_t> visibleTwins()
{
    QString all;
    all.reserve(0xFFFF);
    for (char32_t code = 0x20; code <= 0xFFFF; ++code) {
        if (!QChar::isSurrogate(code))
            all.append(QChar(code));
    }
    QHash<char16_t, char16_t> twins;
    for (const bool bold : {false, true}) {
        const QRawFont font = QRawFont::fromFont(ExportFont::pixelFont(16, bold));
        const QList<quint32> glyphs = font.glyphIndexesForString(all);
        QHash<quint32, char16_t> firstVisible;
        for (qsizetype i = 0; i < all.size() && i < glyphs.size(); ++i) {
            const QChar::Category category = all.at(i).category();
            const bool visible = category != QChar::Other_Format && category != QChar::Other_Control
                                 && category != QChar::Separator_Space && category != QChar::Other_NotAssigned;
            if (glyphs[i] != 0 && visible && !firstVisible.contains(glyphs[i]))
                firstVisible.insert(glyphs[i], all.at(i).unicode());
        }
        for (qsizetype i = 0; i < all.size() && i < glyphs.size(); ++i) {
            if (all.at(i).category() == QChar::Other_Format && firstVisible.contains(glyphs[i])
                && !twins.contains(all.at(i).unicode()))
                twins.insert(all.at(i).unicode(), firstVisible.value(glyphs[i]));
        }
    }
    return twins;
}
} // namespace

char16_t ExportFont::visibleTwin(char16_t invisible)
{
    static const QHash<char16_t, char16_t> twins = visibleTwins();
    return twins.value(invisible, 0);
}

} // namespace kai::ui
