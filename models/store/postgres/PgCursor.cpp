// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgres/PgCursor.h"

#include "store/StoreError.h"
#include "store/postgres/PgConnection.h"

#include <QAtomicInteger>
#include <QLocale>
#include <QVector>
#include <algorithm>
#include <libpq-fe.h>

namespace kai::store {

namespace {
// Type OIDs from PostgreSQL's pg_type.dat; stable across server versions.
enum : Oid { BoolOid = 16, ByteaOid = 17, Int8Oid = 20, Int2Oid = 21, Int4Oid = 23, OidOid = 26,
             Float4Oid = 700, Float8Oid = 701, NumericOid = 1700 };
} // namespace

PgCursor::PgCursor(pg_conn *conn, const QString &sql, int batchRows) : m_conn(conn), m_batchRows(batchRows)
{
    int parameters = 0;
    m_sql = translatePlaceholders(sql, &parameters);
    m_parameters.resize(parameters);
}

PgCursor::~PgCursor()
{
    PQclear(m_result);
    // A cursor read to its end or left early is closed, unless its transaction failed (then it is gone).
    if (!m_cursorName.isEmpty() && PQtransactionStatus(m_conn) == PQTRANS_INTRANS)
        PQclear(PQexec(m_conn, "CLOSE " + m_cursorName));
}

QByteArray PgCursor::translatePlaceholders(const QString &sql, int *parameterCount)
{
    const QByteArray in = sql.toUtf8();
    QByteArray out;
    out.reserve(in.size());
    char quote = 0;
    int highest = 0;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '?') {
            qsizetype end = i + 1;
            while (end < in.size() && in.at(end) >= '0' && in.at(end) <= '9')
                ++end;
            // A bare ? takes the next number, as in SQLite.
            const int number = end > i + 1 ? in.mid(i + 1, end - i - 1).toInt() : highest + 1;
            highest = std::max(highest, number);
            out += '$' + QByteArray::number(number);
            i = end - 1;
            continue;
        }
        out += c;
    }
    *parameterCount = highest;
    return out;
}

void PgCursor::setParameter(int index, std::optional<QByteArray> value)
{
    if (index < 1 || index > m_parameters.size())
        throw StoreError(QStringLiteral("parameter %1 is out of range (%2 parameters)").arg(index).arg(m_parameters.size()));
    m_parameters[index - 1] = std::move(value);
}

void PgCursor::bindInt(int index, qint64 value)
{
    setParameter(index, QByteArray::number(value));
}

void PgCursor::bindDouble(int index, double value)
{
    // The shortest text that reads back as the same double: values keep their bits on the server.
    setParameter(index, QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

void PgCursor::bindText(int index, const QString &value)
{
    setParameter(index, value.toUtf8());
}

void PgCursor::bindNull(int index)
{
    setParameter(index, std::nullopt);
}

void PgCursor::execute(const QByteArray &sql, bool withParameters)
{
    QVector<const char *> values;
    if (withParameters) {
        for (const std::optional<QByteArray> &parameter : std::as_const(m_parameters))
            values.append(parameter ? parameter->constData() : nullptr);
    }
    PQclear(m_result);
    m_result = PQexecParams(m_conn, sql.constData(), int(values.size()), nullptr, values.constData(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(m_result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const QString message = PgConnection::failureMessage(m_conn, m_result);
        PQclear(m_result);
        m_result = nullptr;
        throw StoreError(message);
    }
    m_rows = PQntuples(m_result);
    m_row = -1;
}

bool PgCursor::fetchBatch()
{
    execute("FETCH FORWARD " + QByteArray::number(m_batchRows) + " FROM " + m_cursorName, false);
    return m_rows > 0;
}

bool PgCursor::step()
{
    if (!m_result) {
        if (m_batchRows <= 0) {
            execute(m_sql, true);
        } else {
            static QAtomicInteger<quint64> declared;
            const QByteArray name = "kai_scan_" + QByteArray::number(++declared);
            // Every row is read: plan for the whole result (hash joins), not for the first rows as
            // the server does for a cursor by default.
            execute("SET LOCAL cursor_tuple_fraction = 1", false);
            execute("DECLARE " + name + " NO SCROLL CURSOR FOR " + m_sql, true);
            m_cursorName = name;
            fetchBatch();
        }
    }
    if (++m_row < m_rows)
        return true;
    // The last batch was short: the cursor is read to its end.
    if (m_cursorName.isEmpty() || m_rows < m_batchRows)
        return false;
    return fetchBatch() && ++m_row < m_rows;
}

int PgCursor::columnCount() const
{
    // Known once the statement ran; SELECT * callers ask after the first step().
    return m_result ? PQnfields(m_result) : 0;
}

const char *PgCursor::value(int column) const
{
    return PQgetvalue(m_result, m_row, column);
}

SqlType PgCursor::columnType(int column) const
{
    if (PQgetisnull(m_result, m_row, column))
        return SqlType::Null;
    switch (PQftype(m_result, column)) {
    case BoolOid:
    case Int2Oid:
    case Int4Oid:
    case Int8Oid:
    case OidOid: return SqlType::Integer;
    case Float4Oid:
    case Float8Oid:
    case NumericOid: return SqlType::Real;
    case ByteaOid: return SqlType::Blob;
    default: return SqlType::Text;
    }
}

qint64 PgCursor::columnInt(int column) const
{
    const char *text = value(column);
    if (PQftype(m_result, column) == BoolOid)
        return text[0] == 't' ? 1 : 0;
    bool ok = false;
    const QByteArray bytes(text);
    const qint64 number = bytes.toLongLong(&ok);
    return ok ? number : qint64(bytes.toDouble());
}

double PgCursor::columnDouble(int column) const
{
    if (PQftype(m_result, column) == BoolOid)
        return double(columnInt(column));
    return QByteArray(value(column)).toDouble();
}

QString PgCursor::columnText(int column) const
{
    if (PQgetisnull(m_result, m_row, column))
        return {};
    return QString::fromUtf8(value(column), PQgetlength(m_result, m_row, column));
}

QByteArrayView PgCursor::columnTextView(int column) const
{
    return QByteArrayView(value(column), PQgetlength(m_result, m_row, column));
}

QByteArray PgCursor::columnBytes(int column) const
{
    if (PQftype(m_result, column) != ByteaOid)
        return columnTextView(column).toByteArray();
    size_t length = 0;
    unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(value(column)), &length);
    const QByteArray result(reinterpret_cast<const char *>(bytes), qsizetype(length));
    PQfreemem(bytes);
    return result;
}

} // namespace kai::store
