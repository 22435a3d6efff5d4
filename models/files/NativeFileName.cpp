// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/NativeFileName.h"

namespace kai::files {

namespace {
// Length of the well-formed UTF-8 sequence at `at`, or 0 (RFC 3629: no overlongs, no
// surrogates, nothing above U+10FFFF).
qsizetype sequenceLength(QByteArrayView bytes, qsizetype at)
{
    const auto byte = [&](qsizetype i) { return i < bytes.size() ? quint8(bytes.at(i)) : 0; };
    const quint8 lead = byte(at);
    const auto continuation = [&](qsizetype i) { return (byte(i) & 0xC0) == 0x80; };
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return continuation(at + 1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const quint8 second = byte(at + 1);
        const bool ok = (lead == 0xE0 ? second >= 0xA0 : true) && (lead == 0xED ? second < 0xA0 : true);
        return ok && continuation(at + 1) && continuation(at + 2) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const quint8 second = byte(at + 1);
        const bool ok = (lead == 0xF0 ? second >= 0x90 : true) && (lead == 0xF4 ? second < 0x90 : true);
        return ok && continuation(at + 1) && continuation(at + 2) && continuation(at + 3) ? 4 : 0;
    }
    return 0;
}
} // namespace

bool NativeFileName::isRepresentable(QByteArrayView nativeName)
{
#ifdef Q_OS_WIN
    Q_UNUSED(nativeName);
    return true;
#else
    for (qsizetype at = 0; at < nativeName.size();) {
        const qsizetype length = sequenceLength(nativeName, at);
        if (length == 0)
            return false;
        at += length;
    }
    return true;
#endif
}

QString NativeFileName::escaped(QByteArrayView nativeName)
{
    QString shown;
    for (qsizetype at = 0; at < nativeName.size();) {
        const qsizetype length = sequenceLength(nativeName, at);
        if (length == 0) {
            shown += QStringLiteral("\\x") + QString::number(quint8(nativeName.at(at)), 16).toUpper().rightJustified(2, u'0');
            ++at;
            continue;
        }
        shown += QString::fromUtf8(nativeName.sliced(at, length));
        at += length;
    }
    return shown;
}

} // namespace kai::files
