// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/GpuUsageRowSink.h"

#include <QByteArray>
#include <QString>
#include <map>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

namespace kai::store {

class PgConnection;
class SqlConnection;

// gpu_usage rows of an import into a server: COPY ... FROM STDIN streams straight into each month's
// table (kai_gpu_usage_load_month, migration 12), which a look-up, a new node or another month ends
// first so that the server sees every row sent; a time-ordered file is then one stream per month.
// A month no partition holds yet is loaded into a table of its own and attached as gpu_usage's
// partition (building its key) when the rows are written out or read back. An unfinished stream is
// aborted by the destructor, so the caller's rollback leaves nothing.
class PgUsageRows final : public GpuUsageRowSink
{
public:
    // Binary COPY sends each value as its 8 bytes; text spells numbers out (the shortest text that
    // reads back as the same double). KAI_PG_COPY_FORMAT=text picks text, for measuring both.
    enum class Format { Binary, Text };

    explicit PgUsageRows(PgConnection &connection);
    PgUsageRows(PgConnection &connection, Format format);
    ~PgUsageRows() override;

    void add(const GpuUsageSample &sample, qint64 sourceId) override;
    void addNode(qint64 id, std::string_view name) override;
    void flush() override;
    std::optional<StoredRow> findKey(const GpuUsageSample &sample) override;
    std::optional<Period> findOverlap(const GpuUsageSample &sample, qint64 earliestStart) override;

    static Format formatFromEnvironment();
    // Creates on `to` the month partitions that the usage rows of `from` need, for a copy of them.
    static void createPartitionsFor(SqlConnection &from, PgConnection &to);

private:
    void enterMonth(qint64 periodStart);
    void startCopy();
    void endCopy();
    // Inserts the nodes met since the last stream, a statement for up to 256 of them.
    void writePendingNodes();
    // Makes every month being loaded a partition of gpu_usage, so that its rows read back through it.
    void attachLoadedMonths();
    void appendBinary(const GpuUsageSample &sample, qint64 sourceId);
    void appendText(const GpuUsageSample &sample, qint64 sourceId);
    void sendBuffer();
    void abortCopy();
    // Makes the window hold every stored row that starts in [from, to), reading it anew when not.
    void coverWindow(const GpuUsageSample &sample, qint64 from, qint64 to);
    using WindowKey = std::tuple<qint64, qint64, qint64, qint64>;  // consortium, node, model, period_start

    PgConnection &m_connection;
    Format m_format;
    bool m_copying = false;
    QByteArray m_buffer;
    // New nodes wait for the next stream's start (see addNode): one statement, not a round trip each.
    std::vector<std::pair<qint64, QString>> m_pendingNodes;
    // The month the last row went to, [from, to) in Unix seconds, the table of each month met, and
    // the months loaded into tables that are not gpu_usage's partitions yet.
    qint64 m_monthFrom = 0;
    qint64 m_monthTo = 0;
    QByteArray m_monthTable;
    std::map<qint64, QByteArray> m_monthTables;
    std::set<qint64> m_loadingMonths;
    // A file that keeps changing months (sorted by node, say) would cost a stream per change: after
    // MaxMonthChanges of them the rest goes through gpu_usage in one stream, which routes each row.
    int m_monthChanges = 0;
    bool m_throughParent = false;
    // The stored rows of every node that start in [m_windowFrom, m_windowTo), read at the first
    // look-up that needs them: a file imported again asks about every row, and a query per row (or
    // per node, which scans the time-first key's range anyway) cost a round trip or a scan each.
    qint64 m_windowFrom = 0;
    qint64 m_windowTo = 0;
    std::map<WindowKey, StoredRow> m_window;
};

} // namespace kai::store
