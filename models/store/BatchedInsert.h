// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SqlConnection.h"
#include "store/SqlQuery.h"

#include <QString>
#include <algorithm>
#include <cstddef>
#include <iterator>

namespace kai::store {

// Writes many rows to a statement: on a server each statement is a round trip (the importer's 420
// single-row upserts of day totals were a tenth of a second of a 1M-row import). Both engines take
// the same statement text, `INSERT ... VALUES (?1, ?2), (?3, ?4) ...` followed by an optional tail
// such as an ON CONFLICT clause; within one statement the rows' keys must be distinct, as
// ON CONFLICT DO UPDATE requires.
class BatchedInsert
{
public:
    // head: "INSERT INTO table (columns) VALUES "; valuesPerRow: parameters bound per row.
    BatchedInsert(SqlConnection &connection, QString head, int valuesPerRow, QString tail = {});

    // bindRow(query, firstParameter, row) binds one row's values to firstParameter, firstParameter + 1, ...
    template <typename Rows, typename BindRow>
    void write(const Rows &rows, BindRow bindRow)
    {
        const size_t total = std::size(rows);
        const size_t fullCount = std::min(RowsPerStatement, total);
        const QString fullStatement = sql(fullCount);
        auto row = std::cbegin(rows);
        for (size_t left = total; left > 0;) {
            const size_t count = std::min(RowsPerStatement, left);
            left -= count;
            SqlQuery query = m_connection.query(count == fullCount ? fullStatement : sql(count));
            for (size_t index = 0; index < count; ++index, ++row)
                bindRow(query, int(index) * m_valuesPerRow + 1, *row);
            query.run();
        }
    }

private:
    // 256 rows of up to 9 values stay far below both engines' limit on parameters (32,766 in
    // SQLite since 3.32, 65,535 in PostgreSQL's protocol).
    static constexpr size_t RowsPerStatement = 256;

    QString sql(size_t rows) const;

    SqlConnection &m_connection;
    QString m_head;
    int m_valuesPerRow;
    QString m_tail;
};

} // namespace kai::store
