// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RowHash.h"

#include "store/SqlQuery.h"

#include <QtEndian>
#include <cstring>
#include <sqlite3.h>

namespace kai::store {

void RowHash::addBytes(const void *data, size_t size)
{
    m_bytes.append(static_cast<const char *>(data), size);
}

void RowHash::addTag(int sqliteType)
{
    m_bytes.push_back(char('0' + sqliteType));
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
    m_hash.addData(QByteArrayView(m_bytes.data(), qsizetype(m_bytes.size())));
    m_bytes.clear();
    return qFromLittleEndian<quint64>(m_hash.result().data());
}

} // namespace kai::store
