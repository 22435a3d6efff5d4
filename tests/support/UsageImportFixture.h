// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A sample database to import GPU usage into, CSV files written beside it, and what the import
// tests compare before and after.
#include "TestSupport.h"
#include "import/GpuUsageImporter.h"
#include "store/Database.h"
#include "store/GpuNodeSpanCache.h"
#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"

#include <QCryptographicHash>
#include <QFile>
#include <memory>

namespace kai::test {

inline const QByteArray UsageCsvHeader =
    "period_start,consortium,gpu_model,gpu_hours_used,provider,node,utilization_pct\n";

// Adds each row's values, as text, to the hash.
inline void hashRows(QCryptographicHash &hash, kai::store::SqliteStatement &rows)
{
    while (rows.step()) {
        for (int column = 0; column < rows.columnCount(); ++column)
            hash.addData(rows.columnText(column).toUtf8() + '|');
    }
}

// Everything an import may touch, as one hash: equal hashes mean an unchanged database.
inline QByteArray contentHash(kai::store::SqliteConnection &connection)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries = {
        QStringLiteral("SELECT period_start, consortium_id, node_id, gpu_model_id, period_end, provider_id, gpu_hours, "
                       "ifnull(utilization_pct, -1), source_id FROM gpu_usage ORDER BY 1, 2, 3, 4"),
        QStringLiteral("SELECT day, consortium_id, gpu_model_id, provider_id, gpu_hours, utilization_weighted, "
                       "utilization_hours, samples, illustrative_samples FROM gpu_usage_daily ORDER BY 1, 2, 3, 4"),
        QStringLiteral("SELECT id, name FROM gpu_node ORDER BY id"),
        QStringLiteral("SELECT id, code FROM source ORDER BY id")};
    for (const QString &sql : queries) {
        kai::store::SqliteStatement query = connection.prepare(sql);
        hashRows(hash, query);
    }
    return hash.result();
}

// What the importer would read from the rows themselves when it has no kept spans.
inline kai::store::GpuNodeSpans spansOfStoredRows(kai::store::SqliteConnection &connection)
{
    kai::store::SqliteStatement rows = connection.prepare(QStringLiteral(
        "SELECT consortium_id, node_id, gpu_model_id, MIN(period_start), MAX(period_end), "
        "MAX(period_end - period_start) FROM gpu_usage GROUP BY 1, 2, 3"));
    kai::store::GpuNodeSpans spans;
    while (rows.step()) {
        spans[{rows.columnInt(0), rows.columnInt(1), rows.columnInt(2)}] =
            kai::store::GpuNodeSpan{rows.columnInt(3), rows.columnInt(4), rows.columnInt(5)};
    }
    return spans;
}

class UsageImportFixture
{
public:
    bool open()
    {
        m_sample = std::make_unique<SampleDatabase>();
        m_db = m_sample->open();
        return m_db != nullptr;
    }
    void close()
    {
        m_db.reset();
        m_sample.reset();
    }
    SampleDatabase &sample() { return *m_sample; }
    kai::store::SqliteConnection &connection() { return m_db->connection(); }

    QString writeCsv(const QString &name, const QByteArray &content)
    {
        const QString path = m_sample->dirPath() + QLatin1Char('/') + name;
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return path;
    }

    kai::import::GpuUsageImportResult importBytes(const QByteArray &content, bool strict = false)
    {
        kai::import::GpuUsageImporter importer(m_db->connection());
        importer.setStrict(strict);
        return importer.importFile(writeCsv(QStringLiteral("usage.csv"), content));
    }

private:
    std::unique_ptr<SampleDatabase> m_sample;
    std::unique_ptr<kai::store::Database> m_db;
};

} // namespace kai::test
