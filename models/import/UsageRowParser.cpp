// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/UsageRowParser.h"

#include "import/GpuUsageColumns.h"
#include "import/RecordSource.h"

namespace kai::import {

UsageRowParser::UsageRowParser(RecordSource &reader, const GpuUsageRowValidator &validator,
                               store::GpuNodeDirectory nodes, std::optional<qint64> hashSourceId,
                               const std::atomic<bool> *cancel)
    : m_reader(reader), m_validator(validator), m_nodes(std::move(nodes)), m_hashSourceId(hashSourceId),
      m_cancel(cancel)
{
    for (size_t i = 0; i < PoolSize; ++i) {
        m_pool.push_back(std::make_unique<Batch>());
        m_pool.back()->rows.resize(RowsPerBatch);
        m_free.push_back(m_pool.back().get());
    }
    m_thread = std::thread([this] { run(); });
}

UsageRowParser::~UsageRowParser()
{
    stop();
}

void UsageRowParser::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void UsageRowParser::run()
{
    try {
        for (;;) {
            Batch *batch = nullptr;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stopping || !m_free.empty(); });
                if (m_stopping)
                    break;
                batch = m_free.front();
                m_free.pop_front();
            }
            const bool more = fill(*batch);
            bool inserterBusy = false;
            {
                const std::lock_guard lock(m_mutex);
                inserterBusy = !m_filled.empty();
            }
            // Only this thread queues batches: the inserter has work while this one hashes.
            if (inserterBusy)
                hashRows(*batch);
            {
                const std::lock_guard lock(m_mutex);
                m_filled.push_back(batch);
            }
            m_changed.notify_all();
            if (!more || (m_cancel && m_cancel->load(std::memory_order_relaxed)))
                break;
        }
    } catch (...) {
        const std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
    }
    {
        const std::lock_guard lock(m_mutex);
        m_ended = true;
    }
    m_changed.notify_all();
}

bool UsageRowParser::fill(Batch &batch)
{
    batch.newNodes.clear();
    batch.hashed = false;
    batch.rows.resize(RowsPerBatch);
    size_t count = 0;
    bool more = true;
    while (count < RowsPerBatch && (more = m_reader.readRecord()))
        readRow(batch.rows[count++], batch.newNodes);
    batch.rows.resize(count);
    batch.bytesRead = m_reader.bytesRead();
    return more;
}

void UsageRowParser::readRow(Row &row, std::vector<store::GpuNodeDirectory::NewNode> &newNodes)
{
    row.line = m_reader.lineNumber();
    row.fieldCount = m_reader.fieldCount();
    row.issue.reset();
    if (!m_reader.error().isEmpty()) {
        row.issue = ImportIssue{m_validator.fileName(), row.line, QString(), m_reader.error()};
        return;
    }
    if (row.fieldCount != m_validator.columns().headerFieldCount())
        return;
    GpuUsageRowValidator::Row valid;
    row.issue = m_validator.validate(m_reader, valid);
    if (row.issue)
        return;
    row.sample = valid.sample;
    row.sample.nodeId = m_nodes.intern(valid.node, newNodes);
}

void UsageRowParser::hashRows(Batch &batch) const
{
    batch.hashed = true;
    if (!m_hashSourceId)
        return;
    const int fieldCount = m_validator.columns().headerFieldCount();
    for (Row &row : batch.rows) {
        // Rows the importer skips carry no sample to hash.
        if (!row.issue && row.fieldCount == fieldCount)
            row.hash = store::GpuUsageImportWriter::rowHash(row.sample, *m_hashSourceId);
    }
}

UsageRowParser::Batch *UsageRowParser::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_filled.empty() || m_ended; });
    if (!m_filled.empty()) {
        Batch *batch = m_filled.front();
        m_filled.pop_front();
        lock.unlock();
        if (!batch->hashed) {
            hashRows(*batch);
            ++m_hashedByCaller;
        }
        return batch;
    }
    lock.unlock();
    stop();
    if (m_error)
        std::rethrow_exception(std::exchange(m_error, nullptr));
    return nullptr;
}

void UsageRowParser::recycle(Batch *batch)
{
    {
        const std::lock_guard lock(m_mutex);
        m_free.push_back(batch);
    }
    m_changed.notify_all();
}

} // namespace kai::import
