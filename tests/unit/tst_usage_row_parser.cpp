// SPDX-License-Identifier: GPL-3.0-or-later
// The reading half of the two-thread import (UsageRowParser): it never holds more than its pool of
// batches however far the inserting thread falls behind, hands the rows over in file order with
// the problems of bad ones, hashes every row the same on either thread, and stops when cancelled.
#include "import/GpuUsageColumns.h"
#include "import/GpuUsageRowValidator.h"
#include "import/RecordSource.h"
#include "import/UsageRowParser.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>
#include <QThread>
#include <atomic>

using kai::import::UsageRowParser;

namespace {

// Endless (or `records` long) valid usage records, one hour apart, counted as they are read.
class CountingUsageSource : public kai::import::RecordSource
{
public:
    explicit CountingUsageSource(qint64 records, qint64 badLine = -1) : m_records(records), m_badLine(badLine) {}

    bool readRecord() override
    {
        const qint64 index = m_read.load();
        if (index > m_records)
            return false;
        if (index == 0) {
            set({"period_start", "consortium", "gpu_model", "gpu_hours_used"});
        } else {
            // Hours from 2026-01-01T00:00Z, starting over before the program's period ends.
            const qint64 seconds = 1767225600 + (index - 1) % 15000 * 3600;
            const std::string stamp = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
                                          .toString(Qt::ISODate)
                                          .toStdString();
            set({stamp, "lg", "B200", index + 1 == m_badLine ? "-1" : "8"});
        }
        m_recordLine = index + 1;
        m_read.store(index + 1);
        return true;
    }
    qint64 read() const { return m_read.load(); }

private:
    void set(std::initializer_list<std::string> fields)
    {
        m_record.clear();
        m_spans.clear();
        for (const std::string &field : fields) {
            m_spans.emplace_back(m_record.size(), field.size());
            m_record += field;
        }
    }

    qint64 m_records;
    qint64 m_badLine;
    std::atomic<qint64> m_read{0};
};

class FixedNames : public kai::import::GpuUsageNameResolver
{
public:
    std::optional<qint64> consortiumId(std::string_view text) const override
    {
        return text == "lg" ? std::optional<qint64>(1) : std::nullopt;
    }
    std::optional<qint64> gpuModelId(std::string_view text) const override
    {
        return text == "B200" ? std::optional<qint64>(1) : std::nullopt;
    }
    std::optional<qint64> providerId(std::string_view) const override { return 1; }
};

struct ParserFixture
{
    explicit ParserFixture(qint64 records, qint64 badLine = -1) : source(records, badLine)
    {
        source.readRecord();
        const QString problem = columns.readHeader(source);
        Q_ASSERT(problem.isEmpty());
    }
    CountingUsageSource source;
    kai::import::GpuUsageColumns columns;
    FixedNames names;
    kai::import::GpuUsageRowValidator validator{columns, names, QStringLiteral("usage.csv")};
};

constexpr qint64 PoolRows = qint64(UsageRowParser::PoolSize * UsageRowParser::RowsPerBatch);

// Waits until the reader has stopped advancing (it is blocked on a full pool).
qint64 settledCount(const CountingUsageSource &source)
{
    qint64 last = -1;
    while (source.read() != last) {
        last = source.read();
        QThread::msleep(50);
    }
    return last;
}

} // namespace

class TestUsageRowParser : public QObject
{
    Q_OBJECT

private slots:
    void readerWaitsWhenThePoolIsFull()
    {
        ParserFixture fixture(100 * PoolRows);
        UsageRowParser parser(fixture.source, fixture.validator, {}, 7, nullptr);
        // Nothing consumed: at most the pool's batches are filled (and the header was read before).
        QCOMPARE(settledCount(fixture.source), 1 + PoolRows);
        UsageRowParser::Batch *batch = parser.next();
        QVERIFY(batch);
        QCOMPARE(batch->rows.size(), UsageRowParser::RowsPerBatch);
        QCOMPARE(settledCount(fixture.source), 1 + PoolRows);  // a batch taken but not handed back
        parser.recycle(batch);
        QCOMPARE(settledCount(fixture.source), 1 + PoolRows + qint64(UsageRowParser::RowsPerBatch));
    }

    void rowsArriveInFileOrderWithTheirProblems()
    {
        const qint64 records = 3 * qint64(UsageRowParser::RowsPerBatch) + 10;
        const qint64 badLine = 2 * qint64(UsageRowParser::RowsPerBatch) + 5;
        ParserFixture fixture(records, badLine);
        UsageRowParser parser(fixture.source, fixture.validator, {}, 7, nullptr);
        qint64 expectedLine = 2, problems = 0;
        while (UsageRowParser::Batch *batch = parser.next()) {
            for (const UsageRowParser::Row &row : batch->rows) {
                QCOMPARE(row.line, expectedLine++);
                if (row.issue) {
                    ++problems;
                    QCOMPARE(row.line, badLine);
                    QCOMPARE(row.issue->line, badLine);
                    QVERIFY2(!row.issue->reason.isEmpty(), qPrintable(row.issue->reason));
                } else {
                    QVERIFY(row.hash != 0);
                }
            }
            parser.recycle(batch);
        }
        QCOMPARE(expectedLine, records + 2);
        QCOMPARE(problems, 1);
    }

    // The parsing thread hashes while the inserter is behind and leaves the hashing to it while it
    // waits; either way each row carries its own hash.
    void eachRowCarriesItsHashWhicheverThreadComputedIt()
    {
        constexpr qint64 Batches = 20;
        for (const bool slowInserter : {false, true}) {
            ParserFixture fixture(Batches * qint64(UsageRowParser::RowsPerBatch));
            UsageRowParser parser(fixture.source, fixture.validator, {}, 7, nullptr);
            qint64 taken = 0, rows = 0;
            while (UsageRowParser::Batch *batch = parser.next()) {
                ++taken;
                for (const UsageRowParser::Row &row : batch->rows) {
                    QVERIFY2(!row.issue, row.issue ? qPrintable(row.issue->reason) : "");
                    QCOMPARE(row.hash, kai::store::GpuUsageImportWriter::rowHash(row.sample, 7));
                    ++rows;
                }
                // A slow inserter: the parser reads on until every other batch of the pool is full.
                const qint64 poolFull = std::min(taken + qint64(UsageRowParser::PoolSize) - 1, Batches);
                while (slowInserter && fixture.source.read() < 1 + poolFull * qint64(UsageRowParser::RowsPerBatch))
                    QThread::msleep(1);
                parser.recycle(batch);
            }
            QCOMPARE(rows, Batches * qint64(UsageRowParser::RowsPerBatch));
            const size_t byInserter = parser.batchesHashedByCaller();
            // The first batch finds no other queued, whatever the speeds; the second and the empty
            // one that ends the input may not either.
            if (slowInserter)
                QVERIFY2(byInserter >= 1 && byInserter <= 3, qPrintable(QString::number(byInserter)));
            else
                QVERIFY(byInserter >= 1);
        }
    }

    void cancelStopsTheReader()
    {
        ParserFixture fixture(100 * PoolRows);
        std::atomic<bool> cancel = false;
        UsageRowParser parser(fixture.source, fixture.validator, {}, std::nullopt, &cancel);
        UsageRowParser::Batch *batch = parser.next();
        QVERIFY(batch);
        cancel = true;
        parser.recycle(batch);
        qint64 batches = 1;
        while ((batch = parser.next())) {
            ++batches;
            parser.recycle(batch);
        }
        QVERIFY(batches <= qint64(UsageRowParser::PoolSize) + 1);
        QVERIFY(fixture.source.read() < 10 * PoolRows);
    }
};

QTEST_GUILESS_MAIN(TestUsageRowParser)
#include "tst_usage_row_parser.moc"
