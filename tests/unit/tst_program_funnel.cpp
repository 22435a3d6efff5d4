// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"
#include "TestSupport.h"
#include "domain/ProgramFunnel.h"
#include "store/ProgramRepository.h"

#include <QTest>

using namespace kai;
using namespace kai::domain;
using Step = ProgramFunnel::Step;
using State = ProgramFunnel::StepState;

namespace {
QString codeOf(const ProgramSnapshot &snapshot, qint64 consortiumId)
{
    const Consortium *c = snapshot.consortium(consortiumId);
    return c ? c->code : QString();
}

// "15 done, 10 done, <=5 planned" — one token per step, so a whole funnel compares in one line.
QString describe(const QVector<Step> &steps)
{
    QStringList parts;
    for (const Step &s : steps) {
        const QString state = s.state == State::Done ? QStringLiteral("done")
                              : s.state == State::Pending ? QStringLiteral("pending") : QStringLiteral("planned");
        parts << QStringLiteral("%1%2 %3").arg(s.isUpperBound ? QStringLiteral("<=") : QString()).arg(s.teamsAfter).arg(state);
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

class TestProgramFunnel : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;
    std::unique_ptr<store::Database> m_database;

    ProgramSnapshot snapshotOn(const QDate &date)
    {
        return store::ProgramRepository(m_database->sql()).loadSnapshot(date);
    }

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        m_sample = new test::SampleDatabase;
        m_database = m_sample->open(true);
        QVERIFY(m_database);
    }

    void cleanupTestCase()
    {
        m_database.reset();
        delete m_sample;
    }

    void countsFollowTheAsOfDate_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QString>("expected");
        QTest::newRow("2025-07-22 applications closed")
            << QDate(2025, 7, 22) << QStringLiteral("15 done, <=10 planned, <=5 planned, <=4 planned, <=3 planned, <=2 planned");
        QTest::newRow("2025-08-05 five selected")
            << QDate(2025, 8, 5) << QStringLiteral("15 done, 10 done, 5 done, <=4 planned, <=3 planned, <=2 planned");
        QTest::newRow("2026-01-16 after phase 1")
            << QDate(2026, 1, 16) << QStringLiteral("15 done, 10 done, 5 done, 3 done, <=3 planned, <=2 planned");
        QTest::newRow("2026-03-01 additional call")
            << QDate(2026, 3, 1)
            << QStringLiteral("15 done, 10 done, 5 done, 3 done, 4 done, <=3 planned, <=2 planned");
        QTest::newRow("2026-11-29 phase 2 pending")
            << QDate(2026, 11, 29)
            << QStringLiteral("15 done, 10 done, 5 done, 3 done, 4 done, <=3 pending, <=2 planned");
    }

    void countsFollowTheAsOfDate()
    {
        QFETCH(QDate, asOf);
        QFETCH(QString, expected);
        QCOMPARE(describe(ProgramFunnel::build(snapshotOn(asOf))), expected);
    }

    void exitsCarryTheirReasons()
    {
        const ProgramSnapshot snapshot = snapshotOn(QDate(2026, 3, 1));
        const QVector<Step> steps = ProgramFunnel::build(snapshot);
        const Step &document = steps[1];
        QCOMPARE(document.entrants, 15);
        QCOMPARE(document.exits.size(), 5);
        for (const auto &exit : document.exits)
            QCOMPARE(exit.reason, ExitReason::BelowCutLine);
        const Step &presentation = steps[2];
        QCOMPARE(presentation.exits.size(), 5);
        QCOMPARE(presentation.exits.first().reason, ExitReason::NotSelected);

        const Step &phaseOne = steps[3];
        QCOMPARE(phaseOne.exits.size(), 2);
        QHash<QString, ExitReason> reasons;
        for (const auto &exit : phaseOne.exits)
            reasons.insert(codeOf(snapshot, exit.consortiumId), exit.reason);
        QCOMPARE(reasons.value(QStringLiteral("naver")), ExitReason::FailedGate);
        QCOMPARE(reasons.value(QStringLiteral("ncai")), ExitReason::BelowCutLine);
    }

    void reentryCarriesItsRoute()
    {
        const ProgramSnapshot snapshot = snapshotOn(QDate(2026, 3, 1));
        const Step call = ProgramFunnel::build(snapshot)[4];
        QCOMPARE(call.kind, StageKind::AdditionalCall);
        QCOMPARE(call.entrants, 2);
        QCOMPARE(call.reentries.size(), 1);
        QCOMPARE(codeOf(snapshot, call.reentries.first().consortiumId), QStringLiteral("motif"));
        QCOMPARE(call.reentries.first().viaStageId, call.stageId);
        // Trillion Labs applied only to the call: not selected, but it never left the running.
        QVERIFY(call.exits.isEmpty());
        QCOMPARE(call.newApplicants.size(), 1);
        QCOMPARE(codeOf(snapshot, call.newApplicants.first()), QStringLiteral("trillion"));
    }

    void beforeAnyApplicationEverythingIsPlanned()
    {
        const QVector<Step> steps = ProgramFunnel::build(snapshotOn(QDate(2025, 6, 21)));
        QVERIFY(!steps.isEmpty());
        for (const Step &s : steps)
            QCOMPARE(s.state, State::Planned);
    }
};

KAI_GUILESS_TEST_MAIN_BOTH_ENGINES(TestProgramFunnel)
#include "tst_program_funnel.moc"
