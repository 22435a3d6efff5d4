// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace kai::import {

// Looks at the start of a CSV file before its header is read: a file saved as UTF-16 (Excel's
// "Unicode text") or in the legacy Korean code page CP949/EUC-KR would otherwise be refused for
// "required columns are missing", which sends people looking for the wrong mistake. Only files
// that are plainly in another encoding are refused; a stray bad byte in an otherwise UTF-8 file
// is left to the row checks, which name its line and column.
class TextEncodingSniffer
{
    Q_DECLARE_TR_FUNCTIONS(TextEncodingSniffer)

public:
    // Peeks at the device (its position is unchanged). Empty when the file may be UTF-8;
    // otherwise a translated reason naming the file and the encoding it seems to be in.
    static QString refusal(QIODevice &device, const QString &fileName);

    static constexpr qint64 SampleBytes = 64 * 1024;
};

} // namespace kai::import
