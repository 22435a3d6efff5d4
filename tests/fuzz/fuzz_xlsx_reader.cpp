// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the .xlsx reader on arbitrary bytes, both as a whole workbook (ZIP, workbook,
// shared strings, styles, sheet) and as the XML of a sheet on its own.
#include "import/XlsxDateStyles.h"
#include "import/XlsxSharedStrings.h"
#include "import/XlsxSheetReader.h"
#include "import/XlsxWorkbook.h"

#include <QBuffer>
#include <cstdlib>

namespace {
// Rows only move forward (a repeated row number is allowed, as Excel never writes one but reads
// it), no record outgrows the cap, and nothing reads past the input.
void readAll(kai::import::XlsxSheetReader &reader)
{
    size_t records = 0;
    while (reader.readRecord()) {
        size_t kept = 0;
        for (int field = 0; field < reader.fieldCount(); ++field)
            kept += reader.field(field).size();
        if (reader.fieldCount() > kai::import::XlsxSheetReader::MaxColumns
            || kept > kai::import::XlsxSheetReader::MaxRowBytes + (1 << 16) || reader.lineNumber() < 1)
            std::abort();
        if (++records > (1 << 20))
            std::abort();
    }
    if (reader.notices().size() > 2 * kai::import::XlsxSheetReader::MaxNotices)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    if (kai::import::XlsxWorkbook::sniff(buffer) == kai::import::XlsxWorkbook::Kind::Zip) {
        kai::import::XlsxWorkbook workbook;
        if (workbook.open(buffer, QStringLiteral("fuzz.xlsx")).isEmpty()) {
            if (kai::import::XlsxSheetReader *reader = workbook.openSheet(QString()))
                readAll(*reader);
        }
        return 0;
    }
    const kai::import::XlsxSharedStrings strings;
    const kai::import::XlsxDateStyles styles;
    kai::import::XlsxSheetReader reader(buffer, strings, styles, kai::import::ExcelSerialDate::System::Excel1900);
    readAll(reader);
    return 0;
}
