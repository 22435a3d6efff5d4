// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the streaming CSV reader on arbitrary bytes.
#include "import/CsvReader.h"

#include <QBuffer>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    kai::import::CsvReader reader(buffer);
    qint64 previousLine = 0;
    size_t kept = 0;
    while (reader.readRecord()) {
        // Lines only move forward, every record has a field, and nothing beyond the cap is kept.
        if (reader.lineNumber() <= previousLine || reader.fieldCount() < 1)
            std::abort();
        previousLine = reader.lineNumber();
        kept = 0;
        for (int field = 0; field < reader.fieldCount(); ++field)
            kept += reader.field(field).size();
        if (kept > kai::import::CsvReader::MaxRecordBytes || reader.bytesRead() > qint64(size))
            std::abort();
    }
    return 0;
}
