// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "store/ProgramRuleChecker.h"
#include "store/SqliteConnection.h"

#include <QTest>

using namespace kai::store;

namespace {
QStringList rules(const QVector<ProgramRuleChecker::Violation> &violations)
{
    QStringList names;
    for (const auto &violation : violations)
        names << violation.rule;
    return names;
}
} // namespace

class TestRuleChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { kai::test::enterTestMode(); }

    void theSampleDatabaseBreaksNoRule()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open(true);
        const auto violations = ProgramRuleChecker(database->connection()).checkAll();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.isEmpty() ? QString() : violations.first().message));
    }

    void findsACompanyInTwoConsortia()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        SqliteConnection &db = database->connection();
        // Another tool, without our triggers, could still write this.
        db.execute(QStringLiteral(
            "DROP TRIGGER membership_one_consortium_on_insert;"
            "INSERT INTO membership (consortium_id, organisation_id, role, joined_on, announced_on, source_id) "
            "VALUES ((SELECT id FROM consortium WHERE code = 'lg'), (SELECT id FROM organisation WHERE code = 'krafton'), "
            "        'participant', '2026-03-01', '2026-03-01', 1)"));
        const auto violations = ProgramRuleChecker(db).checkOneConsortiumRule();
        QCOMPARE(violations.size(), 1);
        QVERIFY2(violations.first().message.contains(QLatin1String("KRAFTON")), qPrintable(violations.first().message));
        QVERIFY(violations.first().message.contains(QLatin1String("skt")));
    }

    void findsUsageBeyondTheAllocation()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        SqliteConnection &db = database->connection();
        db.execute(QStringLiteral("UPDATE gpu_usage_daily SET gpu_hours = gpu_hours * 3 "
                                  "WHERE consortium_id = (SELECT id FROM consortium WHERE code = 'upstage') "
                                  "  AND day = (SELECT max(day) FROM gpu_usage_daily WHERE consortium_id = "
                                  "             (SELECT id FROM consortium WHERE code = 'upstage'))"));
        const auto violations = ProgramRuleChecker(db).checkGpuUsageWithinAllocation();
        QCOMPARE(rules(violations), QStringList{QStringLiteral("gpu-usage")});
        QVERIFY(violations.first().message.contains(QLatin1String("upstage")));
    }

    // Issue 13, item 9: a rollup that disagrees with the raw samples is found, per day, consortium, model.
    void findsARollupThatDisagreesWithTheSamples()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        SqliteConnection &db = database->connection();
        QVERIFY(ProgramRuleChecker(db).checkDailyRollup().isEmpty());
        db.execute(QStringLiteral("UPDATE gpu_usage_daily SET gpu_hours = gpu_hours + 0.5 "
                                  "WHERE day = (SELECT min(day) FROM gpu_usage_daily)"));
        db.execute(QStringLiteral("DELETE FROM gpu_usage_daily WHERE day = (SELECT max(day) FROM gpu_usage_daily)"));
        const auto violations = ProgramRuleChecker(db).checkDailyRollup();
        QVERIFY(violations.size() >= 2);
        for (const auto &violation : violations)
            QCOMPARE(violation.rule, QStringLiteral("gpu-rollup"));
        QVERIFY2(violations.first().message.contains(QLatin1String("repair-rollup")), qPrintable(violations.first().message));
        // Far too many differences are summarised rather than listed one by one.
        db.execute(QStringLiteral("DELETE FROM gpu_usage_daily"));
        QCOMPARE(ProgramRuleChecker(db).checkDailyRollup().size(), ProgramRuleChecker::MaxListedRollupDifferences + 1);
    }

    void findsDatesOutOfOrder()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        SqliteConnection &db = database->connection();
        db.execute(QStringLiteral("PRAGMA ignore_check_constraints = ON;"
                                  "UPDATE stage SET planned_end = '2025-01-01' WHERE code = 'application';"
                                  "UPDATE round_result SET published_on = '2025-01-01' WHERE id = 1;"
                                  "PRAGMA ignore_check_constraints = OFF;"));
        const auto violations = ProgramRuleChecker(db).checkDateOrder();
        QCOMPARE(violations.size(), 2);
        QVERIFY(violations.first().message.contains(QLatin1String("application")));
    }

    void findsAWrongSchemaVersion()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        database->connection().execute(QStringLiteral("PRAGMA user_version = 1"));
        QCOMPARE(rules(ProgramRuleChecker(database->connection()).checkSchemaVersion()),
                 QStringList{QStringLiteral("schema")});
    }
};

QTEST_GUILESS_MAIN(TestRuleChecker)
#include "tst_rule_checker.moc"
