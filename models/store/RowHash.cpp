// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RowHash.h"

#include "store/SqlQuery.h"

#include <QtEndian>
#include <cstring>
#include <sqlite3.h>

namespace kai::store {

void RowHash::addBytesBeyondInline(const void *data, size_t size)
{
    if (m_bytes.empty())
        m_bytes.assign(reinterpret_cast<const char *>(m_inline.data()), m_inlineUsed);
    m_bytes.append(static_cast<const char *>(data), size);
}

void RowHash::addTag(int sqliteType)
{
    const char tag = char('0' + sqliteType);
    addBytes(&tag, 1);
}

QByteArrayView RowHash::gathered() const
{
    return m_bytes.empty() ? QByteArrayView(m_inline.data(), qsizetype(m_inlineUsed))
                           : QByteArrayView(m_bytes.data(), qsizetype(m_bytes.size()));
}

void RowHash::clearGathered()
{
    // Whole: a fixed size is a few vector stores, and the padding written in place is cleared too.
    m_inline.fill(0);
    m_inlineUsed = 0;
    m_bytes.clear();
}

void RowHash::addInteger(qint64 value)
{
    addTag(SQLITE_INTEGER);
    const qint64 bytes = qToLittleEndian(value);
    addBytes(&bytes, sizeof bytes);
}

void RowHash::addReal(double value)
{
    addTag(SQLITE_FLOAT);
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    bits = qToLittleEndian(bits);
    addBytes(&bits, sizeof bits);
}

void RowHash::addNull()
{
    addTag(SQLITE_NULL);
}

void RowHash::addColumn(sqlite3_stmt *statement, int column)
{
    const int type = sqlite3_column_type(statement, column);
    switch (type) {
    case SQLITE_INTEGER: addInteger(sqlite3_column_int64(statement, column)); return;
    case SQLITE_FLOAT: addReal(sqlite3_column_double(statement, column)); return;
    case SQLITE_NULL: addNull(); return;
    default: {
        // As the engine-neutral overload below, which defines the checksum on both engines: a
        // text's or blob's length and bytes go to the hash at once, the tags and fixed-size values
        // are gathered and go last (finish).
        addTag(type);
        const auto *data = static_cast<const char *>(sqlite3_column_blob(statement, column));
        const qint64 size = sqlite3_column_bytes(statement, column);
        const quint32 length = qToLittleEndian(quint32(size));
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
        if (data)
            m_hash.addData(QByteArrayView(data, size));
    }
    }
}

void RowHash::addColumn(const SqlQuery &query, int column)
{
    switch (query.columnType(column)) {
    case SqlType::Integer: addInteger(query.columnInt(column)); return;
    case SqlType::Real: addReal(query.columnDouble(column)); return;
    case SqlType::Null: addNull(); return;
    case SqlType::Text:
    case SqlType::Blob: {
        const bool text = query.columnType(column) == SqlType::Text;
        addTag(text ? SQLITE_TEXT : SQLITE_BLOB);
        const QByteArray blob = text ? QByteArray() : query.columnBytes(column);
        const QByteArrayView bytes = text ? query.columnTextView(column) : QByteArrayView(blob);
        const quint32 length = qToLittleEndian(quint32(bytes.size()));
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
        m_hash.addData(bytes);
        return;
    }
    }
}

quint64 RowHash::finish()
{
    quint64 hash = 0;
    // Rows without text or blobs, such as every usage row, are one message of gathered bytes.
    if (m_hash.isEmpty() && m_bytes.empty()) {
        hash = qFromLittleEndian<quint64>(Sha256::ofZeroTailed(m_inline.data(), m_inlineUsed).data());
    } else {
        m_hash.addData(gathered());
        hash = qFromLittleEndian<quint64>(m_hash.result().data());
    }
    clearGathered();
    return hash;
}

} // namespace kai::store
