// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/PdfTextLayer.h"

#include "export/ExportFont.h"

#include <QBuffer>
#include <QByteArrayView>
#include <cstring>

namespace kai::ui {

namespace {
int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// The code point of a four-digit hex target <XXXX>, or -1.
int targetAt(const char *token)
{
    if (token[0] != '<' || token[5] != '>')
        return -1;
    int code = 0;
    for (int i = 1; i <= 4; ++i) {
        const int digit = hexDigit(token[i]);
        if (digit < 0)
            return -1;
        code = code * 16 + digit;
    }
    return code;
}

// What an extracted glyph should read as, or 0 to leave it: a C0 control character (U+0001..U+001F)
// is the space glyph; an invisible format character the visible one that shares its glyph.
char16_t readableTarget(int code)
{
    if (code >= 0x01 && code <= 0x1F)
        return u' ';
    if (code > 0 && code <= 0xFFFF && QChar::category(char32_t(code)) == QChar::Other_Format)
        return ExportFont::visibleTwin(char16_t(code));
    return 0;
}

int replaceTargets(char *from, char *to)
{
    int changed = 0;
    for (char *at = from; at + 6 <= to; ++at) {
        const char16_t readable = readableTarget(targetAt(at));
        if (readable == 0)
            continue;
        const QByteArray hex = QByteArray::number(int(readable), 16).toUpper().rightJustified(4, '0');
        std::memcpy(at + 1, hex.constData(), 4);
        ++changed;
        at += 5;
    }
    return changed;
}

// Targets in one line of a bfrange section: "<first> <last> [<target> ...]" or "<first> <last> <target>".
int repairRangeLine(char *line, char *end)
{
    char *open = static_cast<char *>(std::memchr(line, '[', size_t(end - line)));
    if (open)
        return replaceTargets(open, end);
    // "<a> <b> <t>": the third token, and only when the range is one glyph (a == b), since a
    // longer range counts its targets up from <t>.
    const QByteArrayView text(line, end - line);
    const qsizetype second = text.indexOf('<', 1);
    const qsizetype third = second < 0 ? -1 : text.indexOf('<', second + 1);
    if (third < 0 || text.sliced(0, second).trimmed() != text.sliced(second, third - second).trimmed())
        return 0;
    return replaceTargets(line + third, end);
}

// Targets in one line of a bfchar section: "<glyph> <target>".
int repairCharLine(char *line, char *end)
{
    const QByteArrayView text(line, end - line);
    const qsizetype second = text.indexOf('<', 1);
    return second < 0 ? 0 : replaceTargets(line + second, end);
}

int repairSections(QByteArray &pdf, const char *begin, const char *finish, int (*repairLine)(char *, char *))
{
    int changed = 0;
    for (qsizetype start = pdf.indexOf(begin); start >= 0; start = pdf.indexOf(begin, start + 1)) {
        const qsizetype stop = pdf.indexOf(finish, start);
        if (stop < 0)
            break;
        char *data = pdf.data();
        qsizetype lineStart = pdf.indexOf('\n', start) + 1;
        while (lineStart > 0 && lineStart < stop) {
            qsizetype lineEnd = pdf.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > stop)
                lineEnd = stop;
            changed += repairLine(data + lineStart, data + lineEnd);
            lineStart = lineEnd + 1;
        }
    }
    return changed;
}
} // namespace

int PdfTextLayer::repair(QByteArray &pdf)
{
    return repairSections(pdf, "beginbfrange", "endbfrange", repairRangeLine)
        + repairSections(pdf, "beginbfchar", "endbfchar", repairCharLine);
}

bool PdfTextLayer::write(QIODevice &device, const std::function<bool(QIODevice &)> &drawPdf)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!drawPdf(buffer))
        return false;
    QByteArray pdf = buffer.data();
    buffer.close();
    repair(pdf);
    return device.write(pdf) == pdf.size();
}

} // namespace kai::ui
