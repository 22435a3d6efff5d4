// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21: editing on a PostgreSQL server database. Two clients editing at once (the second sees
// the first's change, the optimistic check refuses a stale save), a change NOTIFYed to another
// client and reloaded within a second, a read-only role refused by the app and by the server, a
// connection terminated before a write (nothing written, a clear message, reconnected), undo, and
// the same logical checksum on both engines after the same edits.
#include "AppProcess.h"
#include "PgTestCluster.h"
#include "ShellFixture.h"
#include "TestEngine.h"
#include "TestSupport.h"

#include "DashboardState.h"
#include "edit/ConsortiumEdits.h"
#include "edit/EditContext.h"
#include "edit/EditSession.h"
#include "edit/RoundEdits.h"
#include "edit/SealEdits.h"
#include "history/ChangesSince.h"
#include "review/NotesBook.h"
#include "review/ReviewNotebook.h"
#include "store/Database.h"
#include "store/DatabaseFingerprint.h"
#include "store/FactStore.h"
#include "store/SqlTransaction.h"
#include "store/StoreError.h"
#include "store/postgres/PgConnection.h"

#include <QAction>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <cstdio>

using namespace kai;
using namespace kai::edit;
using store::FactKind;
using kai::test::runApp;

namespace {
qint64 count(store::SqlConnection &connection, const char *sql)
{
    store::SqlQuery query = connection.query(QString::fromLatin1(sql));
    return query.step() ? query.columnInt(0) : -1;
}

qint64 idOf(store::Database &database, FactKind kind, const QString &code)
{
    return store::FactStore(database.sql()).idOfCode(kind, code).value_or(0);
}

QString problemsText(const EditProblems &problems)
{
    QStringList lines;
    for (const EditProblem &problem : problems)
        lines << problem.message;
    return lines.join(QLatin1Char('\n'));
}

// Renames an organisation from the fields its form started from.
std::unique_ptr<SaveOrganisationCommand> rename(store::Database &database, const QString &code, const QString &nameEn,
                                                const store::FactFields &base = {})
{
    EditContext context(database);
    const qint64 id = idOf(database, FactKind::Organisation, code);
    const store::FactFields fields = base.isEmpty() ? context.read(FactKind::Organisation, id) : base;
    OrganisationForm form{id, code, fields.value(QStringLiteral("name_ko")).toString(), nameEn,
                          domain::OrganisationKind::StartupSme, fields};
    auto command = std::make_unique<SaveOrganisationCommand>(form);
    command->setSource({idOf(database, FactKind::Source, QStringLiteral("S8")), std::nullopt});
    return command;
}

QString nameOf(store::Database &database, const QString &code)
{
    EditContext context(database);
    return context.read(FactKind::Organisation, idOf(database, FactKind::Organisation, code))
        .value(QStringLiteral("name_en"))
        .toString();
}

// The same edits on either engine: new facts, changed facts, scores (a server's criterion_score
// has no id column), a seal, and an edit undone.
void editTheSameWay(store::Database &database)
{
    QVERIFY2(rename(database, QStringLiteral("upstage"), QStringLiteral("Upstage AI"))->apply(database).isEmpty(), "rename");
    OrganisationForm lab{0, QStringLiteral("new-lab"), QStringLiteral("새연구소"), QStringLiteral("New Lab"),
                         domain::OrganisationKind::StartupSme, {}};
    SaveOrganisationCommand add(lab);
    add.setSource({idOf(database, FactKind::Source, QStringLiteral("S12")), std::nullopt});
    QVERIFY2(add.apply(database).isEmpty(), "add");

    EditContext context(database);
    const qint64 phaseOne = idOf(database, FactKind::Stage, QStringLiteral("phase1-eval"));
    RoundResultsForm form = RecordRoundResultsCommand::formFor(context, phaseOne);
    QVERIFY(!form.teams.isEmpty() && !form.teams.first().scores.isEmpty());
    TeamResultForm &team = form.teams.first();
    team.scores[team.scores.begin().key()] = {};
    for (const domain::Criterion &criterion : context.criteriaOf(phaseOne)) {
        if (!criterion.isGate && team.scores.contains(criterion.id))
            team.scores[criterion.id].points = 1.5;
    }
    RecordRoundResultsCommand scores(form);
    scores.setSource({idOf(database, FactKind::Source, QStringLiteral("S39")), std::nullopt});
    const EditProblems scoreProblems = scores.apply(database);
    QVERIFY2(scoreProblems.isEmpty(), qPrintable(problemsText(scoreProblems)));
    scores.undo();
    scores.redo();

    auto undone = rename(database, QStringLiteral("lablup"), QStringLiteral("Lablup (undone)"));
    QVERIFY(undone->apply(database).isEmpty());
    undone->undo();
}
} // namespace

class TestPostgresEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_uri;

    QString uriAs(const QString &role) const
    {
        QString uri = m_uri;
        return uri.replace(QLatin1String("//kai@"), QStringLiteral("//%1@").arg(role));
    }

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        const test::InitialisedServer server = test::initServerWithSample(QStringLiteral("shared"), m_home.path());
        QVERIFY2(!server.uri.isEmpty(), qPrintable(server.failure));
        m_uri = server.uri;
        QVERIFY2(server.output.contains(QLatin1String("kai_editor")), qPrintable(server.output));
        // Login roles of the two kinds, as an administrator would make them.
        std::unique_ptr<store::PgConnection> admin = store::PgConnection::open(m_uri, false);
        admin->execute(QStringLiteral("CREATE ROLE reader LOGIN; GRANT kai_reader TO reader; "
                                      "CREATE ROLE editor LOGIN; GRANT kai_editor TO editor"));
    }

    void editorEditsTheServer()
    {
        std::unique_ptr<store::Database> server = test::openDatabase(uriAs(QStringLiteral("editor")));
        QVERIFY(server);
        QVERIFY(!server->isReadOnly());
        const qint64 logBefore = count(server->sql(), "SELECT count(*) FROM change_log");
        const EditProblems problems = rename(*server, QStringLiteral("upstage"), QStringLiteral("Upstage (server)"))->apply(*server);
        QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
        QCOMPARE(nameOf(*server, QStringLiteral("upstage")), QStringLiteral("Upstage (server)"));
        QVERIFY(count(server->sql(), "SELECT count(*) FROM change_log") > logBefore);
        // "What changed" reads the server's change log as a file's.
        const QString changes = history::ChangesSince::build(server->sql(), history::SincePoint::fromDay(QDate::currentDate()),
                                                             domain::Language::English).toText();
        QVERIFY2(changes.contains(QLatin1String("Upstage (server)")), qPrintable(changes));
    }

    void twoClientsEditingAtOnce()
    {
        std::unique_ptr<store::Database> first = test::openDatabase(m_uri);
        std::unique_ptr<store::Database> second = test::openDatabase(uriAs(QStringLiteral("editor")));
        QVERIFY(first && second);
        // The second client's form opens on what is stored now...
        EditContext secondForm(*second);
        const store::FactFields seen =
            secondForm.read(FactKind::Organisation, idOf(*second, FactKind::Organisation, QStringLiteral("konan")));
        // ...the first client saves meanwhile...
        QVERIFY(rename(*first, QStringLiteral("konan"), QStringLiteral("Konan (first)"))->apply(*first).isEmpty());
        // ...the second sees it, and its stale form is refused before and at saving, writing nothing.
        QCOMPARE(nameOf(*second, QStringLiteral("konan")), QStringLiteral("Konan (first)"));
        auto stale = rename(*second, QStringLiteral("konan"), QStringLiteral("Konan (second)"), seen);
        const QString conflict = stale->conflict(*second);
        QVERIFY2(conflict.contains(QLatin1String("Someone else changed")), qPrintable(conflict));
        const QString refused = problemsText(stale->apply(*second));
        QVERIFY2(refused.contains(QLatin1String("Someone else changed")), qPrintable(refused));
        QCOMPARE(nameOf(*first, QStringLiteral("konan")), QStringLiteral("Konan (first)"));
    }

    // Review notes on the server: a note written at another desk reaches this window's Notes with
    // the reload its NOTIFY brings.
    void anotherClientsReviewNoteShowsUpHere()
    {
        DashboardState state;
        state.setDatabase(test::openDatabase(m_uri));
        const review::NotesBook &book = review::NotesBook::of(state);
        const qsizetype before = book.notes().size();
        std::unique_ptr<store::Database> other = test::openDatabase(uriAs(QStringLiteral("editor")));
        QVERIFY(other);
        const review::ReviewNotebook::Added added =
            review::ReviewNotebook::add(*other, review::ReviewItemKey::consortium(QStringLiteral("lg")),
                                        review::NoteKind::Question, QStringLiteral("Asked at another desk"));
        QVERIFY2(added, qPrintable(added.error));
        QTRY_COMPARE_WITH_TIMEOUT(book.notes().size(), before + 1, 2000);
        QCOMPARE(book.notes().last().note.uid, added.note.uid);
    }

    void anotherClientsChangeReloadsWithinASecond()
    {
        DashboardState state;
        state.setDatabase(test::openDatabase(m_uri));
        QVERIFY(state.database() && state.database()->isServer());
        QSignalSpy changed(&state, &DashboardState::changedElsewhere);
        std::unique_ptr<store::Database> other = test::openDatabase(uriAs(QStringLiteral("editor")));
        QVERIFY(other);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(rename(*other, QStringLiteral("lunit"), QStringLiteral("Lunit (live)"))->apply(*other).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 1000);
        const qint64 elapsed = timer.elapsed();
        std::fprintf(stderr, "NOTIFY-driven reload after %lld ms\n", static_cast<long long>(elapsed));
        QVERIFY(elapsed < 1000);
        bool seen = false;
        for (const auto &organisation : state.snapshot().organisations)
            seen = seen || organisation.name.en == QLatin1String("Lunit (live)");
        QVERIFY2(seen, "the reloaded snapshot holds the other client's change");
    }

    void editFormHearsOfAChangeElsewhere()
    {
        DashboardState state;
        state.setDatabase(test::openDatabase(m_uri));
        EditSession session(state);
        std::unique_ptr<store::Database> other = test::openDatabase(uriAs(QStringLiteral("editor")));
        auto formCommand = rename(*state.database(), QStringLiteral("liner"), QStringLiteral("Liner (form)"));
        QVERIFY(session.conflict(*formCommand).isEmpty());
        QSignalSpy changed(&state, &DashboardState::changedElsewhere);
        QVERIFY(rename(*other, QStringLiteral("liner"), QStringLiteral("Liner (elsewhere)"))->apply(*other).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 1000);
        QVERIFY(session.conflict(*formCommand).contains(QLatin1String("Liner (elsewhere)")));
    }

    void undoOnTheServer()
    {
        DashboardState state;
        state.setDatabase(test::openDatabase(m_uri));
        EditSession session(state);
        QVERIFY(session.canEdit());
        const QByteArray before = store::DatabaseFingerprint(state.database()->sql()).sha256();
        QVERIFY(session.submit(rename(*state.database(), QStringLiteral("upstage"), QStringLiteral("Upstage (undo me)"))).isEmpty());
        QCOMPARE(nameOf(*state.database(), QStringLiteral("upstage")), QStringLiteral("Upstage (undo me)"));
        QVERIFY(session.canUndo());
        session.undo();
        QVERIFY(nameOf(*state.database(), QStringLiteral("upstage")) != QLatin1String("Upstage (undo me)"));
        QCOMPARE(store::DatabaseFingerprint(state.database()->sql()).sha256().toHex(), before.toHex());
        session.undoStack()->redo();
        QCOMPARE(nameOf(*state.database(), QStringLiteral("upstage")), QStringLiteral("Upstage (undo me)"));
    }

    // The server's triggers keep sealed results as the SQLite schema does; the seal is undone like any edit.
    void sealedResultsOnTheServer()
    {
        std::unique_ptr<store::Database> server = test::openDatabase(uriAs(QStringLiteral("editor")));
        QVERIFY(server);
        const qint64 phaseOne = idOf(*server, FactKind::Stage, QStringLiteral("phase1-eval"));
        SealRoundCommand seal({phaseOne, QStringLiteral("Phase 1"), QDate(2026, 1, 20)});
        const EditProblems sealed = seal.apply(*server);
        QVERIFY2(sealed.isEmpty(), qPrintable(problemsText(sealed)));
        QCOMPARE(count(server->sql(), "SELECT count(*) FROM round_seal"), 1);
        EditContext context(*server);
        RoundResultsForm form = RecordRoundResultsCommand::formFor(context, phaseOne);
        QVERIFY(!form.teams.isEmpty());
        form.teams.first().total = 12.5;
        RecordRoundResultsCommand change(form);
        change.setSource({idOf(*server, FactKind::Source, QStringLiteral("S39")), std::nullopt});
        const QString refused = problemsText(change.apply(*server));
        QVERIFY2(refused.contains(QLatin1String("sealed")), qPrintable(refused));

        // A sealed criterion score is corrected by a new version, as on a file.
        store::SqlQuery scored = server->sql().query(QStringLiteral(
            "SELECT s.round_result_id, s.criterion_id FROM criterion_score s JOIN criterion k ON k.id = s.criterion_id "
            "  JOIN round_result r ON r.id = s.round_result_id JOIN consortium c ON c.id = r.consortium_id "
            " WHERE k.code = 'benchmark' AND c.code = 'lg'"));
        QVERIFY(scored.step());
        CriterionCorrectionForm criterion =
            RecordCriterionCorrectionCommand::formFor(context, scored.columnInt(0), scored.columnInt(1));
        criterion.recordedOn = QDate(2026, 9, 1);
        criterion.points = 34.0;
        criterion.reason = {QStringLiteral("재채점"), QStringLiteral("Rescored")};
        RecordCriterionCorrectionCommand correction(criterion);
        correction.setSource({idOf(*server, FactKind::Source, QStringLiteral("S41")), std::nullopt});
        const EditProblems corrected = correction.apply(*server);
        QVERIFY2(corrected.isEmpty(), qPrintable(problemsText(corrected)));
        QCOMPARE(count(server->sql(), "SELECT count(*) FROM criterion_score_correction"), 1);
        correction.undo();
        QCOMPARE(count(server->sql(), "SELECT count(*) FROM criterion_score_correction"), 0);
        seal.undo();
        QCOMPARE(count(server->sql(), "SELECT count(*) FROM round_seal"), 0);
    }

    void readOnlyRoleIsRefused()
    {
        store::Database::OpenResult opened = store::Database::open(uriAs(QStringLiteral("reader")), {});
        QVERIFY2(opened, qPrintable(opened.error));
        QVERIFY(opened.database->isReadOnly());
        QVERIFY(opened.fellBackToReadOnly);
        QVERIFY2(opened.notes.join(QLatin1Char(' ')).contains(QLatin1String("may only read")), qPrintable(opened.notes.join(QLatin1Char(' '))));
        DashboardState state;
        state.setDatabase(std::move(opened.database));
        EditSession session(state);
        QVERIFY(!session.canEdit());
        // The server refuses a reader's write even when the app would try it.
        std::unique_ptr<store::PgConnection> reader = store::PgConnection::open(uriAs(QStringLiteral("reader")), false);
        try {
            store::SqlTransaction transaction(*reader);
            store::FactStore(*reader).update(FactKind::Organisation, 1, {{QStringLiteral("name_en"), QStringLiteral("x")}});
            transaction.commit();
            QFAIL("a reader wrote to the server");
        } catch (const store::StoreError &error) {
            QVERIFY2(error.message().contains(QLatin1String("does not let the role reader change")), qPrintable(error.message()));
        }
    }

    // The window: an editor sees the edit actions and may import, a reader neither, and is told why.
    void windowFollowsTheRole()
    {
        test::SampleDatabase sample;
        test::ShellFixture shell(sample, domain::Language::English, QDate(2026, 11, 29));
        shell.state.setDatabase(test::openDatabase(uriAs(QStringLiteral("editor"))));
        const auto *undo = shell.window->findChild<QAction *>(QStringLiteral("undoAction"));
        const auto *import = shell.window->findChild<QAction *>(QStringLiteral("importGpuUsageAction"));
        QVERIFY(undo && import);
        QVERIFY(undo->isVisible());
        // GPU usage is imported into a server too (COPY, tst_postgres_import); not by a reader.
        QVERIFY(import->isEnabled());
        shell.state.setDatabase(test::openDatabase(uriAs(QStringLiteral("reader"))));
        QVERIFY(shell.state.isReadOnly());
        QVERIFY(!undo->isVisible());
        QVERIFY(!import->isEnabled());
        QVERIFY2(import->toolTip().contains(QLatin1String("read-only for your role")), qPrintable(import->toolTip()));
        for (const QAction *action : shell.window->findChildren<QAction *>()) {
            if (action->objectName().startsWith(QLatin1String("editAction")))
                QVERIFY2(!action->isVisible(), qPrintable(action->objectName()));
        }
    }

    // Terminated between two statements of one write: the server rolls back the whole transaction.
    void connectionLostMidTransactionLeavesNothing()
    {
        std::unique_ptr<store::PgConnection> writer = store::PgConnection::open(m_uri, false);
        std::unique_ptr<store::PgConnection> admin = store::PgConnection::open(m_uri, false);
        const qint64 pid = count(*writer, "SELECT pg_backend_pid()");
        try {
            store::SqlTransaction transaction(*writer);
            store::FactStore facts(*writer);
            const qint64 id = facts.idOfCode(FactKind::Organisation, QStringLiteral("konan")).value_or(0);
            facts.update(FactKind::Organisation, id, {{QStringLiteral("name_en"), QStringLiteral("Konan (half)")}});
            store::SqlQuery terminate = admin->query(QStringLiteral("SELECT pg_terminate_backend(?1)"));
            terminate.bind(1, pid);
            QVERIFY(terminate.step() && terminate.columnInt(0) == 1);
            QTest::qWait(100);
            facts.update(FactKind::Organisation, id, {{QStringLiteral("name_ko"), QStringLiteral("코난 (절반)")}});
            transaction.commit();
            QFAIL("a write went on after its connection was terminated");
        } catch (const store::StoreError &error) {
            QVERIFY2(error.message().contains(QLatin1String("connection to the server")), qPrintable(error.message()));
        }
        QCOMPARE(count(*admin, "SELECT count(*) FROM organisation WHERE name_en = 'Konan (half)'"), 0);
        QVERIFY(count(*writer, "SELECT pg_backend_pid()") != pid);  // reconnected
    }

    void droppedConnectionWritesNothingAndReconnects()
    {
        std::unique_ptr<store::Database> server = test::openDatabase(m_uri);
        std::unique_ptr<store::PgConnection> admin = store::PgConnection::open(m_uri, false);
        QVERIFY(server);
        const qint64 pid = count(server->sql(), "SELECT pg_backend_pid()");
        auto command = rename(*server, QStringLiteral("motif"), QStringLiteral("Motif (lost)"));
        const qint64 logBefore = count(*admin, "SELECT count(*) FROM change_log");
        store::SqlQuery terminate = admin->query(QStringLiteral("SELECT pg_terminate_backend(?1)"));
        terminate.bind(1, pid);
        QVERIFY(terminate.step() && terminate.columnInt(0) == 1);
        QTest::qWait(100);
        const QString lost = problemsText(command->apply(*server));
        QVERIFY2(lost.contains(QLatin1String("connection to the server")), qPrintable(lost));
        QCOMPARE(count(*admin, "SELECT count(*) FROM change_log"), logBefore);
        QCOMPARE(count(*admin, "SELECT count(*) FROM organisation WHERE name_en = 'Motif (lost)'"), 0);
        // The next attempt reconnects and writes.
        const EditProblems again = rename(*server, QStringLiteral("motif"), QStringLiteral("Motif (again)"))->apply(*server);
        QVERIFY2(again.isEmpty(), qPrintable(problemsText(again)));
        QCOMPARE(count(*admin, "SELECT count(*) FROM organisation WHERE name_en = 'Motif (again)'"), 1);
        QVERIFY(count(server->sql(), "SELECT pg_backend_pid()") != pid);
    }

    void bothEnginesHoldTheSameAfterTheSameEdits()
    {
        const QString uri = test::PgTestCluster::shared()->createDatabase(QStringLiteral("twin"));
        QVERIFY(!uri.isEmpty());
        QCOMPARE(runApp({QStringLiteral("init"), QStringLiteral("--db"), uri, QStringLiteral("--sample")}, m_home.path()).exitCode, 0);
        test::SampleDatabase sample;
        std::unique_ptr<store::Database> file = sample.open(false);
        std::unique_ptr<store::Database> server = test::openDatabase(uri);
        QVERIFY(file && server);
        QCOMPARE(store::DatabaseFingerprint(server->sql()).sha256().toHex(), store::DatabaseFingerprint(file->sql()).sha256().toHex());
        editTheSameWay(*file);
        editTheSameWay(*server);
        QCOMPARE(count(server->sql(), "SELECT count(*) FROM change_log WHERE action = 'undo'"),
                 count(file->sql(), "SELECT count(*) FROM change_log WHERE action = 'undo'"));
        QCOMPARE(store::DatabaseFingerprint(server->sql()).sha256().toHex(), store::DatabaseFingerprint(file->sql()).sha256().toHex());
    }
};

KAI_POSTGRES_TEST_MAIN(TestPostgresEditing)

#include "tst_postgres_editing.moc"
