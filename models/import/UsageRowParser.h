// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/GpuUsageRowValidator.h"
#include "import/ImportIssue.h"
#include "store/GpuNodeDirectory.h"
#include "store/GpuUsageImportWriter.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace kai::import {

class RecordSource;

// The reading half of an import, on a thread of its own: reads records, validates them, interns
// node names, while the importer's thread inserts the rows of the previous batch (measured: reading,
// validating and hashing took about half of a single-threaded import, SQLite's insert the other
// half). Batches circulate between the two threads from a fixed pool, so memory holds at most
// PoolSize batches whatever the file's length; the reader waits when the inserter falls behind.
// Batches arrive in file order.
//
// The rows' hashes for the content checksum are the one piece of work either thread can do, so it
// goes to whichever is less busy: the parsing thread hashes a batch when the inserter still has an
// earlier one queued, and otherwise hands it over unhashed for next() to hash on the inserting
// thread. Which thread is the busier one differs from machine to machine (the parsing thread on
// one measured here, the inserting thread on another), so the split is decided while running.
// Measured (10M rows, 2 cores): the parsing thread 8.7 s and the inserting thread 6.9 s of CPU
// when the parser hashed every row; 7.2 s and 7.9 s with this split, the import 15 % faster. The
// inserting thread should stay the busier one: its finish() runs after the parsing has ended.
class UsageRowParser
{
public:
    struct Row
    {
        qint64 line = 0;
        int fieldCount = 0;                  // as read; the importer reports a mismatch
        std::optional<ImportIssue> issue;    // unreadable or invalid; nothing else below is set
        store::GpuUsageImportWriter::Sample sample;
        quint64 hash = 0;                    // GpuUsageImportWriter::rowHash, when asked for
    };
    struct Batch
    {
        std::vector<store::GpuNodeDirectory::NewNode> newNodes;  // to store before the rows
        std::vector<Row> rows;
        qint64 bytesRead = 0;                                    // of the source, after the last row
        bool hashed = false;                                     // the rows' hashes are set
    };
    static constexpr size_t RowsPerBatch = 4096;
    static constexpr size_t PoolSize = 4;

    // hashSourceId: the source id the row hashes include; none: rows are not hashed. Starts
    // reading at once; `reader` and `validator` belong to the parsing thread until next() has
    // returned null or the parser is destroyed.
    UsageRowParser(RecordSource &reader, const GpuUsageRowValidator &validator, store::GpuNodeDirectory nodes,
                   std::optional<qint64> hashSourceId, const std::atomic<bool> *cancel);
    // Stops the parsing thread and waits for it.
    ~UsageRowParser();
    UsageRowParser(const UsageRowParser &) = delete;
    UsageRowParser &operator=(const UsageRowParser &) = delete;

    // The next batch, its rows hashed when asked for, or null at the end of the input (or on
    // cancel), when the parsing thread has ended. Rethrows what the parsing thread threw.
    Batch *next();
    // How many of the batches next() returned it hashed on the calling thread.
    size_t batchesHashedByCaller() const { return m_hashedByCaller; }
    // Hands a batch from next() back for reuse.
    void recycle(Batch *batch);

private:
    void run();
    // Fills the batch from the reader; false at the end of the input.
    bool fill(Batch &batch);
    void readRow(Row &row, std::vector<store::GpuNodeDirectory::NewNode> &newNodes);
    void hashRows(Batch &batch) const;
    void stop();

    RecordSource &m_reader;
    const GpuUsageRowValidator &m_validator;
    store::GpuNodeDirectory m_nodes;
    std::optional<qint64> m_hashSourceId;
    const std::atomic<bool> *m_cancel;

    std::vector<std::unique_ptr<Batch>> m_pool;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch *> m_free;
    std::deque<Batch *> m_filled;
    bool m_ended = false;     // the parsing thread has produced its last batch
    bool m_stopping = false;  // the importer wants no more batches
    std::exception_ptr m_error;
    size_t m_hashedByCaller = 0;  // the caller's thread's alone
    std::thread m_thread;
};

} // namespace kai::import
