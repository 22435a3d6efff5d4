// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <map>
#include <optional>
#include <tuple>

namespace kai::store {

class SqliteConnection;

// Where one GPU node's stored periods lie. A new period past either end cannot collide with any of
// them, and none of them is longer than `longest`, which bounds the search for an overlap.
struct GpuNodeSpan
{
    qint64 firstStart = 0;
    qint64 lastEnd = 0;
    qint64 longest = 0;

    friend bool operator==(const GpuNodeSpan &, const GpuNodeSpan &) = default;
};
using GpuNodeKey = std::tuple<qint64, qint64, qint64>;  // consortium, node, GPU model
using GpuNodeSpans = std::map<GpuNodeKey, GpuNodeSpan>;

// The GPU usage importer needs every node's span before its first row. Computed from gpu_usage, that is
// a GROUP BY over every usage row: 39 s before a one-row import into ten million rows. After each
// import by the app the spans are kept in a small table of their own, valid for exactly the rows they
// were computed from: VerifiedRules::Rule::NodeSpans records gpu_usage's content checksum entry with a
// digest of the spans. A write to gpu_usage by any program, or to the spans' table, changes that state,
// and the next import computes them from the rows again. Not content: the logical checksum, review
// copies and comparisons leave the table out (ContentChecksumCache::contentTables).
class GpuNodeSpanCache
{
public:
    static QString tableName();
    // The kept spans when they describe gpu_usage as it is now; nullopt otherwise.
    static std::optional<GpuNodeSpans> load(SqliteConnection &connection);
    // Replaces the kept spans with these, the spans of gpu_usage as it is now. Call inside the write
    // transaction, after the last write to gpu_usage and after ContentChecksumCache::refresh().
    static void store(SqliteConnection &connection, const GpuNodeSpans &spans);

private:
    static QByteArray digest(const GpuNodeSpans &spans);
};

} // namespace kai::store
