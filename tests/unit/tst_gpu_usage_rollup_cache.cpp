// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19: the usage sums of a snapshot and the GPU view's buckets come from the rollup read once
// per database version; they must always equal the database's own sums, and follow every write,
// this connection's or another's.
#include "TestSupport.h"
#include "store/Database.h"
#include "store/GpuUsageRepository.h"
#include "store/SqliteConnection.h"
#include "store/GpuUsageRollupCache.h"

#include <QTest>

using namespace kai;
using namespace kai::store;

Q_DECLARE_METATYPE(QVector<kai::domain::GpuUsageTotal>)

namespace {
bool same(const QVector<domain::GpuUsageTotal> &a, const QVector<domain::GpuUsageTotal> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].consortiumId != b[i].consortiumId || !qFuzzyCompare(1 + a[i].gpuHours, 1 + b[i].gpuHours)
            || !qFuzzyCompare(1 + a[i].h100EquivalentHours, 1 + b[i].h100EquivalentHours)
            || a[i].samples != b[i].samples || a[i].illustrativeSamples != b[i].illustrativeSamples)
            return false;
    }
    return true;
}

bool same(const QVector<GpuUsageRepository::Bucket> &a, const QVector<GpuUsageRepository::Bucket> &b)
{
    const auto close = [](double x, double y) { return qFuzzyCompare(1 + x, 1 + y); };
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].period != b[i].period || a[i].consortiumId != b[i].consortiumId || a[i].gpuModelId != b[i].gpuModelId
            || !close(a[i].gpuHours, b[i].gpuHours) || !close(a[i].h100Hours, b[i].h100Hours)
            || !close(a[i].utilizationWeighted, b[i].utilizationWeighted)
            || !close(a[i].utilizationHours, b[i].utilizationHours) || a[i].samples != b[i].samples
            || a[i].illustrativeSamples != b[i].illustrativeSamples)
            return false;
    }
    return true;
}

const QList<std::pair<QDate, QDate>> ranges{
    {QDate(1970, 1, 1), QDate(2026, 11, 29)}, {QDate(2026, 11, 1), QDate(2026, 11, 29)},
    {QDate(1970, 1, 1), QDate(2025, 9, 1)},   {QDate(2026, 3, 1), QDate(2026, 3, 1)},  // no day at all
    {QDate(1970, 1, 1), QDate(2020, 1, 1)}};
} // namespace

class TestGpuUsageRollupCache : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;
    std::unique_ptr<Database> m_database;

    void compareEveryRange(GpuUsageRollupCache &totals)
    {
        for (const auto &[from, asOf] : ranges) {
            const auto kept = totals.totals(m_database->sql(), from, asOf);
            const auto asked = GpuUsageRollupCache::sum(m_database->sql(), from, asOf);
            QVERIFY2(same(kept, asked), qPrintable(from.toString(Qt::ISODate) + u' ' + asOf.toString(Qt::ISODate)));
        }
    }

    void compareBuckets(GpuUsageRollupCache &rollup)
    {
        const GpuUsageRepository kept(m_database->sql(), &rollup);
        const GpuUsageRepository asked(m_database->sql());
        QVector<GpuUsageRepository::Filter> filters{{}, {QDate(2026, 3, 1), QDate(2026, 3, 31), {}, {}, {}},
                                                    {QDate(2025, 9, 15), QDate(2026, 11, 28), {}, {}, {}},
                                                    {{}, QDate(2025, 6, 30), {}, {}, {}}};
        for (const auto &model : asked.gpuModels())
            filters.append({{}, QDate(2026, 11, 28), {}, {}, model.id});
        for (const auto &provider : asked.providers())
            filters.append({QDate(2026, 1, 1), {}, {}, provider.id, {}});
        for (qint64 consortium = 1; consortium <= 3; ++consortium)
            filters.append({{}, {}, consortium, {}, {}});
        int buckets = 0;
        for (const auto &filter : filters) {
            for (const auto granularity : {GpuUsageRepository::Granularity::Month, GpuUsageRepository::Granularity::Day}) {
                const auto fromRows = kept.usage(filter, granularity);
                QVERIFY(same(fromRows, asked.usage(filter, granularity)));
                buckets += int(fromRows.size());
            }
        }
        QVERIFY(buckets > 100);
    }

    double novemberHours(GpuUsageRollupCache &totals)
    {
        double hours = 0;
        for (const auto &total : totals.totals(m_database->sql(), QDate(2026, 11, 1), QDate(2026, 11, 29)))
            hours += total.gpuHours;
        return hours;
    }

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        m_sample = new test::SampleDatabase;
    }
    void init() { m_database = m_sample->open(); }
    void cleanup() { m_database.reset(); }
    void cleanupTestCase() { delete m_sample; }

    void equalsTheDatabaseSumsAndReadsOnce()
    {
        GpuUsageRollupCache totals;
        compareEveryRange(totals);
        QVERIFY(!totals.totals(m_database->sql(), QDate(1970, 1, 1), QDate(2026, 11, 29)).isEmpty());
        QVERIFY(totals.totals(m_database->sql(), QDate(2026, 3, 1), QDate(2026, 3, 1)).isEmpty());
        compareEveryRange(totals);
        compareBuckets(totals);
        QCOMPARE(totals.reads(), 1);
    }

    void followsAWriteOfThisConnection()
    {
        GpuUsageRollupCache totals;
        const double before = novemberHours(totals);
        m_database->connection().execute(QStringLiteral(
            "UPDATE gpu_usage_daily SET gpu_hours = gpu_hours + 1000 WHERE day = (SELECT MAX(day) FROM gpu_usage_daily "
            "WHERE day < 20786)"));  // 20786: 29 November 2026, known up to the day before
        QVERIFY(novemberHours(totals) > before + 999);
        QCOMPARE(totals.reads(), 2);
        compareEveryRange(totals);
        compareBuckets(totals);
    }

    void followsACommitOfAnotherConnection()
    {
        GpuUsageRollupCache totals;
        const double before = novemberHours(totals);
        {
            std::unique_ptr<Database> other = m_sample->open();
            other->connection().execute(QStringLiteral(
                "UPDATE gpu_usage_daily SET gpu_hours = gpu_hours + 500 WHERE day = 20785"));
        }
        QVERIFY(novemberHours(totals) > before + 499);
        QCOMPARE(totals.reads(), 2);
        compareEveryRange(totals);
        compareBuckets(totals);
    }

    // Inside a transaction the sums come from the database; after a rollback nothing of it is kept.
    void keepsNothingFromATransactionRolledBack()
    {
        GpuUsageRollupCache totals;
        const double before = novemberHours(totals);
        m_database->connection().execute(QStringLiteral("BEGIN"));
        m_database->connection().execute(QStringLiteral("UPDATE gpu_usage_daily SET gpu_hours = gpu_hours + 700 WHERE day = 20785"));
        QVERIFY(novemberHours(totals) > before + 699);
        m_database->connection().execute(QStringLiteral("ROLLBACK"));
        QCOMPARE(novemberHours(totals), before);
        compareEveryRange(totals);
        compareBuckets(totals);
    }
};

QTEST_MAIN(TestGpuUsageRollupCache)
#include "tst_gpu_usage_rollup_cache.moc"
