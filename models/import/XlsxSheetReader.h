// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ExcelSerialDate.h"
#include "import/RecordSource.h"
#include "import/XlsxXmlScanner.h"

#include <QCoreApplication>
#include <QStringList>

namespace kai::import {

class XlsxDateStyles;
class XlsxSharedStrings;

// Streams one worksheet (xl/worksheets/sheetN.xml) row by row as records: memory holds one row,
// however many the sheet has. Each cell becomes the text a CSV would hold: shared and inline
// strings as written, numbers as stored, date-styled numbers as ISO dates, a formula as its saved
// result, TRUE/FALSE for booleans. A missing cell is an empty field; lineNumber() is the sheet's
// row number. A row with an Excel error value, a formula without a saved result, or the
// non-existent 1900-02-29 gets error() naming the cell. Hidden rows and merged ranges come back
// as notices, since their values are easy to miss in Excel.
class XlsxSheetReader : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetReader)

public:
    XlsxSheetReader(QIODevice &sheet, const XlsxSharedStrings &strings, const XlsxDateStyles &styles,
                    ExcelSerialDate::System dates);

    bool readRecord() override;
    QString stoppedEarly() const override { return m_fatal; }
    std::vector<Notice> notices() const override;

    static constexpr int MaxColumns = 16384;           // Excel's XFD
    static constexpr size_t MaxRowBytes = 4 << 20;     // as CsvReader::MaxRecordBytes
    static constexpr size_t MaxNotices = 1000;

private:
    enum class CellType : char { Number, Shared, Inline, Boolean, Error, Text };
    static CellType cellType(std::string_view t);

    bool readRow();
    void readCell();
    // Appends the text of a cell's value to m_record; returns a problem naming the cell, or nothing.
    QString appendValue(CellType type, int style, std::string_view value, int column);
    QString cellName(int column) const;
    void endRow();
    void noteHidden(qint64 row);
    void readMergedRanges();
    void setFieldCount(int count);

    XlsxXmlScanner m_xml;
    const XlsxSharedStrings &m_strings;
    const XlsxDateStyles &m_styles;
    ExcelSerialDate::System m_dates;
    int m_width = -1;  // the header row's number of fields, once read
    int m_lastValue = -1;
    qint64 m_previousRow = 0;
    bool m_inSheetData = false;
    bool m_done = false;
    QString m_fatal;
    std::string m_scratch;
    std::string m_value;
    // Hidden rows as ranges (first, last), merged ranges as written.
    std::vector<std::pair<qint64, qint64>> m_hidden;
    QStringList m_merged;
};

} // namespace kai::import
