// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"
#include "TestSupport.h"
#include "store/SqliteConnection.h"
#include "store/StoreError.h"

#include <QTest>

using namespace kai::store;

namespace {
// Inserts a membership by codes; returns the error message, or an empty string on success.
QString addMember(SqlConnection &db, const QString &consortium, const QString &organisation,
                  const QString &joined, const QString &left = {})
{
    try {
        db.query(QStringLiteral(
                       "INSERT INTO membership (consortium_id, organisation_id, role, joined_on, left_on, announced_on, source_id) "
                       "VALUES ((SELECT id FROM consortium WHERE code = ?1), (SELECT id FROM organisation WHERE code = ?2), "
                       "        'participant', ?3, ?4, ?3, 1)"))
            .bind(1, consortium)
            .bind(2, organisation)
            .bind(3, joined)
            .bind(4, left)
            .run();
        return {};
    } catch (const StoreError &error) {
        return error.message();
    }
}

QString executeError(SqlConnection &db, const QString &sql)
{
    try {
        db.execute(sql);
        return {};
    } catch (const StoreError &error) {
        return error.message();
    }
}
} // namespace

class TestSchemaConstraints : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { kai::test::enterTestMode(); }

    void aCompanyCannotJoinASecondConsortiumAtTheSameTime()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        SqlConnection &db = database->sql();
        // KRAFTON is in SK Telecom's consortium from 2025.
        const QString error = addMember(db, QStringLiteral("lg"), QStringLiteral("krafton"), QStringLiteral("2026-03-01"));
        QVERIFY2(error.contains(QLatin1String("one-consortium rule")), qPrintable(error));
        // And not by turning an existing LG membership into KRAFTON's either.
        const QString moved = executeError(
            db, QStringLiteral("UPDATE membership SET organisation_id = (SELECT id FROM organisation WHERE code = 'krafton') "
                               "WHERE organisation_id = (SELECT id FROM organisation WHERE code = 'lg-uplus')"));
        QVERIFY2(moved.contains(QLatin1String("one-consortium rule")), qPrintable(moved));
    }

    void aCompanyMayJoinAnotherConsortiumAfterLeaving()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        // NAVER's members left on 2026-01-15 when the consortium was eliminated.
        QCOMPARE(addMember(database->sql(), QStringLiteral("lg"), QStringLiteral("twelve-labs"),
                           QStringLiteral("2026-03-01")),
                 QString());
        // ...but not backdated into the period it was still with NAVER.
        QVERIFY(!addMember(database->sql(), QStringLiteral("upstage"), QStringLiteral("twelve-labs"),
                           QStringLiteral("2025-12-01"), QStringLiteral("2026-02-01"))
                     .isEmpty());
    }

    void universitiesMayTakePartInSeveralConsortia()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        QCOMPARE(addMember(database->sql(), QStringLiteral("lg"), QStringLiteral("kaist"),
                           QStringLiteral("2026-03-01")),
                 QString());
        // ...but not twice in the same consortium at once.
        QVERIFY(!addMember(database->sql(), QStringLiteral("lg"), QStringLiteral("kaist"),
                           QStringLiteral("2026-04-01"))
                     .isEmpty());
    }

    void invalidValuesAreRejected_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("impossible date") << QStringLiteral(
            "UPDATE stage SET planned_start = '2025-02-30' WHERE code = 'briefing'");
        QTest::newRow("date not ISO") << QStringLiteral("UPDATE stage SET planned_start = '25-8-4' WHERE code = 'briefing'");
        QTest::newRow("stage ends before it starts") << QStringLiteral(
            "UPDATE stage SET planned_end = '2025-01-01' WHERE code = 'application'");
        QTest::newRow("eliminated without reason") << QStringLiteral(
            "UPDATE round_result SET exit_reason = NULL WHERE outcome = 'eliminated'");
        QTest::newRow("unknown outcome") << QStringLiteral("UPDATE round_result SET outcome = 'won'");
        QTest::newRow("unknown organisation kind") << QStringLiteral("UPDATE organisation SET kind = 'club'");
        QTest::newRow("negative GPU count") << QStringLiteral("UPDATE gpu_allocation SET gpu_count = -1");
        QTest::newRow("utilisation over 100") << QStringLiteral("UPDATE gpu_usage SET utilization_pct = 101");
        QTest::newRow("negative GPU-hours") << QStringLiteral("UPDATE gpu_usage SET gpu_hours = -1");
        QTest::newRow("target over 100 %") << QStringLiteral("UPDATE program SET target_relative_pct = 120");
        QTest::newRow("dangling consortium") << QStringLiteral("UPDATE membership SET consortium_id = 9999");
        QTest::newRow("result published before evaluated") << QStringLiteral(
            "UPDATE round_result SET published_on = '2020-01-01'");
        QTest::newRow("funding year out of range") << QStringLiteral("UPDATE funding SET year = 2031");
        QTest::newRow("total without its source") << QStringLiteral(
            "UPDATE round_result SET total_source_id = NULL WHERE total_score IS NOT NULL");
    }

    void invalidValuesAreRejected()
    {
        QFETCH(QString, sql);
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        QVERIFY2(!executeError(database->sql(), sql).isEmpty(), qPrintable(sql));
    }
};

KAI_GUILESS_TEST_MAIN_BOTH_ENGINES(TestSchemaConstraints)
#include "tst_schema_constraints.moc"
