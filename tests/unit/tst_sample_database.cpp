// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"
#include "TestSupport.h"
#include "domain/ProgramFigures.h"
#include "store/ProgramRepository.h"
#include "store/SqliteConnection.h"

#include <QTest>

using namespace kai::domain;
using namespace kai::store;

namespace {
const Consortium *byCode(const ProgramSnapshot &snapshot, const QString &code)
{
    for (const Consortium &consortium : snapshot.consortia) {
        if (consortium.code == code)
            return &consortium;
    }
    return nullptr;
}
} // namespace

class TestSampleDatabase : public QObject
{
    Q_OBJECT

private:
    kai::test::SampleDatabase *m_sample = nullptr;
    std::unique_ptr<Database> m_database;

    ProgramSnapshot at(int year, int month, int day)
    {
        return ProgramRepository(m_database->sql()).loadSnapshot(QDate(year, month, day));
    }

private slots:
    void initTestCase()
    {
        kai::test::enterTestMode();
        m_sample = new kai::test::SampleDatabase;
        m_database = m_sample->open(true);
    }

    void cleanupTestCase()
    {
        m_database.reset();
        delete m_sample;
    }

    void holdsTheProgramsPublicFacts()
    {
        SqlConnection &db = m_database->sql();
        QCOMPARE(kai::test::queryInt(db, QStringLiteral("SELECT count(*) FROM consortium WHERE applied_on = '2025-07-21'")), 15);
        QCOMPARE(kai::test::queryInt(db, QStringLiteral("SELECT count(*) FROM consortium")), 16);  // + Trillion Labs, Feb 2026
        QCOMPARE(kai::test::queryInt(db, QStringLiteral("SELECT count(*) FROM stage")), 11);
        QCOMPARE(kai::test::queryInt(db, QStringLiteral("SELECT target_relative_pct FROM program")), 95);
        QCOMPARE(kai::test::queryInt(db, QStringLiteral(
                     "SELECT count(*) FROM round_result r JOIN stage s ON s.id = r.stage_id "
                     "WHERE s.code = 'document-review' AND r.outcome = 'advanced'")),
                 10);
        QCOMPARE(kai::test::queryInt(db, QStringLiteral("SELECT count(*) FROM consortium c WHERE NOT EXISTS "
                                            "(SELECT 1 FROM membership m WHERE m.consortium_id = c.id AND m.role = 'lead')")),
                 0);
        QVERIFY(kai::test::queryInt(db, QStringLiteral("SELECT count(*) FROM organisation")) > 60);
    }

    void everyFigureNamesItsSource()
    {
        SqlConnection &db = m_database->sql();
        QCOMPARE(kai::test::queryInt(db, QStringLiteral("SELECT count(*) FROM source WHERE confidence = 'I'")), 1);
        // Day-by-day usage is never public: all of it is marked illustrative.
        QCOMPARE(kai::test::queryInt(db, QStringLiteral("SELECT count(*) FROM gpu_usage u JOIN source s ON s.id = u.source_id "
                                            "WHERE s.is_illustrative = 0")),
                 0);
        QVERIFY(kai::test::queryInt(db, QStringLiteral("SELECT count(*) FROM gpu_usage")) > 1000);
        // LG's phase-1 total is public; NAVER's is not.
        QCOMPARE(kai::test::queryInt(db, QStringLiteral(
                     "SELECT s.is_illustrative FROM round_result r JOIN source s ON s.id = r.total_source_id "
                     "JOIN consortium c ON c.id = r.consortium_id WHERE c.code = 'lg' AND r.total_score = 90.2")),
                 0);
        QCOMPARE(kai::test::queryInt(db, QStringLiteral(
                     "SELECT r.total_is_confidential FROM round_result r JOIN consortium c ON c.id = r.consortium_id "
                     "JOIN stage s ON s.id = r.stage_id WHERE c.code = 'naver' AND s.code = 'phase1-eval'")),
                 1);
    }

    // Issue 14: the sample states how certain each planned date is, and invents no announcement
    // date for a pending result.
    void plannedDatesSayHowCertainTheyAre()
    {
        SqlConnection &db = m_database->sql();
        QCOMPARE(kai::test::queryInt(db, QStringLiteral("SELECT planned_dates = 'disputed' FROM stage WHERE code = 'final-selection'")), 1);
        QCOMPARE(kai::test::queryInt(db, QStringLiteral("SELECT o.code = 'S61' FROM stage s JOIN source o ON o.id = s.other_source_id "
                                            "WHERE s.code = 'final-selection'")),
                 1);
        QCOMPARE(kai::test::queryInt(db, QStringLiteral("SELECT planned_dates = 'approximate' FROM stage WHERE code = 'phase2-eval'")), 1);
        QCOMPARE(kai::test::queryInt(db, QStringLiteral("SELECT planned_dates = 'stated' FROM stage WHERE code = 'presentation-review'")), 1);
        QCOMPARE(kai::test::queryInt(db, QStringLiteral("SELECT count(*) FROM round_result WHERE outcome = 'pending' "
                                            "AND published_on = '2026-08-14'")),
                 0);
        const ProgramSnapshot snapshot = at(2026, 11, 29);
        for (const Stage &stage : snapshot.stages) {
            if (stage.code == QLatin1String("final-selection"))
                QVERIFY(!stage.hasStatedDates());
        }
    }

    void july2025ShowsFifteenApplicantsAndNoSelections()
    {
        const ProgramSnapshot snapshot = at(2025, 7, 22);
        const ProgramFigures figures = ProgramFigures::compute(snapshot);
        QCOMPARE(figures.applied, 15);
        QCOMPARE(figures.everSelected, 0);
        QCOMPARE(figures.inCompetition, 0);
        for (const Consortium &consortium : snapshot.consortia)
            QCOMPARE(snapshot.statusOf(consortium.id), ConsortiumStatus::Applied);
    }

    void beforeTheCallNothingIsKnown()
    {
        const ProgramSnapshot snapshot = at(2025, 6, 25);
        QCOMPARE(snapshot.consortia.size(), 0);
        QVERIFY(!snapshot.stages.isEmpty());  // the plan was announced on 20 June
    }

    void fiveSelectedInAugust2025()
    {
        const ProgramSnapshot snapshot = at(2025, 8, 5);
        const ProgramFigures figures = ProgramFigures::compute(snapshot);
        QCOMPARE(figures.everSelected, 5);
        QCOMPARE(figures.inCompetition, 5);
        QCOMPARE(figures.eliminated, 10);
        QCOMPARE(snapshot.statusOf(byCode(snapshot, QStringLiteral("kakao"))->id), ConsortiumStatus::Eliminated);
        QCOMPARE(snapshot.statusOf(byCode(snapshot, QStringLiteral("upstage"))->id), ConsortiumStatus::Selected);
    }

    void phaseOneLeavesThreeWithReasons()
    {
        const ProgramSnapshot before = at(2026, 1, 14);
        QCOMPARE(ProgramFigures::compute(before).inCompetition, 5);  // announced on the 15th

        const ProgramSnapshot snapshot = at(2026, 1, 16);
        QCOMPARE(ProgramFigures::compute(snapshot).inCompetition, 3);
        const Consortium *naver = byCode(snapshot, QStringLiteral("naver"));
        const Consortium *ncai = byCode(snapshot, QStringLiteral("ncai"));
        QCOMPARE(snapshot.statusOf(naver->id), ConsortiumStatus::Eliminated);
        QCOMPARE(snapshot.resultsOf(naver->id).last()->exitReason, ExitReason::FailedGate);
        QCOMPARE(snapshot.resultsOf(ncai->id).last()->exitReason, ExitReason::BelowCutLine);
        QCOMPARE(snapshot.statusOf(byCode(snapshot, QStringLiteral("lg"))->id), ConsortiumStatus::Advanced);
    }

    void motifReentersThroughTheAdditionalCall()
    {
        const ProgramSnapshot august = at(2025, 8, 5);
        QCOMPARE(august.statusOf(byCode(august, QStringLiteral("motif"))->id), ConsortiumStatus::Eliminated);
        const ProgramSnapshot march = at(2026, 3, 1);
        QCOMPARE(march.statusOf(byCode(march, QStringLiteral("motif"))->id), ConsortiumStatus::Selected);
        QCOMPARE(ProgramFigures::compute(march).inCompetition, 4);
        QCOMPARE(ProgramFigures::compute(march).applied, 16);
    }

    void membershipsFollowTheAsOfDate()
    {
        const auto lgMembers = [](const ProgramSnapshot &snapshot) {
            const Consortium *lg = byCode(snapshot, QStringLiteral("lg"));
            int active = 0;
            for (const Membership *membership : snapshot.membershipsOf(lg->id))
                active += membership->activeOn(snapshot.asOf) ? 1 : 0;
            return active;
        };
        // Elice joined LG AI Research's consortium on 25 February 2026.
        QCOMPARE(lgMembers(at(2026, 3, 1)), lgMembers(at(2026, 2, 1)) + 1);
    }

    void phaseTwoIsPendingAndUnpublished()
    {
        const ProgramSnapshot snapshot = at(2026, 11, 29);
        int pending = 0;
        for (const RoundResult &result : snapshot.results)
            pending += result.outcome == Outcome::Pending ? 1 : 0;
        QCOMPARE(pending, 4);
        QCOMPARE(ProgramFigures::compute(snapshot).inCompetition, 4);
        QVERIFY(snapshot.containsIllustrativeData());
    }

    // A journalist's review found KRAFTON's speech model shown as SK Telecom's latest model and
    // Motif-3-Beta with a made-up day although its date and its programme link are unknown.
    void latestModelsAreTheConsortiaOwnProgrammeModels()
    {
        const ProgramSnapshot snapshot = at(2027, 6, 30);
        const ReleasedModel *skt = snapshot.latestModelOf(byCode(snapshot, QStringLiteral("skt"))->id);
        QVERIFY(skt);
        QCOMPARE(skt->name, QStringLiteral("A.X K2"));
        QCOMPARE(skt->releasedOn.toString(QStringLiteral("yyyy-MM")), QStringLiteral("2026-07"));
        QCOMPARE(snapshot.latestModelOf(byCode(snapshot, QStringLiteral("motif"))->id), nullptr);
        for (const ReleasedModel &model : snapshot.models)
            QVERIFY2(!model.name.contains(QStringLiteral("Raon")), qPrintable(model.name));
    }

    // Trust review: every date the facts give only to the month is marked so (FACTS section 8 and
    // the source list), the phase-1 evaluation's plan ("December") is known only by its month, and
    // EXAONE 4.5, which no source calls a programme deliverable, is LG's own release.
    void monthOnlyFactsAreMarkedAsMonths()
    {
        SqlConnection &connection = m_database->sql();
        struct
        {
            SqlConnection &connection;
            QString queryText(const QString &sql)
            {
                SqlQuery query = connection.query(sql);
                return query.step() ? query.columnText(0) : QString();
            }
        } db{connection};
        // The engines name their string aggregate differently.
        const QString concat = kai::test::testsOnServer() ? QStringLiteral("string_agg(code, ',')")
                                                          : QStringLiteral("group_concat(code, ',')");
        QCOMPARE(db.queryText(QStringLiteral("SELECT %1 FROM (SELECT code FROM source "
                                             "WHERE published_precision = 'month' ORDER BY id) s").arg(concat)),
                 QStringLiteral("S4,S6,S28,S29b,S60,S63d"));
        QCOMPARE(db.queryText(QStringLiteral("SELECT %1 FROM (SELECT code FROM released_model "
                                             "WHERE released_precision = 'month' ORDER BY id) m").arg(concat)),
                 QStringLiteral("ax-k2,solar-open-100b,hyperclovax-seed-32b-think,hyperclovax-seed-8b-omni,vaetki"));
        QCOMPARE(db.queryText(QStringLiteral("SELECT %1 FROM released_model WHERE is_programme_output = 0").arg(concat)),
                 QStringLiteral("exaone-4-5-33b"));
        const ProgramSnapshot snapshot = at(2026, 1, 31);
        for (const Stage &stage : snapshot.stages) {
            if (stage.code == QLatin1String("phase1-eval"))
                QCOMPARE(stage.plannedPrecision(), DatePrecision::Month);
        }
    }

    // Which phase-1 team got SK Telecom's B200s and which NAVER Cloud's H100s is not published (S15).
    void phaseOneGpusClaimNoModelPerTeam()
    {
        const ProgramSnapshot snapshot = at(2025, 9, 1);
        int phaseOne = 0;
        for (const GpuAllocation &allocation : snapshot.allocations) {
            if (allocation.periodStart != QDate(2025, 8, 4))
                continue;
            ++phaseOne;
            QCOMPARE(allocation.gpuModelCode, QStringLiteral("B200 or 2×H100"));
            QCOMPARE(allocation.gpuCount * allocation.h100Equivalent, 1024.0);
            QCOMPARE(allocation.providerCode, QStringLiteral("undisclosed"));
        }
        QCOMPARE(phaseOne, 3);
    }

    void theSampleIsDeterministic()
    {
        kai::test::SampleDatabase other;
        auto database = other.open(true);
        const auto usageSum = [](SqlConnection &db) {
            return kai::test::queryInt(db, QStringLiteral("SELECT CAST(SUM(gpu_hours) * 1000 AS BIGINT) FROM gpu_usage"));
        };
        QCOMPARE(usageSum(database->sql()), usageSum(m_database->sql()));
    }
};

KAI_GUILESS_TEST_MAIN_BOTH_ENGINES(TestSampleDatabase)
#include "tst_sample_database.moc"
