// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"
#include "TestSupport.h"
#include "store/ProgramRuleChecker.h"
#include "store/SqliteConnection.h"
#include "store/VerifiedRules.h"
#include "import/GpuUsageImporter.h"

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
        const auto violations = ProgramRuleChecker(database->sql()).checkAll();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.isEmpty() ? QString() : violations.first().message));
    }

    void findsACompanyInTwoConsortia()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        SqlConnection &db = database->sql();
        // Another tool, without our triggers, could still write this.
        db.execute(
            kai::test::dropTriggerStatement(QStringLiteral("membership_one_consortium_on_insert"), QStringLiteral("membership"))
            + QStringLiteral("INSERT INTO membership (consortium_id, organisation_id, role, joined_on, announced_on, source_id) "
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
        SqlConnection &db = database->sql();
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
        SqlConnection &db = database->sql();
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

    // Issue 19: the quick check skips re-reading the usage rows only while the rules are recorded
    // as holding for the tables' current state; a change by another program brings back the scan.
    void quickCheckRelyOnlyOnVerifiedState_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("rule");
        QTest::newRow("usage changed") << "UPDATE gpu_usage SET gpu_hours = gpu_hours + 1 "
                                          "WHERE period_start = (SELECT min(period_start) FROM gpu_usage)"
                                       << "gpu-rollup";
        QTest::newRow("rollup changed") << "DELETE FROM gpu_usage_daily WHERE day = (SELECT min(day) FROM gpu_usage_daily)"
                                        << "gpu-rollup";
        QTest::newRow("parent deleted") << "DELETE FROM gpu_node WHERE id = (SELECT min(node_id) FROM gpu_usage)"
                                        << "foreign-key";
        QTest::newRow("usage key broken") << "UPDATE gpu_usage SET source_id = 999999 "
                                             "WHERE period_start = (SELECT min(period_start) FROM gpu_usage)"
                                          << "foreign-key";
    }

    void quickCheckRelyOnlyOnVerifiedState()
    {
        QFETCH(QString, sql);
        QFETCH(QString, rule);
        KAI_SQLITE_ONLY("the verified-rules record and a second program writing the file");
        kai::test::SampleDatabase sample;
        {
            auto database = sample.open(true);
            QVERIFY(VerifiedRules::holds(database->connection(), VerifiedRules::Rule::UsageForeignKeys));
            QVERIFY(VerifiedRules::holds(database->connection(), VerifiedRules::Rule::DailyRollup));
            QVERIFY(ProgramRuleChecker(database->sql(), ProgramRuleChecker::Depth::Quick).checkAll().isEmpty());
        }
        {
            // Another program: a bare connection without foreign-key enforcement.
            SqliteConnection other = SqliteConnection::open(sample.path(), SqliteConnection::OpenMode::ReadWrite);
            other.execute(QStringLiteral("PRAGMA foreign_keys = OFF"));
            other.execute(sql);
        }
        auto database = sample.open(true);
        const auto quick = ProgramRuleChecker(database->sql(), ProgramRuleChecker::Depth::Quick).checkAll();
        QVERIFY2(rules(quick).contains(rule), qPrintable(rules(quick).join(QLatin1Char(' '))));
        QCOMPARE(rules(quick), rules(ProgramRuleChecker(database->sql()).checkAll()));
    }

    void importKeepsTheRulesVerified()
    {
        KAI_SQLITE_ONLY("the GPU importer and the verified-rules record write files only");
        kai::test::SampleDatabase sample;
        const QString csv = kai::test::writeFile(sample.dirPath() + QStringLiteral("/usage.csv"),
                                                 "period_start,consortium,node,gpu_model,gpu_hours_used\n"
                                                 "2026-03-01T09:00,lg,lg-n001,B200,7.2\n"
                                                 "2026-03-02,upstage,,B200,180.5\n");
        auto database = sample.open();
        SqliteConnection &db = database->connection();
        QVERIFY(kai::import::GpuUsageImporter(db).importFile(csv).committed());
        QVERIFY(VerifiedRules::holds(db, VerifiedRules::Rule::UsageForeignKeys));
        QVERIFY(VerifiedRules::holds(db, VerifiedRules::Rule::DailyRollup));
        QVERIFY(ProgramRuleChecker(db).checkDailyRollup().isEmpty());
        QVERIFY(rules(ProgramRuleChecker(db).checkIntegrity()).isEmpty());
        // A rule that did not hold before an import is not recorded by it.
        db.execute(QStringLiteral("DELETE FROM content_verified"));
        const QString more = kai::test::writeFile(sample.dirPath() + QStringLiteral("/more.csv"),
                                                  "period_start,consortium,node,gpu_model,gpu_hours_used\n"
                                                  "2026-03-03,upstage,,B200,10\n");
        QVERIFY(kai::import::GpuUsageImporter(db).importFile(more).committed());
        QVERIFY(!VerifiedRules::holds(db, VerifiedRules::Rule::DailyRollup));
        // A full check on a writable connection records what it read in full.
        ProgramRuleChecker full(db);
        const auto violations = full.checkAll();
        full.recordVerified(violations);
        QVERIFY(VerifiedRules::holds(db, VerifiedRules::Rule::DailyRollup));
        QVERIFY(VerifiedRules::holds(db, VerifiedRules::Rule::UsageForeignKeys));
    }

    void findsDatesOutOfOrder()
    {
        KAI_SQLITE_ONLY("PRAGMA ignore_check_constraints");
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        SqlConnection &db = database->sql();
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
        KAI_SQLITE_ONLY("PRAGMA user_version");
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        database->sql().execute(QStringLiteral("PRAGMA user_version = 1"));
        QCOMPARE(rules(ProgramRuleChecker(database->sql()).checkSchemaVersion()),
                 QStringList{QStringLiteral("schema")});
    }
};

KAI_GUILESS_TEST_MAIN_BOTH_ENGINES(TestRuleChecker)
#include "tst_rule_checker.moc"
