// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportIssue.h"
#include "store/GpuUsageImportWriter.h"

#include <QCoreApplication>
#include <optional>
#include <string_view>

namespace kai::import {

class RecordSource;
class GpuUsageColumns;

// Turns names in a usage row into ids. The importer answers from the database; the fuzzer and
// tests from a fixed table, so the row rules can be exercised without SQLite.
class GpuUsageNameResolver
{
public:
    virtual ~GpuUsageNameResolver() = default;
    virtual std::optional<qint64> consortiumId(std::string_view text) const = 0;
    virtual std::optional<qint64> gpuModelId(std::string_view text) const = 0;
    virtual std::optional<qint64> providerId(std::string_view text) const = 0;
};

// The rules one usage row must meet on its own (README, "GPU usage CSV"). Rules that need the
// other rows - duplicates and overlapping periods - are the writer's.
class GpuUsageRowValidator
{
    Q_DECLARE_TR_FUNCTIONS(GpuUsageRowValidator)

public:
    struct Row
    {
        store::GpuUsageImportWriter::Sample sample;  // every field but nodeId
        std::string_view node;                       // trimmed; empty: the shared "unspecified" node
    };

    // A named node is one machine: the largest sold as one system holds 72 GPUs (an NVL72 rack).
    static constexpr qint64 MaxGpusPerNode = 72;
    // Rows without a node may report a whole cluster at once.
    static constexpr qint64 MaxGpusUnspecifiedNode = 65536;
    // Names longer than this are not names (node, consortium, provider, GPU model), in UTF-8 bytes.
    static constexpr size_t MaxNameBytes = 256;

    GpuUsageRowValidator(const GpuUsageColumns &columns, const GpuUsageNameResolver &resolver, QString fileName)
        : m_columns(columns), m_resolver(resolver), m_fileName(std::move(fileName))
    {
    }

    const GpuUsageColumns &columns() const { return m_columns; }
    const QString &fileName() const { return m_fileName; }
    // The row of the reader's current record, or the first problem found in it.
    std::optional<ImportIssue> validate(const RecordSource &reader, Row &row) const;

    // The most GPU-hours a row may hold: its period's hours times the GPUs one node can hold.
    static double ceilingFor(qint64 periodSeconds, bool namedNode);

private:
    std::optional<ImportIssue> checkEncoding(const RecordSource &reader) const;
    std::optional<ImportIssue> readPeriod(const RecordSource &reader, Row &row) const;
    std::optional<ImportIssue> readNames(const RecordSource &reader, Row &row) const;
    std::optional<ImportIssue> readFigures(const RecordSource &reader, Row &row) const;
    ImportIssue issue(const RecordSource &reader, int column, const QString &reason) const;

    const GpuUsageColumns &m_columns;
    const GpuUsageNameResolver &m_resolver;
    QString m_fileName;
};

} // namespace kai::import
