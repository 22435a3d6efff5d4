// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kai::import {

// A table read one record at a time as UTF-8 fields: a CSV file or a workbook's sheet. The fields
// live in one reused buffer and the accessors are not virtual, because the importer reads them
// ten million times; only readRecord() differs between the sources.
class RecordSource
{
public:
    virtual ~RecordSource() = default;

    // Reads the next record; false at the end of the input. A blank line or row is skipped.
    virtual bool readRecord() = 0;
    // Non-empty when the input ended before its end (a damaged workbook): nothing may be imported.
    virtual QString stoppedEarly() const { return {}; }
    // What the importer should report although no row failed (hidden rows, merged cells).
    struct Notice
    {
        qint64 line = 0;
        QString text;
    };
    virtual std::vector<Notice> notices() const { return {}; }

    int fieldCount() const { return int(m_spans.size()); }
    std::string_view field(int index) const
    {
        const auto &[offset, size] = m_spans[size_t(index)];
        return {m_record.data() + offset, size};
    }
    // Line (CSV) or row (sheet), 1-based, on which the current record starts.
    qint64 lineNumber() const { return m_recordLine; }
    // Non-empty when the current record cannot be read as a whole (names the line or cell).
    const QString &error() const { return m_error; }
    qint64 bytesRead() const { return m_consumed; }

protected:
    RecordSource() = default;

    std::string m_record;
    std::vector<std::pair<size_t, size_t>> m_spans;
    qint64 m_recordLine = 0;
    QString m_error;
    qint64 m_consumed = 0;
};

} // namespace kai::import
