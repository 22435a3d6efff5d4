// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/RecordSource.h"

class QIODevice;

namespace kai::import {

// Streaming RFC 4180 reader: UTF-8 with or without BOM, LF or CRLF, quoted fields holding commas,
// line breaks and doubled quotes. Works on bytes with a reused buffer, because the importer must
// keep up with `sqlite3 .import` on ten million rows; callers decode only the fields they need.
// lineNumber() is the physical line on which a record starts (quoted line breaks count); error()
// says when it is malformed (text after a closing quote, open quote at EOF).
class CsvReader : public RecordSource
{
public:
    explicit CsvReader(QIODevice &device);

    // Reads the next record; false at the end of the input. A blank line is skipped, not a record.
    bool readRecord() override;

    // A longer record is read to its end but not kept (error() says so): memory stays bounded
    // whatever the file holds, e.g. a line of many megabytes without a line break.
    static constexpr size_t MaxRecordBytes = 4 << 20;

private:
    int nextChar();
    int peekChar();
    bool refill();
    void endField();
    void append(char c);
    // Appends the bytes after the one just read up to the next byte that means something in the
    // state given (quoted or not), as far as the buffer holds them.
    void appendRun(bool quoted);
    bool finishRecord();

    QIODevice &m_device;
    std::vector<char> m_buffer;
    size_t m_pos = 0;
    size_t m_end = 0;
    bool m_eof = false;
    bool m_started = false;
    qint64 m_line = 1;
    size_t m_fieldStart = 0;
    size_t m_recordBytes = 0;
};

} // namespace kai::import
