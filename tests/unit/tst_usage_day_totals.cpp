// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19: the usage sums of a snapshot come from the rollup read once per database version; they
// must always equal the database's own sums, and follow every write, this connection's or another's.
#include "TestSupport.h"
#include "store/Database.h"
#include "store/SqliteConnection.h"
#include "store/UsageDayTotals.h"

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

const QList<std::pair<QDate, QDate>> ranges{
    {QDate(1970, 1, 1), QDate(2026, 11, 29)}, {QDate(2026, 11, 1), QDate(2026, 11, 29)},
    {QDate(1970, 1, 1), QDate(2025, 9, 1)},   {QDate(2026, 3, 1), QDate(2026, 3, 1)},  // no day at all
    {QDate(1970, 1, 1), QDate(2020, 1, 1)}};
} // namespace

class TestUsageDayTotals : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;
    std::unique_ptr<Database> m_database;

    void compareEveryRange(UsageDayTotals &totals)
    {
        for (const auto &[from, asOf] : ranges) {
            const auto kept = totals.totals(m_database->sql(), from, asOf);
            const auto asked = UsageDayTotals::sum(m_database->sql(), from, asOf);
            QVERIFY2(same(kept, asked), qPrintable(from.toString(Qt::ISODate) + u' ' + asOf.toString(Qt::ISODate)));
        }
    }

    double novemberHours(UsageDayTotals &totals)
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
        UsageDayTotals totals;
        compareEveryRange(totals);
        QVERIFY(!totals.totals(m_database->sql(), QDate(1970, 1, 1), QDate(2026, 11, 29)).isEmpty());
        QVERIFY(totals.totals(m_database->sql(), QDate(2026, 3, 1), QDate(2026, 3, 1)).isEmpty());
        compareEveryRange(totals);
        QCOMPARE(totals.reads(), 1);
    }

    void followsAWriteOfThisConnection()
    {
        UsageDayTotals totals;
        const double before = novemberHours(totals);
        m_database->connection().execute(QStringLiteral(
            "UPDATE gpu_usage_daily SET gpu_hours = gpu_hours + 1000 WHERE day = (SELECT MAX(day) FROM gpu_usage_daily "
            "WHERE day < 20786)"));  // 20786: 29 November 2026, known up to the day before
        QVERIFY(novemberHours(totals) > before + 999);
        QCOMPARE(totals.reads(), 2);
        compareEveryRange(totals);
    }

    void followsACommitOfAnotherConnection()
    {
        UsageDayTotals totals;
        const double before = novemberHours(totals);
        {
            std::unique_ptr<Database> other = m_sample->open();
            other->connection().execute(QStringLiteral(
                "UPDATE gpu_usage_daily SET gpu_hours = gpu_hours + 500 WHERE day = 20785"));
        }
        QVERIFY(novemberHours(totals) > before + 499);
        QCOMPARE(totals.reads(), 2);
        compareEveryRange(totals);
    }

    // Inside a transaction the sums come from the database; after a rollback nothing of it is kept.
    void keepsNothingFromATransactionRolledBack()
    {
        UsageDayTotals totals;
        const double before = novemberHours(totals);
        m_database->connection().execute(QStringLiteral("BEGIN"));
        m_database->connection().execute(QStringLiteral("UPDATE gpu_usage_daily SET gpu_hours = gpu_hours + 700 WHERE day = 20785"));
        QVERIFY(novemberHours(totals) > before + 699);
        m_database->connection().execute(QStringLiteral("ROLLBACK"));
        QCOMPARE(novemberHours(totals), before);
        compareEveryRange(totals);
    }
};

QTEST_MAIN(TestUsageDayTotals)
#include "tst_usage_day_totals.moc"
