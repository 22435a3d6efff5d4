// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/PdfTextLayer.h"

#include <QBuffer>
#include <QByteArrayView>
#include <cstring>

namespace kai::ui {

namespace {
// A four-digit hex target <00XX> naming a C0 control character (U+0001..U+001F).
bool isControlTarget(const char *token)
{
    if (token[0] != '<' || token[1] != '0' || token[2] != '0' || token[5] != '>')
        return false;
    const int high = token[3] - '0';
    const char low = token[4];
    const bool lowHex = (low >= '0' && low <= '9') || (low >= 'A' && low <= 'F') || (low >= 'a' && low <= 'f');
    return (high == 0 || high == 1) && lowHex && !(high == 0 && low == '0');
}

int replaceControlTargets(char *from, char *to)
{
    int changed = 0;
    for (char *at = from; at + 6 <= to; ++at) {
        if (isControlTarget(at)) {
            at[3] = '2';
            at[4] = '0';
            ++changed;
            at += 5;
        }
    }
    return changed;
}

// Targets in one line of a bfrange section: "<first> <last> [<target> ...]" or "<first> <last> <target>".
int repairRangeLine(char *line, char *end)
{
    char *open = static_cast<char *>(std::memchr(line, '[', size_t(end - line)));
    if (open)
        return replaceControlTargets(open, end);
    // "<a> <b> <t>": the third token, and only when the range is one glyph (a == b), since a
    // longer range counts its targets up from <t>.
    const QByteArrayView text(line, end - line);
    const qsizetype second = text.indexOf('<', 1);
    const qsizetype third = second < 0 ? -1 : text.indexOf('<', second + 1);
    if (third < 0 || text.sliced(0, second).trimmed() != text.sliced(second, third - second).trimmed())
        return 0;
    return replaceControlTargets(line + third, end);
}

// Targets in one line of a bfchar section: "<glyph> <target>".
int repairCharLine(char *line, char *end)
{
    const QByteArrayView text(line, end - line);
    const qsizetype second = text.indexOf('<', 1);
    return second < 0 ? 0 : replaceControlTargets(line + second, end);
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
