// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/TextEncodingSniffer.h"

#include <QIODevice>
#include <QStringDecoder>

namespace kai::import {

namespace {
QString byteOrderMark(const QByteArray &sample)
{
    if (sample.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)) || sample.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        return QStringLiteral("UTF-32");
    if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16");
    return {};
}

// Text in UTF-16 without a byte order mark: ASCII letters alternate with NUL bytes.
bool looksLikeUtf16(const QByteArray &sample)
{
    const QByteArray firstLine = sample.left(sample.indexOf('\n') < 0 ? sample.size() : sample.indexOf('\n'));
    return firstLine.size() >= 4 && firstLine.count('\0') * 3 >= firstLine.size();
}

struct Utf8Census
{
    bool valid = true;          // no malformed sequence (an incomplete one at the cut is fine)
    bool hasMultibyte = false;  // at least one non-ASCII character decoded
};

Utf8Census census(const QByteArray &sample)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(sample);  // stateful: a sequence cut at the end is not an error
    Utf8Census result;
    result.valid = !decoder.hasError();
    for (const QChar c : text) {
        if (c.unicode() >= 0x80 && c != QChar(QChar::ReplacementCharacter)) {
            result.hasMultibyte = true;
            break;
        }
    }
    return result;
}

bool decodesAsCp949(const QByteArray &sample)
{
    QStringDecoder decoder("CP949");
    if (!decoder.isValid())
        return false;
    (void)decoder(sample);
    return !decoder.hasError();
}
} // namespace

QString TextEncodingSniffer::refusal(QIODevice &device, const QString &fileName)
{
    const QByteArray sample = device.peek(SampleBytes);
    const QString saveAs = tr("Save it as UTF-8 (in Excel: \"CSV UTF-8\") and import it again.");
    if (const QString bom = byteOrderMark(sample); !bom.isEmpty())
        return tr("%1 is encoded as %2, not UTF-8. %3").arg(fileName, bom, saveAs);
    if (looksLikeUtf16(sample))
        return tr("%1 is encoded as %2, not UTF-8. %3").arg(fileName, QStringLiteral("UTF-16"), saveAs);
    const Utf8Census utf8 = census(sample);
    // Valid UTF-8, or UTF-8 with a few bad bytes that the row checks will report one by one.
    if (utf8.valid || utf8.hasMultibyte)
        return {};
    if (decodesAsCp949(sample))
        return tr("%1 is not UTF-8: it looks like CP949 (EUC-KR), the legacy Korean encoding. %2").arg(fileName, saveAs);
    return tr("%1 is not UTF-8 (it has bytes that UTF-8 does not allow). %2").arg(fileName, saveAs);
}

} // namespace kai::import
