// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvReader.h"

#include <QIODevice>

#include <algorithm>

namespace kai::import {

namespace {
constexpr size_t BufferSize = 1 << 20;
}

CsvReader::CsvReader(QIODevice &device)
    : m_device(device),
      // A small file needs no megabyte of buffer (found by the fuzzer: most of its time went there).
      m_buffer(device.isSequential() ? BufferSize
                                     : size_t(std::clamp<qint64>(device.size() - device.pos() + 1, 4096, qint64(BufferSize))))
{
}

bool CsvReader::refill()
{
    if (m_eof)
        return false;
    const qint64 n = m_device.read(m_buffer.data(), qint64(m_buffer.size()));
    if (n <= 0) {
        m_eof = true;
        return false;
    }
    m_pos = 0;
    m_end = size_t(n);
    return true;
}

int CsvReader::nextChar()
{
    if (m_pos == m_end && !refill())
        return -1;
    ++m_consumed;
    return static_cast<unsigned char>(m_buffer[m_pos++]);
}

int CsvReader::peekChar()
{
    if (m_pos == m_end && !refill())
        return -1;
    return static_cast<unsigned char>(m_buffer[m_pos]);
}

void CsvReader::endField()
{
    if (m_recordBytes > MaxRecordBytes)
        return;
    m_spans.emplace_back(m_fieldStart, m_record.size() - m_fieldStart);
    m_fieldStart = m_record.size();
}

void CsvReader::append(char c)
{
    if (m_recordBytes <= MaxRecordBytes)
        m_record.push_back(c);
}

void CsvReader::appendRun(bool quoted)
{
    // Most bytes are neither separators nor quotes: a byte at a time through nextChar() and
    // append() was a quarter of an import's parsing thread.
    const char *begin = m_buffer.data() + m_pos;
    const char *end = m_buffer.data() + m_end;
    const char *stop = begin;
    if (quoted) {
        while (stop != end && *stop != '"' && *stop != '\n')
            ++stop;
    } else {
        while (stop != end && *stop != ',' && *stop != '"' && *stop != '\n' && *stop != '\r')
            ++stop;
    }
    const size_t length = size_t(stop - begin);
    m_pos += length;
    m_consumed += qint64(length);
    m_recordBytes += length;
    if (m_recordBytes <= MaxRecordBytes)
        m_record.append(begin, length);
}

bool CsvReader::finishRecord()
{
    endField();
    if (m_recordBytes > MaxRecordBytes) {
        m_record.clear();
        m_spans.assign(1, {0, 0});
        m_error = QStringLiteral("the record is longer than %1 MiB").arg(MaxRecordBytes >> 20);
    }
    return true;
}

bool CsvReader::readRecord()
{
    if (!m_started) {
        m_started = true;
        // A UTF-8 byte order mark is not part of the first column's name.
        static const unsigned char Bom[] = {0xEF, 0xBB, 0xBF};
        if (peekChar() == Bom[0]) {
            if (m_end - m_pos >= 3 && static_cast<unsigned char>(m_buffer[m_pos + 1]) == Bom[1]
                && static_cast<unsigned char>(m_buffer[m_pos + 2]) == Bom[2]) {
                m_pos += 3;
                m_consumed += 3;
            }
        }
    }
    for (;;) {
        m_record.clear();
        m_spans.clear();
        m_error.clear();
        m_fieldStart = 0;
        m_recordBytes = 0;
        m_recordLine = m_line;
        int c = nextChar();
        if (c == -1)
            return false;
        if (c == '\n' || (c == '\r' && peekChar() == '\n')) {
            if (c == '\r')
                nextChar();
            ++m_line;
            continue;  // blank line
        }
        bool quoted = false;
        bool afterClosingQuote = false;
        bool fieldHasData = false;
        for (;; c = nextChar()) {
            // Separators count too, so that a line of commas cannot grow the field list without bound.
            ++m_recordBytes;
            if (quoted) {
                if (c == -1) {
                    m_error = QStringLiteral("a quoted field is not closed before the end of the file");
                    return finishRecord();
                }
                if (c == '"') {
                    if (peekChar() == '"') {
                        nextChar();
                        append('"');
                    } else {
                        quoted = false;
                        afterClosingQuote = true;
                    }
                } else {
                    if (c == '\n')
                        ++m_line;
                    append(char(c));
                    appendRun(true);
                }
                continue;
            }
            if (c == -1 || c == '\n' || (c == '\r' && peekChar() == '\n')) {
                if (c == '\r')
                    nextChar();
                if (c != -1)
                    ++m_line;
                return finishRecord();
            }
            if (c == ',') {
                endField();
                afterClosingQuote = false;
                fieldHasData = false;
                continue;
            }
            if (c == '"' && !fieldHasData && !afterClosingQuote) {
                quoted = true;
                fieldHasData = true;
                continue;
            }
            if (afterClosingQuote && m_error.isEmpty())
                m_error = QStringLiteral("text after the closing quote of field %1").arg(m_spans.size() + 1);
            fieldHasData = true;
            append(char(c));
            appendRun(false);
        }
    }
}

} // namespace kai::import
