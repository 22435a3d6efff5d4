// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgres/PgUsageRows.h"

#include "domain/UtcDateTime.h"
#include "store/BatchedInsert.h"
#include "store/StoreError.h"
#include "store/postgres/PgConnection.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtEndian>
#include <algorithm>
#include <charconv>
#include <cstring>
#include <libpq-fe.h>

namespace kai::store {

namespace {
// Sent to the server in pieces of this size: large enough that a call costs little, small enough
// to keep the import's memory flat.
constexpr qsizetype PgUsageCopyChunk = 256 * 1024;
// More than a row takes in either format (nine values of at most 31 characters or 12 bytes each).
constexpr qsizetype PgUsageRowBytesAtMost = 9 * 32 + 64;
// How far ahead of a looked-up row the stored rows are read: a week (84,000 rows of the
// benchmark's 500 hourly nodes, a few MB).
constexpr qint64 PgUsageWindowSeconds = 7 * 86400;
// Returns to months already met before the rest goes through gpu_usage (see m_monthChanges).
constexpr int PgUsageMaxMonthChanges = 64;

// A binary COPY row is built in place and appended to the buffer once: QByteArray::append per
// value was a twentieth of the importer's CPU.
class PgUsageBinaryRow
{
public:
    void addInteger(qint64 value)
    {
        length8();
        putBigEndian(quint64(value));
    }
    void addReal(double value)
    {
        length8();
        quint64 bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        putBigEndian(bits);
    }
    void addNull()
    {
        std::memset(m_bytes + m_size, 0xff, 4);
        m_size += 4;
    }
    void fieldCount(quint16 count)
    {
        const quint16 big = qToBigEndian(count);
        std::memcpy(m_bytes + m_size, &big, sizeof big);
        m_size += sizeof big;
    }
    void appendTo(QByteArray &out) const { out.append(m_bytes, m_size); }

private:
    void length8()
    {
        const quint32 big = qToBigEndian(quint32(8));
        std::memcpy(m_bytes + m_size, &big, sizeof big);
        m_size += sizeof big;
    }
    void putBigEndian(quint64 value)
    {
        const quint64 big = qToBigEndian(value);
        std::memcpy(m_bytes + m_size, &big, sizeof big);
        m_size += sizeof big;
    }

    char m_bytes[2 + 9 * 12];  // the field count, then nine 8-byte values with their lengths
    qsizetype m_size = 0;
};

// A text COPY row: tab-separated values, numbers as the shortest text that reads back the same.
class PgUsageTextRow
{
public:
    explicit PgUsageTextRow(QByteArray &out) : m_out(out) {}
    void addInteger(qint64 value) { addNumber(value); }
    void addReal(double value) { addNumber(value); }
    void addNull() { m_out.append("\\N\t"); }
    // Turns the separator after the last value into the line end.
    void endRow() { m_out.back() = '\n'; }

private:
    template<typename T>
    void addNumber(T value)
    {
        char text[32];
        // One byte kept for the tab; 31 hold any 64-bit integer or shortest double.
        const std::to_chars_result written = std::to_chars(text, text + sizeof text - 1, value);
        *written.ptr = '\t';
        m_out.append(text, written.ptr + 1 - text);
    }

    QByteArray &m_out;
};

QString pgUsageError(PgConnection &connection, pg_result *result)
{
    const QString message = PgConnection::failureMessage(connection.handle(), result);
    PQclear(result);
    return message;
}
} // namespace

PgUsageRows::PgUsageRows(PgConnection &connection) : PgUsageRows(connection, formatFromEnvironment())
{
}

PgUsageRows::PgUsageRows(PgConnection &connection, Format format) : m_connection(connection), m_format(format)
{
    // One allocation for the whole import: a buffer freed after each piece and grown again row by
    // row faulted its pages in anew every time, half of the importer's CPU (perf, 1M rows).
    m_buffer.reserve(PgUsageCopyChunk + PgUsageRowBytesAtMost);
}

PgUsageRows::~PgUsageRows()
{
    abortCopy();
}

PgUsageRows::Format PgUsageRows::formatFromEnvironment()
{
    return qEnvironmentVariable("KAI_PG_COPY_FORMAT") == QLatin1String("text") ? Format::Text : Format::Binary;
}

void PgUsageRows::createPartitionsFor(SqlConnection &from, PgConnection &to)
{
    if (!from.hasTable(QStringLiteral("gpu_usage")))
        return;
    SqlQuery range = from.query(QStringLiteral("SELECT MIN(period_start), MAX(period_start) FROM gpu_usage"));
    if (!range.step() || range.isNull(0))
        return;
    to.query(QStringLiteral("SELECT kai_gpu_usage_partitions(?1, ?2)")).bind(1, range.columnInt(0)).bind(2, range.columnInt(1)).run();
}

void PgUsageRows::add(const GpuUsageSample &sample, qint64 sourceId)
{
    if (sample.periodStart < m_monthFrom || sample.periodStart >= m_monthTo)
        enterMonth(sample.periodStart);
    if (!m_copying)
        startCopy();
    if (m_format == Format::Binary)
        appendBinary(sample, sourceId);
    else
        appendText(sample, sourceId);
    if (m_buffer.size() >= PgUsageCopyChunk)
        sendBuffer();
    // A look-up that read the rows of this time must see this one too.
    if (sample.periodStart >= m_windowFrom && sample.periodStart < m_windowTo)
        m_window[{sample.consortiumId, sample.nodeId, sample.gpuModelId, sample.periodStart}] =
            StoredRow{sample.periodEnd, sample.providerId, sample.gpuHours, sample.utilizationPct};
}

void PgUsageRows::enterMonth(qint64 periodStart)
{
    const QDate day = QDateTime::fromSecsSinceEpoch(periodStart, QTimeZone::utc()).date();
    const QDate month(day.year(), day.month(), 1);
    m_monthFrom = kai::utcDateTime(month, QTime(0, 0)).toSecsSinceEpoch();
    m_monthTo = kai::utcDateTime(month.addMonths(1), QTime(0, 0)).toSecsSinceEpoch();
    const auto known = m_monthTables.find(m_monthFrom);
    if (m_throughParent) {
        if (known != m_monthTables.end())
            return;  // the stream into gpu_usage goes on
        endCopy();  // DDL cannot run inside a COPY stream
        m_connection.query(QStringLiteral("SELECT kai_gpu_usage_partitions(?1, ?1)")).bind(1, m_monthFrom).run();
        m_monthTables.emplace(m_monthFrom, m_monthTable);
        return;
    }
    endCopy();
    if (known == m_monthTables.end()) {
        SqlQuery table = m_connection.query(QStringLiteral("SELECT month_table, loading::integer FROM kai_gpu_usage_load_month(?1)"));
        table.bind(1, m_monthFrom);
        if (!table.step())
            throw StoreError(QStringLiteral("kai_gpu_usage_load_month returned no table"));
        m_monthTable = table.columnText(0).toUtf8();
        m_monthTables.emplace(m_monthFrom, m_monthTable);
        if (table.columnInt(1) != 0)
            m_loadingMonths.insert(m_monthFrom);
    } else if (++m_monthChanges > PgUsageMaxMonthChanges) {
        attachLoadedMonths();
        m_throughParent = true;
        m_monthTable = QByteArrayLiteral("gpu_usage");
    } else {
        m_monthTable = known->second;
    }
}

void PgUsageRows::startCopy()
{
    // The rows to come may name them.
    writePendingNodes();
    char *table = PQescapeIdentifier(m_connection.handle(), m_monthTable.constData(), size_t(m_monthTable.size()));
    if (!table)
        throw StoreError(PgConnection::failureMessage(m_connection.handle(), nullptr));
    const QByteArray sql = QByteArray("COPY ") + table + " (" + gpuUsageColumnNames().toLatin1() + ")"
        + (m_format == Format::Binary ? " FROM STDIN (FORMAT binary)" : " FROM STDIN (FORMAT text)");
    PQfreemem(table);
    pg_result *result = PQexec(m_connection.handle(), sql.constData());
    if (PQresultStatus(result) != PGRES_COPY_IN)
        throw StoreError(pgUsageError(m_connection, result));
    PQclear(result);
    m_copying = true;
    if (m_format == Format::Binary) {
        // Signature, flags, header extension length.
        static const char header[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0";
        m_buffer.append(header, 19);
    }
}

void PgUsageRows::appendBinary(const GpuUsageSample &sample, qint64 sourceId)
{
    PgUsageBinaryRow row;
    row.fieldCount(9);
    writeUsageColumns(sample, sourceId, row);
    row.appendTo(m_buffer);
}

void PgUsageRows::appendText(const GpuUsageSample &sample, qint64 sourceId)
{
    PgUsageTextRow row(m_buffer);
    writeUsageColumns(sample, sourceId, row);
    row.endRow();
}

void PgUsageRows::sendBuffer()
{
    if (m_buffer.isEmpty())
        return;
    if (PQputCopyData(m_connection.handle(), m_buffer.constData(), int(m_buffer.size())) != 1)
        throw StoreError(PgConnection::failureMessage(m_connection.handle(), nullptr));
    m_buffer.resize(0);  // keeps the capacity, unlike clear()
}

void PgUsageRows::flush()
{
    endCopy();
    writePendingNodes();
    attachLoadedMonths();
}

void PgUsageRows::attachLoadedMonths()
{
    for (const qint64 month : m_loadingMonths)
        m_connection.query(QStringLiteral("SELECT kai_gpu_usage_attach_month(?1)")).bind(1, month).run();
    m_loadingMonths.clear();
}

void PgUsageRows::endCopy()
{
    if (!m_copying)
        return;
    if (m_format == Format::Binary)
        m_buffer.append("\xff\xff", 2);  // the trailer
    sendBuffer();
    m_copying = false;
    pg_conn *conn = m_connection.handle();
    if (PQputCopyEnd(conn, nullptr) != 1)
        throw StoreError(PgConnection::failureMessage(conn, nullptr));
    QString failure;
    while (pg_result *result = PQgetResult(conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && failure.isEmpty())
            failure = pgUsageError(m_connection, result);
        else
            PQclear(result);
    }
    if (!failure.isEmpty())
        throw StoreError(failure);
}

void PgUsageRows::abortCopy()
{
    if (!m_copying)
        return;
    m_copying = false;
    m_buffer.resize(0);
    // The server drops the rows of the stream and fails it; the caller's rollback follows.
    pg_conn *conn = m_connection.handle();
    if (PQputCopyEnd(conn, "import cancelled") == 1) {
        while (pg_result *result = PQgetResult(conn))
            PQclear(result);
    }
}

void PgUsageRows::addNode(qint64 id, std::string_view name)
{
    // A stream's rows must name nodes the server had when it began (the months' triggers check
    // them at its end): the next stream starts with this one and any other new ones.
    endCopy();
    m_pendingNodes.emplace_back(id, QString::fromUtf8(name.data(), qsizetype(name.size())));
}

void PgUsageRows::writePendingNodes()
{
    if (m_pendingNodes.empty())
        return;
    BatchedInsert(m_connection, QStringLiteral("INSERT INTO gpu_node (id, name) VALUES "), 2)
        .write(m_pendingNodes, [](SqlQuery &query, int first, const std::pair<qint64, QString> &node) {
            query.bind(first, node.first).bind(first + 1, node.second);
        });
    m_pendingNodes.clear();
}

void PgUsageRows::coverWindow(const GpuUsageSample &sample, qint64 from, qint64 to)
{
    if (m_windowTo > m_windowFrom && m_windowFrom <= from && m_windowTo >= to)
        return;
    // Every row sent must be on the server, and in gpu_usage, before it is read back.
    flush();
    // Files run forward in time: the window reaches ahead of the row asked about.
    m_windowFrom = std::min(from, sample.periodStart);
    m_windowTo = std::max(to, sample.periodStart + PgUsageWindowSeconds);
    m_window.clear();
    SqlQuery rows = m_connection.query(QStringLiteral(
        "SELECT consortium_id, node_id, gpu_model_id, period_start, period_end, provider_id, gpu_hours, utilization_pct "
        "  FROM gpu_usage WHERE period_start >= ?1 AND period_start < ?2"));
    rows.bind(1, m_windowFrom).bind(2, m_windowTo);
    while (rows.step()) {
        m_window[{rows.columnInt(0), rows.columnInt(1), rows.columnInt(2), rows.columnInt(3)}] =
            StoredRow{rows.columnInt(4), rows.columnInt(5), rows.columnDouble(6), rows.columnOptionalDouble(7)};
    }
}

std::optional<GpuUsageRowSink::StoredRow> PgUsageRows::findKey(const GpuUsageSample &sample)
{
    coverWindow(sample, sample.periodStart, sample.periodStart + 1);
    const auto found = m_window.find({sample.consortiumId, sample.nodeId, sample.gpuModelId, sample.periodStart});
    return found == m_window.end() ? std::nullopt : std::optional<StoredRow>(found->second);
}

std::optional<GpuUsageRowSink::Period> PgUsageRows::findOverlap(const GpuUsageSample &sample, qint64 earliestStart)
{
    // Rows of the node that start after earliestStart and before the sample ends, and end after it starts.
    coverWindow(sample, earliestStart + 1, sample.periodEnd);
    const WindowKey first{sample.consortiumId, sample.nodeId, sample.gpuModelId, earliestStart + 1};
    const WindowKey end{sample.consortiumId, sample.nodeId, sample.gpuModelId, sample.periodEnd};
    for (auto it = m_window.lower_bound(first); it != m_window.end() && it->first < end; ++it) {
        if (it->second.periodEnd > sample.periodStart)
            return Period{std::get<3>(it->first), it->second.periodEnd};
    }
    return std::nullopt;
}

} // namespace kai::store
