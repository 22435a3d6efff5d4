// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/BatchedInsert.h"

#include <QStringList>

namespace kai::store {

BatchedInsert::BatchedInsert(SqlConnection &connection, QString head, int valuesPerRow, QString tail)
    : m_connection(connection), m_head(std::move(head)), m_valuesPerRow(valuesPerRow), m_tail(std::move(tail))
{
}

QString BatchedInsert::sql(size_t rows) const
{
    QString text = m_head;
    QStringList values;
    int parameter = 1;
    for (size_t row = 0; row < rows; ++row) {
        values.clear();
        for (int value = 0; value < m_valuesPerRow; ++value)
            values << QStringLiteral("?%1").arg(parameter++);
        text += (row ? QStringLiteral(", (") : QStringLiteral("(")) + values.join(QLatin1String(", ")) + QLatin1Char(')');
    }
    return text + m_tail;
}

} // namespace kai::store
