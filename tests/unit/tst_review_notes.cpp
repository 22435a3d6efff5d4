// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: reviewers' notes in a sidecar file, exported as JSON and merged back into the office
// database by stable keys.
#include "TestEngine.h"
#include "TestSupport.h"
#include "review/NotesFile.h"
#include "review/NotesMerger.h"
#include "review/ReviewCopyMaker.h"
#include "review/ReviewNotebook.h"
#include "review/CorrectionPlan.h"
#include "store/ChangeLog.h"
#include "store/Database.h"
#include "edit/RoundEdits.h"
#include "store/NoteSidecarStore.h"
#include "store/ProgramRepository.h"
#include "store/ReviewNoteRepository.h"
#include "store/StoreError.h"

#include "review/NoteListModel.h"
#include "review/NotesBook.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace kai;
using review::MergedNote;
using review::NoteKind;
using review::ReviewItemKey;

namespace {
const ReviewItemKey LgConsortium = ReviewItemKey::consortium(QStringLiteral("lg"));
const ReviewItemKey LgDocumentReview = ReviewItemKey::roundResult(QStringLiteral("document-review"), QStringLiteral("lg"));
const ReviewItemKey Showcase = ReviewItemKey::stage(QStringLiteral("showcase-1"));

// Notes record the operating-system account as their reviewer.
void actAs(const char *account)
{
    qputenv("USERNAME", account);
    qputenv("USER", account);
}

review::ReviewNote addNote(const QString &copy, const ReviewItemKey &key, NoteKind kind, const QString &text,
                           const QString &proposed = {})
{
    store::Database::OpenResult opened = store::Database::open(copy, {});
    if (!opened)
        qFatal("%s", qPrintable(opened.error));
    const review::ReviewNotebook::Added added = review::ReviewNotebook::add(*opened.database, key, kind, text, proposed);
    if (!added)
        qFatal("%s", qPrintable(added.error));
    return added.note;
}

QString exportNotes(const QString &copy, const QString &json)
{
    store::Database::OpenResult opened = store::Database::open(copy, {});
    const QString error = review::NotesFile::exportNotes(*opened.database, json);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return json;
}

const MergedNote *noteOn(const QVector<MergedNote> &notes, const ReviewItemKey &key, const QString &reviewer)
{
    for (const MergedNote &note : notes) {
        if (note.note.itemKey == key.toString() && note.note.reviewer == reviewer)
            return &note;
    }
    return nullptr;
}
} // namespace

class TestReviewNotes : public QObject
{
    Q_OBJECT

private:
    static QString makeCopy(const test::SampleDatabase &sample, const QString &name)
    {
        const QString path = QDir(sample.dirPath()).filePath(name);
        auto database = sample.open(true);
        const review::ReviewCopyMaker::Result made = review::ReviewCopyMaker::make(*database, path, QDate(2026, 11, 30));
        if (!made)
            qFatal("%s", qPrintable(made.error));
        return path;
    }

private slots:
    void initTestCase() { test::enterTestMode(); }

    void itemKeysRoundTripAndRefuseNonsense()
    {
        for (const ReviewItemKey &key :
             {LgConsortium, LgDocumentReview, Showcase, ReviewItemKey::member(QStringLiteral("lg"), QStringLiteral("x")),
              ReviewItemKey::gpuMonth(QStringLiteral("lg"), QDate(2026, 3, 1)), ReviewItemKey::source(QStringLiteral("S8"))}) {
            QCOMPARE(ReviewItemKey::parse(key.toString()), std::optional<ReviewItemKey>(key));
        }
        QCOMPARE(ReviewItemKey::gpuMonth(QStringLiteral("lg"), QDate(2026, 3, 1)).toString(), QStringLiteral("gpu-month:lg/2026-03"));
        QVERIFY(!ReviewItemKey::parse(QStringLiteral("result:only-one-part")));
        QVERIFY(!ReviewItemKey::parse(QStringLiteral("row:42")));
        QVERIFY(!ReviewItemKey::parse(QStringLiteral("consortium:")));
    }

    void theCopyStaysByteIdenticalHoweverManyNotesAreAdded()
    {
        test::SampleDatabase sample;
        const QString copy = makeCopy(sample, QStringLiteral("copy.sqlite"));
        const QByteArray before = test::fileHash(copy);
        actAs("reviewer-a");
        for (int i = 0; i < 12; ++i)
            addNote(copy, i % 2 ? LgConsortium : Showcase, NoteKind::Question, QStringLiteral("Question %1").arg(i));
        QCOMPARE(test::fileHash(copy), before);
        const QString sidecar = QDir(sample.dirPath()).filePath(QStringLiteral("copy.notes.sqlite"));
        QCOMPARE(store::NoteSidecarStore::pathFor(copy), sidecar);
        QVERIFY(QFileInfo::exists(sidecar));
        QCOMPARE(review::ReviewNotebook::notes(copy).size(), 12);
        // No -wal or -journal of the copy left behind either.
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-journal")));
    }

    void aNoteRecordsTheValueSeenAndRefusesWhatIsIncomplete()
    {
        test::SampleDatabase sample;
        const QString copy = makeCopy(sample, QStringLiteral("copy.sqlite"));
        actAs("reviewer-a");
        const review::ReviewNote note = addNote(copy, LgDocumentReview, NoteKind::Correction, QStringLiteral("Rank?"),
                                                QStringLiteral("rank=1"));
        QCOMPARE(note.seenValue, QStringLiteral("outcome=advanced; rank=-; total=-"));
        QCOMPARE(note.reviewer, QStringLiteral("reviewer-a"));
        QVERIFY(!note.uid.isEmpty());

        store::Database::OpenResult opened = store::Database::open(copy, {});
        QVERIFY(!review::ReviewNotebook::add(*opened.database, LgConsortium, NoteKind::Correction, QStringLiteral("x")));
        QVERIFY(!review::ReviewNotebook::add(*opened.database, LgConsortium, NoteKind::Question, QStringLiteral("  ")));
        QVERIFY(!review::ReviewNotebook::add(*opened.database, ReviewItemKey::consortium(QStringLiteral("nobody")),
                                             NoteKind::Question, QStringLiteral("who?")));
    }

    void roundTripWithTwoReviewersAndOverlappingNotes()
    {
        test::SampleDatabase office;
        const QString copyA = makeCopy(office, QStringLiteral("copy-a.sqlite"));
        const QString copyB = makeCopy(office, QStringLiteral("copy-b.sqlite"));
        QString participant;
        {
            auto database = office.open(true);
            store::SqlQuery query = database->sql().query(QStringLiteral(
                "SELECT o.code FROM membership m JOIN organisation o ON o.id = m.organisation_id JOIN consortium c "
                "ON c.id = m.consortium_id WHERE c.code = 'lg' AND m.role = 'participant' ORDER BY o.code LIMIT 1"));
            QVERIFY(query.step());
            participant = query.columnText(0);
        }
        const ReviewItemKey member = ReviewItemKey::member(QStringLiteral("lg"), participant);

        actAs("kim");
        addNote(copyA, LgDocumentReview, NoteKind::Correction, QStringLiteral("The rank was published"), QStringLiteral("rank=1"));
        addNote(copyA, Showcase, NoteKind::Question, QStringLiteral("Was the showcase moved?"));
        addNote(copyA, member, NoteKind::Confirmed, QStringLiteral("Still a member"));
        actAs("lee");
        addNote(copyB, LgDocumentReview, NoteKind::Question, QStringLiteral("Where is the score from?"));  // same item as kim
        addNote(copyB, LgConsortium, NoteKind::Confirmed, QStringLiteral("Name checked"));

        const QString jsonA = exportNotes(copyA, QDir(office.dirPath()).filePath(QStringLiteral("kim.json")));
        const QString jsonB = exportNotes(copyB, QDir(office.dirPath()).filePath(QStringLiteral("lee.json")));
        QString error;
        const review::NotesFile fileA = review::NotesFile::read(jsonA, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(fileA.reviewer, QStringLiteral("lee"));  // whoever exported last ran as lee
        QCOMPARE(fileA.notes.size(), 3);
        QCOMPARE(fileA.copyChecksum.size(), 64);
        QCOMPARE(fileA.notes.first().seenValue, QStringLiteral("outcome=advanced; rank=-; total=-"));

        // Meanwhile at the office: the showcase moved and the member left the record.
        {
            auto database = office.open();
            database->sql().execute(QStringLiteral("UPDATE stage SET planned_end = '2025-12-31', actual_end = '2025-12-31' WHERE code = 'showcase-1'"));
            store::SqlQuery remove = database->sql().query(QStringLiteral(
                "DELETE FROM membership WHERE consortium_id = (SELECT id FROM consortium WHERE code = 'lg') "
                "AND organisation_id = (SELECT id FROM organisation WHERE code = ?1)"));
            remove.bind(1, participant);
            remove.run();
        }

        auto database = office.open();
        const review::NotesMerger::Report report = review::NotesMerger::merge(*database, QStringList{jsonA, jsonB, jsonA});
        QVERIFY2(report, qPrintable(report.error));
        QCOMPARE(report.added, 5);
        QCOMPARE(report.alreadyMerged, 3);  // kim's file twice: merged once
        QCOMPARE(report.changed.size(), 1);
        QCOMPARE(report.missing.size(), 1);

        const QVector<MergedNote> merged = store::ReviewNoteRepository(database->sql()).all();
        QCOMPARE(merged.size(), 5);
        const MergedNote *moved = noteOn(merged, Showcase, QStringLiteral("kim"));
        QVERIFY(moved);
        QCOMPARE(moved->itemState, MergedNote::ItemState::Changed);
        QVERIFY(moved->note.seenValue != moved->currentValue);
        QVERIFY(moved->currentValue.contains(QLatin1String("2025-12-31")));
        const MergedNote *gone = noteOn(merged, member, QStringLiteral("kim"));
        QVERIFY(gone);
        QCOMPARE(gone->itemState, MergedNote::ItemState::Missing);
        QCOMPARE(gone->note.text, QStringLiteral("Still a member"));
        QCOMPARE(noteOn(merged, LgDocumentReview, QStringLiteral("kim"))->itemState, MergedNote::ItemState::Unchanged);
        QCOMPARE(noteOn(merged, LgDocumentReview, QStringLiteral("lee"))->note.kind, NoteKind::Question);
        QCOMPARE(noteOn(merged, LgDocumentReview, QStringLiteral("kim"))->note.proposedValue, QStringLiteral("rank=1"));
        for (const MergedNote &note : merged)
            QCOMPARE(note.status, MergedNote::Status::Open);
        const QStringList lines = report.lines();
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QLatin1String("changed since your review copy")), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.join(QLatin1Char('\n')).contains(QLatin1String("no longer exists")));

        // Merging the same files again adds nothing.
        const review::NotesMerger::Report again = review::NotesMerger::merge(*database, QStringList{jsonA, jsonB});
        QCOMPARE(again.added, 0);
        QCOMPARE(again.alreadyMerged, 5);

        // The Notes panel's list flags the changed item with both values and keeps the note on
        // the item that is gone, with its text.
        database.reset();
        DashboardState state;
        state.setDatabase(store::Database::open(office.path(), {}).database);
        review::NoteListModel list(state);
        QCOMPARE(list.rowCount(), 5);
        int flagged = 0;
        for (int row = 0; row < list.rowCount(); ++row) {
            const auto cell = [&](int column) { return list.index(row, column).data().toString(); };
            const QString key = list.index(row, 0).data(review::NoteListModel::ItemKeyRole).toString();
            if (key == Showcase.toString()) {
                ++flagged;
                QCOMPARE(cell(review::NoteListModel::SeenColumn), moved->note.seenValue);
                QVERIFY2(cell(review::NoteListModel::StateColumn).startsWith(QLatin1String("Changed since your review copy")),
                         qPrintable(cell(review::NoteListModel::StateColumn)));
                QVERIFY(cell(review::NoteListModel::StateColumn).contains(moved->currentValue));
            } else if (key == member.toString()) {
                ++flagged;
                QCOMPARE(cell(review::NoteListModel::StateColumn), QStringLiteral("The item no longer exists"));
                QCOMPARE(cell(review::NoteListModel::TextColumn), QStringLiteral("Still a member"));
            }
        }
        QCOMPARE(flagged, 2);
    }

    void notesAreResolvedOrDismissedWithAReasonAndNeverDeleted()
    {
        test::SampleDatabase office;
        const QString copy = makeCopy(office, QStringLiteral("copy.sqlite"));
        actAs("kim");
        addNote(copy, LgConsortium, NoteKind::Question, QStringLiteral("Check the name"));
        const QString json = exportNotes(copy, QDir(office.dirPath()).filePath(QStringLiteral("kim.json")));
        auto database = office.open();
        QVERIFY(review::NotesMerger::merge(*database, QStringList{json}));
        const qint64 id = store::ReviewNoteRepository(database->sql()).all().first().id;
        QVERIFY(!review::NotesMerger::close(*database, id, MergedNote::Status::Dismissed, QStringLiteral(" ")).isEmpty());
        QCOMPARE(review::NotesMerger::close(*database, id, MergedNote::Status::Resolved, QStringLiteral("Name verified")), QString());
        const MergedNote closed = store::ReviewNoteRepository(database->sql()).all().first();
        QCOMPARE(closed.status, MergedNote::Status::Resolved);
        QCOMPARE(closed.reason, QStringLiteral("Name verified"));
        QCOMPARE(closed.closedBy, QStringLiteral("kim"));
        QVERIFY(!review::NotesMerger::close(*database, id, MergedNote::Status::Dismissed, QStringLiteral("again")).isEmpty());
        QVERIFY_THROWS_EXCEPTION(store::StoreError, database->sql().execute(QStringLiteral("DELETE FROM review_note")));

        // The change log has one row for the closing (the refused attempts wrote none), under the
        // note's uid, with the reviewer and the reason.
        QVector<store::ChangeLogEntry> logged;
        for (const store::ChangeLogEntry &entry : store::ChangeLogRepository(database->sql()).load()) {
            if (entry.kind == QLatin1String("review_note"))
                logged << entry;
        }
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().factKey, closed.note.uid);
        QCOMPARE(logged.first().field, QStringLiteral("status"));
        QCOMPARE(logged.first().oldValue, QStringLiteral("open"));
        QCOMPARE(logged.first().newValue, QStringLiteral("resolved"));
        QCOMPARE(logged.first().reason, QStringLiteral("Name verified"));
        QVERIFY(logged.first().summary.contains(QLatin1String("kim")));
        QVERIFY(logged.first().summary.contains(LgConsortium.toString()));
    }

    // Issue 21: on a server there is no file beside the database, so a note written on it goes
    // straight into the office's notes (open, its item unchanged); on a file, into the sidecar.
    void aNoteOnTheOfficeDatabaseIsKeptWhereItsEngineKeepsNotes()
    {
        test::SampleDatabase office;
        actAs("park");
        const review::ReviewNote written =
            addNote(office.path(), LgConsortium, NoteKind::Question, QStringLiteral("Is the name current?"));
        auto database = office.open();
        const QVector<MergedNote> merged = store::ReviewNoteRepository(database->sql()).all();
        DashboardState state;
        state.setDatabase(std::move(database));
        const review::NotesBook &book = review::NotesBook::of(state);
        QCOMPARE(book.notes().size(), 1);
        QCOMPARE(book.notes().first().note.uid, written.uid);
        QCOMPARE(book.notes().first().note.reviewer, QStringLiteral("park"));
        if (office.isServer()) {
            QCOMPARE(merged.size(), 1);
            QCOMPARE(merged.first().note.uid, written.uid);
            QCOMPARE(merged.first().status, MergedNote::Status::Open);
            QCOMPARE(merged.first().itemState, MergedNote::ItemState::Unchanged);
            QCOMPARE(merged.first().currentValue, written.seenValue);
            // ... and is closed there like a merged one, with its change-log row.
            QCOMPARE(review::NotesMerger::close(*state.database(), merged.first().id, MergedNote::Status::Resolved,
                                                QStringLiteral("Checked")),
                     QString());
            QCOMPARE(store::ReviewNoteRepository(state.database()->sql()).all().first().status, MergedNote::Status::Resolved);
        } else {
            QVERIFY(merged.isEmpty());
            QCOMPARE(review::ReviewNotebook::notes(office.path()).size(), 1);
        }
    }

    void aCorrectionPlanFillsTheFormOfItsItem()
    {
        test::SampleDatabase office;
        auto database = office.open(true);
        const domain::ProgramSnapshot snapshot =
            store::ProgramRepository(database->sql()).loadSnapshot(QDate(2026, 11, 29));
        MergedNote note;
        note.id = 1;
        note.note.kind = NoteKind::Correction;
        note.note.itemKey = Showcase.toString();
        note.note.proposedValue = QStringLiteral("planned=2026-01-05..2026-02-27; actual=2026-01-12..2026-03-06");
        review::CorrectionPlan plan = review::CorrectionPlan::of(note, snapshot);
        QCOMPARE(plan.form, review::CorrectionPlan::Form::StageDates);
        QCOMPARE(plan.fields.value(QStringLiteral("plannedStart")), QStringLiteral("2026-01-05"));
        QCOMPARE(plan.fields.value(QStringLiteral("actualEnd")), QStringLiteral("2026-03-06"));
        QCOMPARE(plan.fields.value(QStringLiteral("hasActual")), QStringLiteral("1"));

        // A bare value sets the item's main field: a result's total.
        note.note.itemKey = LgDocumentReview.toString();
        note.note.proposedValue = QStringLiteral("88.25");
        plan = review::CorrectionPlan::of(note, snapshot);
        QCOMPARE(plan.form, review::CorrectionPlan::Form::RoundResults);
        const QString lg = QString::number(plan.consortiumId);
        QCOMPARE(plan.fields.value(QStringLiteral("total:") + lg), QStringLiteral("88.25"));
        note.note.proposedValue = QStringLiteral("outcome=eliminated; rank=7; total=-");
        plan = review::CorrectionPlan::of(note, snapshot);
        QCOMPARE(plan.fields.value(QStringLiteral("rank:") + lg), QStringLiteral("7"));
        QCOMPARE(plan.fields.value(QStringLiteral("outcome:") + lg), QString::number(int(edit::TeamOutcome::BelowCutLine)));
        QCOMPARE(plan.fields.value(QStringLiteral("total:") + lg), QString());  // "-": no total

        // What no form can take is refused with a reason, never half-applied.
        note.note.itemKey = LgConsortium.toString();
        QVERIFY(!review::CorrectionPlan::of(note, snapshot));
        QVERIFY(!review::CorrectionPlan::of(note, snapshot).refusal.isEmpty());
        note.note.itemKey = ReviewItemKey::stage(QStringLiteral("gone")).toString();
        QVERIFY(!review::CorrectionPlan::of(note, snapshot));
        note.note.itemKey = Showcase.toString();
        note.note.kind = NoteKind::Question;
        QVERIFY(!review::CorrectionPlan::of(note, snapshot));
        note.note.kind = NoteKind::Correction;
        note.status = MergedNote::Status::Resolved;
        QVERIFY(!review::CorrectionPlan::of(note, snapshot));
    }

    void theNoteListModelFollowsTheBook()
    {
        test::SampleDatabase sample;
        const QString copy = makeCopy(sample, QStringLiteral("copy.sqlite"));
        DashboardState state;
        state.setDatabase(store::Database::open(copy, {}).database);
        review::NoteListModel model(state);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        actAs("kim");
        QCOMPARE(review::NotesBook::of(state).add(LgDocumentReview, NoteKind::Correction, QStringLiteral("Rank 1?"),
                                                  QStringLiteral("rank=1")),
                 QString());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, review::NoteListModel::KindColumn).data().toString(), QStringLiteral("Correction"));
        QCOMPARE(model.index(0, review::NoteListModel::ProposedColumn).data().toString(), QStringLiteral("rank=1"));
        QCOMPARE(model.index(0, 0).data(review::NoteListModel::ItemKeyRole).toString(), LgDocumentReview.toString());
        QVERIFY(model.index(0, review::NoteListModel::ItemColumn).data().toString().contains(QLatin1String("LG")));
        QCOMPARE(model.index(0, review::NoteListModel::StateColumn).data().toString(), QStringLiteral("Not merged yet"));
        state.setLanguage(domain::Language::Korean);  // names follow the display language
        QVERIFY(model.index(0, review::NoteListModel::ItemColumn).data().toString().contains(QStringLiteral("컨소시엄")));
        QVERIFY(review::NotesBook::of(state).hasNotes(LgDocumentReview.toString()));
        QCOMPARE(review::NotesBook::of(state).removeLocal(model.index(0, 0).data(review::NoteListModel::UidRole).toString()), QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void aBadNotesFileIsNamedWithItsLineAndNothingIsMerged()
    {
        test::SampleDatabase office;
        const QString copy = makeCopy(office, QStringLiteral("copy.sqlite"));
        actAs("kim");
        addNote(copy, LgConsortium, NoteKind::Question, QStringLiteral("Check the name"));
        const QString good = exportNotes(copy, QDir(office.dirPath()).filePath(QStringLiteral("good.json")));
        const QString bad = test::writeFile(QDir(office.dirPath()).filePath(QStringLiteral("bad.json")),
                                            "{\n  \"format\": \"kai-dashboard-review-notes\",\n  \"version\": 1,\n  \"notes\": [\n    {\"uid\": \"u1\", \"item\": \"row:7\"}\n  ]\n}\n");
        auto database = office.open();
        const review::NotesMerger::Report report = review::NotesMerger::merge(*database, QStringList{good, bad});
        QVERIFY(!report);
        QVERIFY2(report.error.contains(QLatin1String("bad.json, line 5")), qPrintable(report.error));
        QVERIFY(report.error.contains(QLatin1String("row:7")));
        QVERIFY(store::ReviewNoteRepository(database->sql()).all().isEmpty());

        const QString broken = test::writeFile(QDir(office.dirPath()).filePath(QStringLiteral("broken.json")), "{\n\"format\": ");
        const review::NotesMerger::Report truncated = review::NotesMerger::merge(*database, QStringList{broken});
        QVERIFY2(truncated.error.contains(QLatin1String("broken.json, line 2")), qPrintable(truncated.error));
    }
};

KAI_TEST_MAIN_BOTH_ENGINES(TestReviewNotes)
#include "tst_review_notes.moc"
