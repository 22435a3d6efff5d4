// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 at the office: accepting a reviewer's correction opens the item's edit form prefilled
// with the proposed value; the edit's change-log rows name the note and its reviewer, and the note
// is resolved, which the change log records too. Resolving or dismissing needs a reason.
#include "ShellFixture.h"
#include "edit/EditDialog.h"
#include "edit/RoundResultsDialog.h"
#include "edit/SealDialogs.h"
#include "history/ChangeLogModel.h"
#include "review/CorrectionAcceptor.h"
#include "review/NoteListModel.h"
#include "review/NotesBook.h"
#include "review/NotesFile.h"
#include "review/NotesPanel.h"
#include "review/ReviewActions.h"
#include "review/ReviewCopyMaker.h"
#include "review/ReviewNotebook.h"
#include "store/ChangeLog.h"
#include "store/Database.h"
#include "store/SealedResultStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace kai;
using review::MergedNote;
using review::NoteKind;
using review::ReviewItemKey;

namespace {
const ReviewItemKey Showcase = ReviewItemKey::stage(QStringLiteral("showcase-1"));
const ReviewItemKey LgResult = ReviewItemKey::roundResult(QStringLiteral("document-review"), QStringLiteral("lg"));
const ReviewItemKey SktResult = ReviewItemKey::roundResult(QStringLiteral("document-review"), QStringLiteral("skt"));
const ReviewItemKey Lg = ReviewItemKey::consortium(QStringLiteral("lg"));
} // namespace

class TestReviewAccept : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;
    std::unique_ptr<test::ShellFixture> m_shell;
    ui::MainWindow *m_window = nullptr;

    review::NotesBook &book() const { return review::NotesBook::of(m_shell->state); }
    ui::NotesPanel *panel() const { return m_window->reviewActions()->notesPanel(); }

    MergedNote noteOn(const ReviewItemKey &key) const
    {
        for (const MergedNote &note : book().notes()) {
            if (note.note.itemKey == key.toString() && note.id > 0)
                return note;
        }
        return {};
    }

    int panelRowOf(qint64 noteId) const
    {
        for (int row = 0; row < panel()->proxy()->rowCount(); ++row) {
            if (panel()->proxy()->index(row, 0).data(review::NoteListModel::NoteIdRole).toLongLong() == noteId)
                return row;
        }
        return -1;
    }

    QVector<store::ChangeLogEntry> changeLog() const
    {
        return store::ChangeLogRepository(m_shell->state.database()->connection()).load();
    }

    // A reviewer ("park") writes notes on a review copy of the office database and sends them back.
    QString reviewersFile()
    {
        qputenv("USERNAME", "park");
        qputenv("USER", "park");
        const QString copy = QDir(m_sample->dirPath()).filePath(QStringLiteral("copy.sqlite"));
        {
            auto office = m_sample->open(true);
            const review::ReviewCopyMaker::Result made = review::ReviewCopyMaker::make(*office, copy, QDate(2026, 11, 29));
            if (!made)
                qFatal("%s", qPrintable(made.error));
        }
        store::Database::OpenResult opened = store::Database::open(copy, {});
        const auto add = [&](const ReviewItemKey &key, NoteKind kind, const QString &text, const QString &proposed) {
            const auto added = review::ReviewNotebook::add(*opened.database, key, kind, text, proposed);
            if (!added)
                qFatal("%s", qPrintable(added.error));
        };
        add(Showcase, NoteKind::Correction, QStringLiteral("The showcase was held a day later"),
            QStringLiteral("planned=2025-12-30..2025-12-30; actual=2025-12-31..2025-12-31"));
        add(LgResult, NoteKind::Correction, QStringLiteral("Rank published in the ministry release"),
            QStringLiteral("outcome=advanced; rank=2; total=-"));
        add(SktResult, NoteKind::Correction, QStringLiteral("Total as announced"), QStringLiteral("91.5"));
        add(Lg, NoteKind::Question, QStringLiteral("Is the English name official?"), QString());
        const QString json = QDir(m_sample->dirPath()).filePath(QStringLiteral("park.json"));
        if (const QString error = review::NotesFile::exportNotes(*opened.database, json); !error.isEmpty())
            qFatal("%s", qPrintable(error));
        return json;
    }

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        m_sample = new test::SampleDatabase;
        const QString json = reviewersFile();
        qputenv("USERNAME", "choi");  // the official at the office
        qputenv("USER", "choi");
        m_shell = std::make_unique<test::ShellFixture>(*m_sample, domain::Language::English, QDate(2026, 11, 29));
        m_window = m_shell->window.get();
        QString error;
        m_window->reviewActions()->mergeNotes({json}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(panel()->proxy()->rowCount(), 4);
    }

    void cleanupTestCase()
    {
        m_shell.reset();
        delete m_sample;
    }

    void onlyAnOpenMergedCorrectionCanBeAccepted()
    {
        const int question = panelRowOf(noteOn(Lg).id);
        panel()->table()->setCurrentIndex(panel()->proxy()->index(question, 0));
        QVERIFY(!panel()->acceptButton()->isEnabled());
        QString refusal;
        QVERIFY(!m_window->reviewActions()->correctionAcceptor()->createDialog(noteOn(Lg), &refusal));
        QVERIFY(!refusal.isEmpty());
        panel()->table()->setCurrentIndex(panel()->proxy()->index(panelRowOf(noteOn(Showcase).id), 0));
        QVERIFY(panel()->acceptButton()->isEnabled());
    }

    void acceptingAStageCorrectionOpensTheDatesFormPrefilled()
    {
        const MergedNote note = noteOn(Showcase);
        QString refusal;
        ui::EditDialog *dialog = m_window->reviewActions()->correctionAcceptor()->createDialog(note, &refusal);
        QVERIFY2(dialog, qPrintable(refusal));
        QCOMPARE(dialog->findChild<QDateEdit *>(QStringLiteral("actualStart"))->date(), QDate(2025, 12, 31));
        QCOMPARE(dialog->findChild<QDateEdit *>(QStringLiteral("actualEnd"))->date(), QDate(2025, 12, 31));
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("hasActual"))->isChecked());
        dialog->findChild<QLineEdit *>(QStringLiteral("reason"))->setText(QStringLiteral("Checked with the ministry"));
        auto *sources = dialog->findChild<QComboBox *>(QStringLiteral("sourceChoice"));
        for (const domain::Source &source : m_shell->state.snapshot().sources) {
            if (!source.isIllustrative() && sources->currentIndex() <= 0)
                sources->setCurrentIndex(sources->findData(source.id));
        }
        dialog->show();  // problems are read from the visible form
        QVERIFY2(dialog->save(), qPrintable(dialog->generalProblemText() + dialog->problemText(QStringLiteral("source"))));
        delete dialog;

        // The edit is logged as coming from the note and its reviewer, with what the official typed.
        bool edited = false;
        for (const store::ChangeLogEntry &entry : changeLog()) {
            if (entry.kind == QLatin1String("stage") && entry.field == QLatin1String("actual_start")) {
                edited = true;
                QCOMPARE(entry.newValue, QStringLiteral("2025-12-31"));
                QVERIFY2(entry.reason.contains(note.note.uid), qPrintable(entry.reason));
                QVERIFY(entry.reason.contains(QLatin1String("park")));
                QVERIFY(entry.reason.contains(QLatin1String("Checked with the ministry")));
                QCOMPARE(entry.osAccount, QStringLiteral("choi"));
            }
        }
        QVERIFY(edited);
        // ... and the note is resolved, which is logged too.
        QCOMPARE(noteOn(Showcase).status, MergedNote::Status::Resolved);
        QVERIFY(noteOn(Showcase).reason.contains(QLatin1String("actual=2025-12-31")));
        const QVector<store::ChangeLogEntry> log = changeLog();
        QVERIFY(std::any_of(log.cbegin(), log.cend(), [&note](const store::ChangeLogEntry &e) {
            return e.kind == QLatin1String("review_note") && e.factKey == note.note.uid;
        }));
    }

    void acceptingAResultCorrectionPrefillsTheTeamsRow()
    {
        const MergedNote note = noteOn(SktResult);
        QString refusal;
        ui::EditDialog *dialog = m_window->reviewActions()->correctionAcceptor()->createDialog(note, &refusal);
        QVERIFY2(dialog, qPrintable(refusal));
        QVERIFY(qobject_cast<ui::RoundResultsDialog *>(dialog));
        const qint64 skt = [this] {
            for (const domain::Consortium &c : m_shell->state.snapshot().consortia) {
                if (c.code == QLatin1String("skt"))
                    return c.id;
            }
            return qint64(0);
        }();
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("total:%1").arg(skt))->text(), QStringLiteral("91.5"));
        // Cancelled: nothing written, the note stays open.
        const qsizetype logged = changeLog().size();
        dialog->reject();
        delete dialog;
        QCOMPARE(changeLog().size(), logged);
        QCOMPARE(noteOn(SktResult).status, MergedNote::Status::Open);

        const MergedNote lg = noteOn(LgResult);
        dialog = m_window->reviewActions()->correctionAcceptor()->createDialog(lg, &refusal);
        QVERIFY(dialog);
        const qint64 lgId = m_shell->state.snapshot().consortia.first().id;
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("rank:%1").arg(lgId))->text(), QStringLiteral("2"));
        delete dialog;
    }

    // A sealed result cannot be edited (the schema refuses): accepting opens the correction form,
    // with the proposed total and the reviewer's words as the reason to start from.
    void aSealedResultIsCorrectedThroughTheCorrectionForm()
    {
        const qint64 stage = [this] {
            for (const domain::Stage &s : m_shell->state.snapshot().stages) {
                if (s.code == QLatin1String("document-review"))
                    return s.id;
            }
            return qint64(0);
        }();
        {
            store::Database::OpenResult opened = store::Database::open(m_sample->path(), {});
            QVERIFY(store::SealedResultStore(opened.database->connection()).sealRound(stage, QDate(2026, 1, 20)).ok());
        }
        QVERIFY(m_window->openDatabase(m_sample->path()));
        const MergedNote note = noteOn(SktResult);
        QString refusal;
        auto *dialog = qobject_cast<ui::CorrectionDialog *>(
            m_window->reviewActions()->correctionAcceptor()->createDialog(note, &refusal));
        QVERIFY2(dialog, qPrintable(refusal));
        const domain::RoundResult *skt = nullptr;
        for (const domain::RoundResult *result : m_shell->state.snapshot().resultsOfStage(stage)) {
            if (m_shell->state.snapshot().consortium(result->consortiumId)->code == QLatin1String("skt"))
                skt = result;
        }
        QVERIFY(skt && skt->sealed);
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("result"))->currentData().toLongLong(), skt->id);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("total"))->text(), QStringLiteral("91.5"));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEn"))->text(), QStringLiteral("Total as announced"));
        auto *source = dialog->findChild<QComboBox *>(QStringLiteral("sourceChoice"));
        source->setCurrentIndex(source->findText(QStringLiteral("S13 "), Qt::MatchStartsWith));
        QVERIFY(source->currentIndex() > 0);
        const qint64 sktId = skt->id;  // the snapshot is reloaded by the save
        const domain::Outcome outcome = skt->outcome;
        const domain::ExitReason exitReason = skt->exitReason;
        QVERIFY2(dialog->save(), qPrintable(dialog->generalProblemText() + dialog->problemText(QStringLiteral("source"))));
        delete dialog;

        int logged = 0;
        for (const store::ChangeLogEntry &entry : changeLog()) {
            if (entry.kind == QLatin1String("result_correction") && entry.factKey.startsWith(QLatin1String("document-review/skt/"))) {
                ++logged;
                QVERIFY2(entry.reason.startsWith(QStringLiteral("From review note %1 by park").arg(note.note.uid)),
                         qPrintable(entry.reason));
                QCOMPARE(entry.osAccount, QStringLiteral("choi"));
            }
        }
        QVERIFY(logged > 0);
        QCOMPARE(noteOn(SktResult).status, MergedNote::Status::Resolved);
        for (const domain::RoundResult *result : m_shell->state.snapshot().resultsOfStage(stage)) {
            if (result->id == sktId) {
                QVERIFY(result->correction);
                QCOMPARE(result->totalScore, std::optional<double>(91.5));
                QCOMPARE(result->outcome, outcome);  // unchanged, with the exact reason it left
                QCOMPARE(result->exitReason, exitReason);
            }
        }
    }

    void dismissingNeedsAReasonAndIsLogged()
    {
        const MergedNote note = noteOn(Lg);
        const int row = panelRowOf(note.id);
        QVERIFY(!panel()->closeRow(row, false, QStringLiteral("  ")).isEmpty());
        QCOMPARE(noteOn(Lg).status, MergedNote::Status::Open);
        QCOMPARE(panel()->closeRow(row, false, QStringLiteral("Answered by phone")), QString());
        QCOMPARE(noteOn(Lg).status, MergedNote::Status::Dismissed);
        int logged = 0;
        for (const store::ChangeLogEntry &entry : changeLog()) {
            if (entry.kind == QLatin1String("review_note") && entry.factKey == note.note.uid) {
                ++logged;
                QCOMPARE(entry.newValue, QStringLiteral("dismissed"));
                QCOMPARE(entry.reason, QStringLiteral("Answered by phone"));
                QCOMPARE(entry.osAccount, QStringLiteral("choi"));
            }
        }
        QCOMPARE(logged, 1);
    }

    // Resolving and dismissing write rows of kind review_note: the Change history names the kind
    // in the display language, as it does for a correction, instead of showing the raw word.
    void reviewNoteRowsAreNamedInBothLanguages()
    {
        history::ChangeLogModel model(m_shell->state);
        const auto kindsShown = [&model] {
            QHash<QString, QString> shown;
            for (int row = 0; row < model.rowCount(); ++row)
                shown.insert(model.index(row, 0).data(history::ChangeLogModel::KindRole).toString(),
                             model.index(row, history::ChangeLogModel::KindColumn).data().toString());
            return shown;
        };
        QHash<QString, QString> shown = kindsShown();
        QCOMPARE(shown.value(QStringLiteral("review_note")), QStringLiteral("Review note"));
        QCOMPARE(shown.value(QStringLiteral("result_correction")), QStringLiteral("Correction"));
        m_shell->languages.setLanguage(domain::Language::Korean, false);
        shown = kindsShown();
        m_shell->languages.setLanguage(domain::Language::English, false);
        QCOMPARE(shown.value(QStringLiteral("review_note")), QStringLiteral("검토 의견"));
        QCOMPARE(shown.value(QStringLiteral("result_correction")), QStringLiteral("정정"));
    }
};

QTEST_MAIN(TestReviewAccept)
#include "tst_review_accept.moc"
