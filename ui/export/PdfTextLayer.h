// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <functional>

class QIODevice;

namespace kai::ui {

// Keeps the text of exported PDFs searchable and copyable. Qt's PDF writer builds each font's
// ToUnicode map by asking, for every code point from U+0000 up, which glyph it draws, and keeps
// the first: Nanum Gothic draws U+0001 with its space glyph, so every space came out as \x01
// ("Sovereign\x01AI"), and its soft-hyphen glyph is also its en dash, so "1–17" came out as
// "1\u00AD17". The map is plain text inside the PDF; a control-character target there is rewritten
// to U+0020, an invisible format character to the visible one that shares its glyph
// (ExportFont::visibleTwin), in place, byte for byte the same length, so no offset in the file moves.
class PdfTextLayer
{
public:
    // Repairs the ToUnicode maps of a complete PDF; returns how many entries were changed.
    static int repair(QByteArray &pdf);
    // Runs `drawPdf` into memory, repairs the result and writes it to `device`.
    static bool write(QIODevice &device, const std::function<bool(QIODevice &)> &drawPdf);
};

} // namespace kai::ui
