// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Sha256.h"

#include <QtGlobal>
#include <array>
#include <cstring>
#include <string>

struct sqlite3_stmt;

namespace kai::store {

class SqlQuery;

// One row's share of the DatabaseFingerprint: SHA-256 over each value's SQLite type and bytes,
// truncated to 64 bits. Rows are combined by addition (mod 2^64), so a table's checksum does not
// depend on row order and can be kept up to date row by row (see ContentChecksumCache).
// Writers that hash rows they insert must feed the values exactly as SQLite stores them, in the
// table's column order: a stored INTEGER and a REAL of the same value hash differently.
class RowHash
{
public:
    void addInteger(qint64 value);
    void addReal(double value);
    void addNull();
    // Column `column` of the current row of `statement`, by its stored type.
    void addColumn(sqlite3_stmt *statement, int column);
    // Column `column` of the current row of an engine-neutral query, by the storage class it maps to.
    void addColumn(const SqlQuery &query, int column);
    // The row's hash; starts the next row.
    quint64 finish();

private:
    void addTag(int sqliteType);
    // Inline: the sizes are constants where values are added, so the copies become single moves.
    void addBytes(const void *data, size_t size)
    {
        if (m_bytes.empty() && m_inlineUsed + size <= m_inline.size() - InlinePadding) {
            std::memcpy(m_inline.data() + m_inlineUsed, data, size);
            m_inlineUsed += size;
            return;
        }
        addBytesBeyondInline(data, size);
    }
    void addBytesBeyondInline(const void *data, size_t size);

    QByteArrayView gathered() const;
    void clearGathered();

    // A row's bytes are gathered and hashed in one call: feeding the hash value by value cost
    // more than the hashing itself (importers hash ten million rows). They fit the inline buffer
    // unless the row has many columns (appending to a string was half the cost of hashing a row).
    // Zeros follow what it holds, and the last InlinePadding bytes stay free for the padding that
    // Sha256::ofZeroTailed writes in place.
    static constexpr size_t InlinePadding = 72;
    alignas(16) std::array<uchar, 192> m_inline{};
    size_t m_inlineUsed = 0;
    std::string m_bytes;  // all of them once they outgrow m_inline
    Sha256 m_hash;
};

// A table's share of the fingerprint: how many rows and the sum of their hashes.
struct TableChecksum
{
    quint64 rows = 0;
    quint64 sum = 0;

    void add(quint64 rowHash)
    {
        ++rows;
        sum += rowHash;
    }
    friend bool operator==(const TableChecksum &, const TableChecksum &) = default;
};

} // namespace kai::store
