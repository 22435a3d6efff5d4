// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: every kind of edit applies, undoes and redoes exactly (same logical checksum), writes
// its change-log rows, refuses every rule with its message and writes nothing then.
#include "TestEngine.h"
#include "TestSupport.h"
#include "DashboardState.h"
#include "edit/ConsortiumEdits.h"
#include "edit/EditContext.h"
#include "edit/EditSession.h"
#include "edit/GpuEdits.h"
#include "edit/RoundEdits.h"
#include "edit/TimelineEdits.h"
#include "store/ChangeLog.h"
#include "store/Database.h"
#include "store/DatabaseFingerprint.h"
#include "store/SqliteConnection.h"

#include <QTest>
#include <QUndoStack>

using namespace kai;
using namespace kai::edit;
using store::FactKind;

namespace {
QByteArray checksum(store::Database &database)
{
    return store::DatabaseFingerprint(database.sql()).sha256();
}

qint64 logRows(store::Database &database, const QString &action = {})
{
    return test::queryInt(database.sql(), action.isEmpty()
        ? QStringLiteral("SELECT count(*) FROM change_log")
        : QStringLiteral("SELECT count(*) FROM change_log WHERE action = '%1'").arg(action));
}

qint64 idOf(store::Database &database, FactKind kind, const QString &code)
{
    return store::FactStore(database.sql()).idOfCode(kind, code).value_or(0);
}

SourceChoice sourceCalled(store::Database &database, const QString &code)
{
    return {idOf(database, FactKind::Source, code), std::nullopt};
}

QString problemsText(const EditProblems &problems)
{
    QStringList lines;
    for (const EditProblem &problem : problems)
        lines << problem.field + QStringLiteral(": ") + problem.message;
    return lines.join(QLatin1Char('\n'));
}

RoundResultsForm phaseTwoResults(store::Database &database)
{
    EditContext context(database);
    RoundResultsForm form = RecordRoundResultsCommand::formFor(context, idOf(database, FactKind::Stage, QStringLiteral("phase2-eval")));
    form.evaluatedOn = QDate(2026, 8, 14);
    form.announcedOn = QDate(2026, 8, 20);
    int rank = 1;
    for (TeamResultForm &team : form.teams) {
        team.rank = rank;
        team.outcome = rank <= 3 ? TeamOutcome::Advanced : TeamOutcome::BelowCutLine;
        ++rank;
    }
    return form;
}
} // namespace

class TestEditCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SampleDatabase> m_sample;
    std::unique_ptr<store::Database> m_db;

    // Apply, undo, redo: checksums and change-log rows as expected at each step.
    void exercise(EditCommand &command, const char *kind)
    {
        const QByteArray before = checksum(*m_db);
        const qint64 rowsBefore = logRows(*m_db);
        const EditProblems problems = command.apply(*m_db);
        QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
        const QByteArray after = checksum(*m_db);
        QVERIFY(after != before);
        const qint64 rowsApplied = logRows(*m_db);
        QVERIFY(rowsApplied > rowsBefore);
        QCOMPARE(test::queryInt(m_db->sql(),
                     QStringLiteral("SELECT count(*) FROM change_log WHERE id > %1 AND (action <> 'edit' OR summary <> '%2')")
                         .arg(rowsBefore).arg(command.text().replace(QLatin1Char('\''), QStringLiteral("''")))),
                 0);
        QVERIFY2(test::queryInt(m_db->sql(), QStringLiteral("SELECT count(*) FROM change_log WHERE id > %1 AND kind = '%2'")
                                                 .arg(rowsBefore).arg(QLatin1String(kind))) > 0,
                 kind);
        QCOMPARE(test::queryInt(m_db->sql(), QStringLiteral("SELECT count(DISTINCT batch) FROM change_log WHERE id > %1").arg(rowsBefore)), 1);

        command.undo();
        QVERIFY(!command.isObsolete());
        QCOMPARE(checksum(*m_db), before);
        // The undo logs the same fields with old and new swapped.
        QCOMPARE(logRows(*m_db), rowsApplied + (rowsApplied - rowsBefore));
        QCOMPARE(test::queryInt(m_db->sql(), QStringLiteral("SELECT count(*) FROM change_log WHERE id > %1 AND action = 'undo'").arg(rowsApplied)),
                 rowsApplied - rowsBefore);

        command.redo();
        QVERIFY(!command.isObsolete());
        QCOMPARE(checksum(*m_db), after);
        QCOMPARE(logRows(*m_db, QStringLiteral("redo")) > 0, true);
        if (!test::testsOnServer())  // a server checks its foreign keys on every statement
            QCOMPARE(test::queryInt(m_db->sql(), QStringLiteral("PRAGMA foreign_key_check")), 0);
    }

    // The command is refused with a message on the field, and nothing is written.
    void expectRefused(EditCommand &command, const QString &field, const QString &fragment)
    {
        const QByteArray before = checksum(*m_db);
        const qint64 rows = logRows(*m_db);
        const EditProblems problems = command.apply(*m_db);
        const QString message = problemFor(problems, field);
        QVERIFY2(message.contains(fragment, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("expected '%1' on '%2', got:\n%3").arg(fragment, field, problemsText(problems))));
        QCOMPARE(checksum(*m_db), before);
        QCOMPARE(logRows(*m_db), rows);
        QVERIFY(!command.isApplied());
    }

private slots:
    void initTestCase() { test::enterTestMode(); }

    void init()
    {
        m_sample = std::make_unique<test::SampleDatabase>();
        m_db = m_sample->open();
    }

    void cleanup()
    {
        m_db.reset();
        m_sample.reset();
    }

    void recordsAPhaseTwoResultForEveryTeam()
    {
        RecordRoundResultsCommand command(phaseTwoResults(*m_db));
        command.setSource(sourceCalled(*m_db, QStringLiteral("S61")));
        command.setReason(QStringLiteral("announced by the ministry"));
        exercise(command, "round_result");
        QCOMPARE(test::queryInt(m_db->sql(), QStringLiteral(
                     "SELECT count(*) FROM round_result r JOIN stage s ON s.id = r.stage_id "
                     "WHERE s.code = 'phase2-eval' AND r.outcome = 'advanced'")), 3);
        QCOMPARE(test::queryInt(m_db->sql(), QStringLiteral(
                     "SELECT count(*) FROM change_log WHERE kind = 'round_result' AND field = 'rank' "
                     "AND fact_key = 'phase2-eval/upstage' AND reason = 'announced by the ministry'")), 3);  // edit, undo, redo
    }

    void recordsScoresAgainstTheRoundsCriteria()
    {
        EditContext context(*m_db);
        const qint64 phaseOne = idOf(*m_db, FactKind::Stage, QStringLiteral("phase1-eval"));
        RoundResultsForm form = RecordRoundResultsCommand::formFor(context, phaseOne);
        QVERIFY(!form.teams.isEmpty());
        const QVector<domain::Criterion> criteria = context.criteriaOf(phaseOne);
        // A new score (insert), a changed one (update) and a cleared one (delete) in one command.
        TeamResultForm &team = form.teams.first();
        QVERIFY(!team.scores.isEmpty());
        const qint64 cleared = team.scores.begin().key();
        team.scores[cleared] = {};
        for (const domain::Criterion &criterion : criteria) {
            if (!criterion.isGate && criterion.id != cleared) {
                team.scores[criterion.id].points = 1.5;
            }
        }
        team.total = 77.5;
        RecordRoundResultsCommand command(form);
        command.setSource(sourceCalled(*m_db, QStringLiteral("S39")));
        exercise(command, "criterion_score");
    }

    void addsOrganisationsConsortiaAndMembers()
    {
        OrganisationForm organisation{0, QStringLiteral("new-lab"), QStringLiteral("새연구소"), QStringLiteral("New Lab"),
                                      domain::OrganisationKind::StartupSme, {}};
        SaveOrganisationCommand addOrganisation(organisation);
        addOrganisation.setSource(sourceCalled(*m_db, QStringLiteral("S12")));
        exercise(addOrganisation, "organisation");

        const qint64 labId = idOf(*m_db, FactKind::Organisation, QStringLiteral("new-lab"));
        AddConsortiumCommand addConsortium({QStringLiteral("new-team"), QStringLiteral("새 컨소시엄"), QStringLiteral("New team"),
                                            labId, QDate(2026, 9, 1), QDate(2026, 9, 2)});
        addConsortium.setSource(sourceCalled(*m_db, QStringLiteral("S12")));
        exercise(addConsortium, "consortium");
        QCOMPARE(test::queryInt(m_db->sql(), QStringLiteral(
                     "SELECT count(*) FROM membership m JOIN consortium c ON c.id = m.consortium_id "
                     "WHERE c.code = 'new-team' AND m.role = 'lead'")), 1);

        EditContext context(*m_db);
        const qint64 upstageOrg = idOf(*m_db, FactKind::Organisation, QStringLiteral("upstage"));
        OrganisationForm rename{upstageOrg, QStringLiteral("upstage"), QStringLiteral("업스테이지"), QStringLiteral("Upstage AI"),
                                domain::OrganisationKind::StartupSme, context.read(FactKind::Organisation, upstageOrg)};
        SaveOrganisationCommand edit(rename);
        edit.setSource(sourceCalled(*m_db, QStringLiteral("S8")));
        exercise(edit, "organisation");
    }

    void membersJoinAndLeave()
    {
        const qint64 upstage = idOf(*m_db, FactKind::Consortium, QStringLiteral("upstage"));
        OrganisationForm organisation{0, QStringLiteral("joiner"), QStringLiteral("조이너"), QStringLiteral("Joiner"),
                                      domain::OrganisationKind::University, {}};
        SaveOrganisationCommand add(organisation);
        add.setSource(sourceCalled(*m_db, QStringLiteral("S12")));
        QVERIFY(add.apply(*m_db).isEmpty());
        const qint64 joiner = idOf(*m_db, FactKind::Organisation, QStringLiteral("joiner"));
        MemberJoinsCommand join({upstage, joiner, domain::MembershipRole::Participant, QDate(2026, 3, 1), QDate(2026, 3, 2)},
                                QStringLiteral("Joiner"), QStringLiteral("Upstage"));
        join.setSource(sourceCalled(*m_db, QStringLiteral("S12")));
        exercise(join, "membership");

        const qint64 nota = idOf(*m_db, FactKind::Organisation, QStringLiteral("nota-ai"));
        const QVector<qint64> memberships = store::FactStore(m_db->sql()).idsWhere(FactKind::Membership, QStringLiteral("organisation_id"), nota);
        QVERIFY(!memberships.isEmpty());
        EditContext context(*m_db);
        MemberLeavesCommand leave({memberships.first(), QDate(2026, 6, 1), context.read(FactKind::Membership, memberships.first())},
                                  QStringLiteral("Nota AI"));
        leave.setSource(sourceCalled(*m_db, QStringLiteral("S12")));
        exercise(leave, "membership");
    }

    void recordsAModelRelease()
    {
        AddReleaseCommand command({idOf(*m_db, FactKind::Consortium, QStringLiteral("upstage")), QStringLiteral("solar-next"),
                                   QStringLiteral("Solar Next"), 120.0, 12.0, QDate(2026, 9, 1), QDate(2026, 9, 1),
                                   QStringLiteral("apache-2.0")});
        command.setSource(sourceCalled(*m_db, QStringLiteral("S63i")));
        exercise(command, "released_model");
    }

    // Trust review: a release or source known only to the month is stored as that month (its first
    // day, marked 'month'), and a company's own release can be recorded as such.
    void keepsTheDatePrecisionTheUserChose()
    {
        ReleaseForm form{idOf(*m_db, FactKind::Consortium, QStringLiteral("lg")), QStringLiteral("exaone-5"),
                         QStringLiteral("EXAONE 5"), std::nullopt, std::nullopt, QDate(2026, 10, 17), QDate(2026, 10, 20),
                         QString()};
        form.releasedPrecision = domain::DatePrecision::Month;
        form.isProgrammeOutput = false;
        AddReleaseCommand release(form);
        SourceForm source{QString(), QStringLiteral("LG blog"), QStringLiteral("LG"), QString(), QDate(2026, 10, 17),
                          QStringLiteral("S")};
        source.publishedPrecision = domain::DatePrecision::Month;
        release.setSource({0, source});
        exercise(release, "released_model");
        QCOMPARE(test::queryInt(m_db->sql(), QStringLiteral(
                     "SELECT count(*) FROM released_model WHERE code = 'exaone-5' AND released_on = '2026-10-01' "
                     "AND released_precision = 'month' AND is_programme_output = 0")), 1);
        QCOMPARE(test::queryInt(m_db->sql(), QStringLiteral(
                     "SELECT count(*) FROM source WHERE title = 'LG blog' AND published_on = '2026-10-01' "
                     "AND published_precision = 'month'")), 1);
    }

    void addsStagesAndMovesTheirDates()
    {
        AddStageCommand add({QStringLiteral("phase3-eval"), domain::StageKind::EvaluationRound, QStringLiteral("3차 단계평가"),
                             QStringLiteral("Phase-3 evaluation"), QDate(2027, 6, 1), QDate(2027, 6, 30),
                             QDate(2026, 11, 1), true});
        add.setSource(sourceCalled(*m_db, QStringLiteral("S61")));
        exercise(add, "stage");

        EditContext context(*m_db);
        const qint64 stage = idOf(*m_db, FactKind::Stage, QStringLiteral("phase2-eval"));
        StageDatesForm dates{stage, QDate(2026, 9, 1), QDate(2026, 9, 15), {}, {}, {}, context.read(FactKind::Stage, stage)};
        ChangeStageDatesCommand move(dates, QStringLiteral("Phase-2 evaluation"));
        move.setSource(sourceCalled(*m_db, QStringLiteral("S61")));
        exercise(move, "stage");
        QVERIFY(move.text().startsWith(QLatin1String("change the dates")));

        EditContext later(*m_db);
        ChangeStageDatesCommand announce(ChangeStageDatesCommand::markAnnounced(later.read(FactKind::Stage, stage), stage, QDate(2026, 9, 20)),
                                         QStringLiteral("Phase-2 evaluation"));
        announce.setSource(sourceCalled(*m_db, QStringLiteral("S61")));
        QVERIFY(announce.text().startsWith(QLatin1String("mark")));
        exercise(announce, "stage");
        QCOMPARE(test::queryInt(m_db->sql(), QStringLiteral("SELECT count(*) FROM stage WHERE code = 'phase2-eval' AND actual_announced_on = '2026-09-20'")), 1);
    }

    // Schema version 8: an actual start known only as "December" is stored as its first day marked
    // 'month', and marking a stage planned only by its months announced keeps its start a month.
    void keepsTheActualStartPrecision()
    {
        EditContext context(*m_db);
        const qint64 stage = idOf(*m_db, FactKind::Stage, QStringLiteral("phase2-eval"));
        StageDatesForm dates{stage, QDate(2026, 8, 3), QDate(2026, 8, 14), QDate(2026, 8, 10), QDate(2026, 8, 28),
                             QDate(2026, 8, 28), context.read(FactKind::Stage, stage)};
        dates.actualStartPrecision = domain::DatePrecision::Month;
        ChangeStageDatesCommand move(dates, QStringLiteral("Phase-2 evaluation"));
        move.setSource(sourceCalled(*m_db, QStringLiteral("S61")));
        exercise(move, "stage");
        QCOMPARE(test::queryInt(m_db->sql(), QStringLiteral(
                     "SELECT count(*) FROM stage WHERE code = 'phase2-eval' AND actual_start = '2026-08-01' "
                     "AND actual_start_precision = 'month'")), 1);
        move.undo();
        QCOMPARE(test::queryInt(m_db->sql(), QStringLiteral(
                     "SELECT count(*) FROM stage WHERE code = 'phase2-eval' AND actual_start IS NULL "
                     "AND actual_start_precision = 'day'")), 1);

        // phase2-eval is planned as "early August" (approximate): its announced start is a month.
        EditContext later(*m_db);
        const StageDatesForm announced =
            ChangeStageDatesCommand::markAnnounced(later.read(FactKind::Stage, stage), stage, QDate(2026, 8, 20));
        QCOMPARE(announced.actualStartPrecision, domain::DatePrecision::Month);
        const qint64 stated = idOf(*m_db, FactKind::Stage, QStringLiteral("document-review"));
        QCOMPARE(ChangeStageDatesCommand::markAnnounced(later.read(FactKind::Stage, stated), stated, QDate(2025, 7, 25))
                     .actualStartPrecision,
                 domain::DatePrecision::Day);
    }

    void definesARoundsCriteria()
    {
        EditContext context(*m_db);
        const qint64 stage = idOf(*m_db, FactKind::Stage, QStringLiteral("phase2-eval"));
        RoundCriteriaForm form = DefineRoundCriteriaCommand::formFor(context, stage);
        QVERIFY(form.criteria.isEmpty());
        form.criteria = {{0, QStringLiteral("benchmark"), QStringLiteral("벤치마크"), QStringLiteral("Benchmarks"), 60.0, false, {}},
                         {0, QStringLiteral("expert"), QStringLiteral("전문가"), QStringLiteral("Experts"), 40.0, false, {}},
                         {0, QStringLiteral("gate"), QStringLiteral("독자성"), QStringLiteral("Independence"), std::nullopt, true, {}}};
        DefineRoundCriteriaCommand command(form);
        command.setSource(sourceCalled(*m_db, QStringLiteral("S56")));
        exercise(command, "criterion");

        // Changing a weight of the phase-1 criteria (an update).
        EditContext again(*m_db);
        RoundCriteriaForm phaseOne = DefineRoundCriteriaCommand::formFor(again, idOf(*m_db, FactKind::Stage, QStringLiteral("phase1-eval")));
        for (CriterionForm &criterion : phaseOne.criteria) {
            if (criterion.code == QLatin1String("user"))
                criterion.maxPoints = 30.0;
        }
        DefineRoundCriteriaCommand reweigh(phaseOne);
        reweigh.setSource(sourceCalled(*m_db, QStringLiteral("S38")));
        exercise(reweigh, "criterion");
    }

    void addsAndEndsGpuAllocations()
    {
        store::FactStore facts(m_db->sql());
        const qint64 upstage = idOf(*m_db, FactKind::Consortium, QStringLiteral("upstage"));
        AddAllocationCommand add({upstage, facts.providers().first().id, facts.gpuModels().first().id, 256,
                                  QDate(2026, 9, 1), QDate(2026, 12, 31), QDate(2026, 8, 25)},
                                 QStringLiteral("Upstage"));
        add.setSource(sourceCalled(*m_db, QStringLiteral("S50")));
        exercise(add, "gpu_allocation");

        const qint64 allocation = facts.idsWhere(FactKind::GpuAllocation, QStringLiteral("consortium_id"), upstage).first();
        EditContext context(*m_db);
        EndAllocationCommand end({allocation, QDate(2025, 11, 30), context.read(FactKind::GpuAllocation, allocation)},
                                 QStringLiteral("Upstage"));
        end.setSource(sourceCalled(*m_db, QStringLiteral("S14")));
        exercise(end, "gpu_allocation");
    }

    // "About 768" and "none allocated" are what sources say: the form records the count's precision,
    // and a published "none" as 0 GPUs without provider or model; the change log names both.
    void addsApproximateAndNoneAllocatedGpuAllocations()
    {
        store::FactStore facts(m_db->sql());
        const qint64 kt = idOf(*m_db, FactKind::Consortium, QStringLiteral("kt"));
        AllocationForm about{kt, facts.providers().first().id, facts.gpuModels().first().id, 768,
                             QDate(2026, 9, 1), QDate(2026, 12, 31), QDate(2026, 8, 25)};
        about.approximate = true;
        AddAllocationCommand addAbout(about, QStringLiteral("KT"));
        addAbout.setSource(sourceCalled(*m_db, QStringLiteral("S50")));
        exercise(addAbout, "gpu_allocation");
        QCOMPARE(test::queryInt(m_db->sql(), QStringLiteral(
                     "SELECT count(*) FROM gpu_allocation WHERE consortium_id = %1 AND count_precision = 'approximate'").arg(kt)), 1);
        QCOMPARE(test::queryInt(m_db->sql(), QStringLiteral(
                     "SELECT count(*) FROM change_log WHERE kind = 'gpu_allocation' AND field = 'count_precision' "
                     "AND new_value = 'approximate'")) > 0, true);

        AllocationForm none{kt, 0, 0, 0, QDate(2027, 1, 1), QDate(2027, 6, 30), QDate(2026, 8, 25)};
        none.noneAllocated = true;
        AddAllocationCommand addNone(none, QStringLiteral("KT"));
        addNone.setSource(sourceCalled(*m_db, QStringLiteral("S50")));
        exercise(addNone, "gpu_allocation");
        QCOMPARE(test::queryInt(m_db->sql(), QStringLiteral(
                     "SELECT count(*) FROM gpu_allocation WHERE consortium_id = %1 AND gpu_count = 0 "
                     "AND provider_id IS NULL AND gpu_model_id IS NULL").arg(kt)), 1);

        // A count of 0 that is not "none allocated" is refused, as before.
        AddAllocationCommand zero({kt, facts.providers().first().id, facts.gpuModels().first().id, 0, QDate(2026, 9, 1),
                                   QDate(2026, 12, 31), QDate(2026, 8, 25)},
                                  QStringLiteral("KT"));
        zero.setSource(sourceCalled(*m_db, QStringLiteral("S50")));
        expectRefused(zero, QStringLiteral("gpuCount"), QStringLiteral("None allocated"));
    }

    void addsSourcesAloneOrWithTheirFact()
    {
        AddSourceCommand source({QStringLiteral("과기정통부 보도자료"), QStringLiteral("MSIT press release"),
                                 QStringLiteral("MSIT"), QStringLiteral("https://www.msit.go.kr/"), QDate(2026, 8, 20),
                                 QStringLiteral("C")});
        exercise(source, "source");
        QCOMPARE(test::queryInt(m_db->sql(), QStringLiteral("SELECT count(*) FROM source WHERE publisher = 'MSIT' AND title_ko = '과기정통부 보도자료'")), 1);

        RecordRoundResultsCommand results(phaseTwoResults(*m_db));
        results.setSource({0, SourceForm{QString(), QStringLiteral("Ministry announcement of the phase-2 result"),
                                         QStringLiteral("MSIT"), QString(), QDate(2026, 8, 20), QStringLiteral("C")}});
        exercise(results, "source");
        QCOMPARE(test::queryInt(m_db->sql(), QStringLiteral(
                     "SELECT count(DISTINCT r.source_id) FROM round_result r JOIN source s ON s.id = r.source_id "
                     "WHERE s.title = 'Ministry announcement of the phase-2 result'")), 1);
    }

    void refusesDatesOutOfOrder()
    {
        store::FactStore facts(m_db->sql());
        AddAllocationCommand command({idOf(*m_db, FactKind::Consortium, QStringLiteral("upstage")), facts.providers().first().id,
                                      facts.gpuModels().first().id, 8, QDate(2026, 9, 1), QDate(2026, 8, 1), QDate(2026, 8, 1)},
                                     QStringLiteral("Upstage"));
        command.setSource(sourceCalled(*m_db, QStringLiteral("S50")));
        expectRefused(command, QStringLiteral("periodEnd"), QStringLiteral("on or after"));
    }

    void refusesACompanyInTwoConsortiaNamingTheOther()
    {
        MemberJoinsCommand command({idOf(*m_db, FactKind::Consortium, QStringLiteral("lg")),
                                    idOf(*m_db, FactKind::Organisation, QStringLiteral("nota-ai")),
                                    domain::MembershipRole::Participant, QDate(2026, 1, 1), QDate(2026, 1, 1)},
                                   QStringLiteral("Nota AI"), QStringLiteral("LG"));
        command.setSource(sourceCalled(*m_db, QStringLiteral("S12")));
        expectRefused(command, QStringLiteral("joinedOn"), QStringLiteral("Upstage consortium"));
    }

    void refusesAScoreAboveTheCriterionMaximum()
    {
        EditContext context(*m_db);
        const qint64 phaseOne = idOf(*m_db, FactKind::Stage, QStringLiteral("phase1-eval"));
        RoundResultsForm form = RecordRoundResultsCommand::formFor(context, phaseOne);
        qint64 expert = 0;
        for (const domain::Criterion &criterion : context.criteriaOf(phaseOne)) {
            if (criterion.code == QLatin1String("expert"))
                expert = criterion.id;
        }
        form.teams.first().scores[expert].points = 40.0;
        RecordRoundResultsCommand command(form);
        command.setSource(sourceCalled(*m_db, QStringLiteral("S39")));
        expectRefused(command, QStringLiteral("score:%1:%2").arg(form.teams.first().consortiumId).arg(expert),
                      QStringLiteral("above the maximum of 35"));
    }

    void refusesTwoTeamsWithTheSameRank()
    {
        RoundResultsForm form = phaseTwoResults(*m_db);
        form.teams[1].rank = 1;
        RecordRoundResultsCommand command(form);
        command.setSource(sourceCalled(*m_db, QStringLiteral("S61")));
        expectRefused(command, QStringLiteral("rank:%1").arg(form.teams[1].consortiumId),
                      QStringLiteral("Rank 1 is already given to %1").arg(form.teams[0].teamName));
    }

    void refusesAMissingSource()
    {
        RecordRoundResultsCommand command(phaseTwoResults(*m_db));
        expectRefused(command, QStringLiteral("source"), QStringLiteral("needs a source"));
    }

    void refusesTheIllustrativeSourceForANewFact()
    {
        AddReleaseCommand command({idOf(*m_db, FactKind::Consortium, QStringLiteral("upstage")), QStringLiteral("x-1"),
                                   QStringLiteral("X"), std::nullopt, std::nullopt, QDate(2026, 9, 1), QDate(2026, 9, 1), {}});
        command.setSource(sourceCalled(*m_db, QStringLiteral("ILLUSTRATIVE")));
        expectRefused(command, QStringLiteral("source"), QStringLiteral("illustrative"));
    }

    void refusesToWriteAReadOnlyDatabase()
    {
        m_db = m_sample->open(true);
        RecordRoundResultsCommand command(phaseTwoResults(*m_db));
        command.setSource(sourceCalled(*m_db, QStringLiteral("S61")));
        const EditProblems problems = command.apply(*m_db);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.contains(QLatin1String("read-only")), qPrintable(problems.first().message));
        QVERIFY(!command.isApplied());
    }

    // Two connections on one file, as two windows or two people on a shared folder.
    void anotherWritersChangeIsNeverOverwrittenSilently()
    {
        std::unique_ptr<store::Database> other = m_sample->open();
        const qint64 stage = idOf(*m_db, FactKind::Stage, QStringLiteral("phase2-eval"));
        EditContext mine(*m_db);
        const StageDatesForm myForm{stage, QDate(2026, 9, 1), QDate(2026, 9, 10), {}, {}, {}, mine.read(FactKind::Stage, stage)};

        EditContext theirs(*other);
        ChangeStageDatesCommand theirEdit({stage, QDate(2026, 10, 1), QDate(2026, 10, 10), {}, {}, {}, theirs.read(FactKind::Stage, stage)},
                                          QStringLiteral("Phase-2 evaluation"));
        theirEdit.setSource(sourceCalled(*other, QStringLiteral("S61")));
        QVERIFY(theirEdit.apply(*other).isEmpty());

        ChangeStageDatesCommand myEdit(myForm, QStringLiteral("Phase-2 evaluation"));
        myEdit.setSource(sourceCalled(*m_db, QStringLiteral("S61")));
        const QByteArray before = checksum(*m_db);
        const EditProblems problems = myEdit.apply(*m_db);
        QCOMPARE(problems.size(), 1);
        const QString message = problems.first().message;
        QVERIFY2(message.contains(QLatin1String("Someone else changed")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("2026-10-01")) && message.contains(QLatin1String("2026-08-03")), qPrintable(message));
        QCOMPARE(checksum(*m_db), before);
        QCOMPARE(test::queryInt(m_db->sql(), QStringLiteral("SELECT count(*) FROM stage WHERE code = 'phase2-eval' AND planned_start = '2026-10-01'")), 1);

        // Their undo after my later change of the same stage refuses too, and changes nothing.
        EditContext now(*m_db);
        ChangeStageDatesCommand laterEdit({stage, QDate(2026, 11, 1), QDate(2026, 11, 10), {}, {}, {}, now.read(FactKind::Stage, stage)},
                                          QStringLiteral("Phase-2 evaluation"));
        laterEdit.setSource(sourceCalled(*m_db, QStringLiteral("S61")));
        QVERIFY(laterEdit.apply(*m_db).isEmpty());
        QString undoError;
        theirEdit.setErrorHandler([&undoError](const QString &error) { undoError = error; });
        const QByteArray afterLater = checksum(*m_db);
        theirEdit.undo();
        QVERIFY2(undoError.contains(QLatin1String("someone else has changed")), qPrintable(undoError));
        QVERIFY(theirEdit.isObsolete());
        QCOMPARE(checksum(*m_db), afterLater);
    }

    void theSessionKeepsAnUndoStackAndReloadsTheState()
    {
        m_db.reset();
        auto state = test::createState(*m_sample, domain::Language::English, QDate(2026, 11, 29), false);
        EditSession session(*state);
        QVERIFY(session.canEdit());
        int reloads = 0;
        connect(state.get(), &DashboardState::snapshotChanged, this, [&reloads] { ++reloads; });

        RoundResultsForm form = phaseTwoResults(*state->database());
        TeamResultForm upstage;
        for (const TeamResultForm &team : form.teams) {
            if (team.teamName == QLatin1String("Upstage"))
                upstage = team;
        }
        QCOMPARE(upstage.teamName, QStringLiteral("Upstage"));
        form.teams = {upstage};
        auto command = std::make_unique<RecordRoundResultsCommand>(form);
        command->setSource(sourceCalled(*state->database(), QStringLiteral("S61")));
        QVERIFY(session.submit(std::move(command)).isEmpty());
        QCOMPARE(session.undoStack()->undoText(), QStringLiteral("record Phase-2 evaluation result for Upstage"));
        QCOMPARE(reloads, 1);
        const domain::RoundResult *result = nullptr;
        for (const domain::RoundResult &r : state->snapshot().results) {
            if (r.consortiumId == upstage.consortiumId && state->snapshot().stage(r.stageId)->code == QLatin1String("phase2-eval"))
                result = &r;
        }
        QVERIFY(result);
        QCOMPARE(result->outcome, domain::Outcome::Advanced);

        session.undoStack()->undo();
        QCOMPARE(reloads, 2);
        session.undoStack()->redo();
        QCOMPARE(reloads, 3);

        // A read-only database offers no edits.
        state->setDatabase(m_sample->open(true));
        QVERIFY(!session.canEdit());
        QCOMPARE(session.undoStack()->count(), 0);
    }
};

KAI_GUILESS_TEST_MAIN_BOTH_ENGINES(TestEditCommands)
#include "tst_edit_commands.moc"
