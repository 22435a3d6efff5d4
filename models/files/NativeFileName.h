// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace kai::files {

// File names as the operating system hands them over. Qt 6 decodes every file name and command-line
// argument as UTF-8 on Unix (QFile::decodeName and QCoreApplication::arguments() alike), so a
// name in another encoding (a Latin-1 or CP949 name on Linux) turns into U+FFFD and can neither
// be opened nor written under its real name. Such names are recognised here, from the raw bytes,
// so they can be refused with a clear message instead of "does not exist" or a file written
// under a different name. Windows passes names as UTF-16: every name is representable there.
class NativeFileName
{
public:
    static bool isRepresentable(QByteArrayView nativeName);
    // The name with each byte that is not UTF-8 written as \xNN, for messages.
    static QString escaped(QByteArrayView nativeName);
};

} // namespace kai::files
