// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <map>
#include <optional>
#include <tuple>

namespace kai::store {

class SqlConnection;
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
// a GROUP BY over every usage row: 39 s before a one-row import into ten million rows. So after each
// import by the app the spans are kept in a small table of their own, on both engines:
// - In an SQLite file they are valid for exactly the rows they were computed from:
//   VerifiedRules::Rule::NodeSpans records gpu_usage's content checksum entry with a digest of the
//   spans. A write to gpu_usage by any program, or to the spans' table, changes that state, and the
//   next import computes them from the rows again.
// - On a server (schema version 14) a trigger on gpu_usage and on each of its month tables marks them
//   unknown when any statement inserts or updates usage rows, as do an attach and a write to the spans'
//   table; a deletion leaves them wider than the rows, which costs the importer a look-up but never
//   misses a collision. Reading them locks that mark until the import ends, so a write by another
//   client is not lost between read and store; they are not used while a table of usage rows lacks
//   its enabled trigger (attached or disabled by hand).
// Not content: the logical checksum, review copies and comparisons leave the tables out
// (ContentChecksumCache::contentTables).
class GpuNodeSpanCache
{
public:
    // The spans' table, and on a server the table that says whether they are known.
    static QStringList tableNames();
    // The kept spans when they describe gpu_usage as it is now; nullopt otherwise.
    static std::optional<GpuNodeSpans> load(SqlConnection &connection);
    // Replaces the kept spans with these, the spans of gpu_usage as it is now. Call inside the write
    // transaction, after the last write to gpu_usage and, in a file, after ContentChecksumCache::refresh().
    static void store(SqlConnection &connection, const GpuNodeSpans &spans);

private:
    static GpuNodeSpans read(SqlConnection &connection);
    static void write(SqlConnection &connection, const GpuNodeSpans &spans);
    static std::optional<GpuNodeSpans> loadFromFile(SqliteConnection &file);
    static void storeInFile(SqliteConnection &file, const GpuNodeSpans &spans);
    static QByteArray digest(const GpuNodeSpans &spans);
};

} // namespace kai::store
