// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the Changes view lists what changed since a briefing chosen from the export register
// or since a day, follows edits and the language, and opens each line's item in its view; the
// Change history view shows the export register on its second tab.
#include "ShellFixture.h"
#include "edit/EditContext.h"
#include "edit/EditSession.h"
#include "edit/RoundEdits.h"
#include "history/ChangeHistoryView.h"
#include "history/ChangesModel.h"
#include "history/ChangesView.h"
#include "store/DatabaseFingerprint.h"
#include "store/ExportRegisterStore.h"
#include "store/FactStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListView>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QThread>

using namespace kai;

namespace {
void recordPhaseTwo(DashboardState &state, edit::EditSession &session)
{
    store::FactStore facts(state.database()->connection());
    const qint64 stage = facts.idOfCode(store::FactKind::Stage, QStringLiteral("phase2-eval")).value_or(0);
    edit::EditContext context(*state.database());
    edit::RoundResultsForm form = edit::RecordRoundResultsCommand::formFor(context, stage);
    form.evaluatedOn = QDate(2026, 8, 14);
    form.announcedOn = QDate(2026, 8, 20);
    int rank = 1;
    for (edit::TeamResultForm &team : form.teams) {
        team.rank = rank;
        team.outcome = rank++ <= 3 ? edit::TeamOutcome::Advanced : edit::TeamOutcome::BelowCutLine;
    }
    auto command = std::make_unique<edit::RecordRoundResultsCommand>(form);
    command->setSource({facts.idOfCode(store::FactKind::Source, QStringLiteral("S61")).value_or(0), std::nullopt});
    QVERIFY(session.submit(std::move(command)).isEmpty());
}

QString registerBriefing(DashboardState &state)
{
    store::SqliteConnection &c = state.database()->connection();
    const QString checksum = store::DatabaseFingerprint(c).shortHex();
    store::ExportRegisterStore(c).record({QDateTime::currentDateTimeUtc(), QStringLiteral("pack"), QStringLiteral("en"),
                                          QStringLiteral("internal"), QDate(2026, 11, 29), checksum,
                                          QStringLiteral("briefing-monday.pdf")});
    state.reload();
    return checksum;
}

QStringList rowsOf(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << model.index(row, 0).data().toString();
    return rows;
}
} // namespace

class TestChangesView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::enterTestMode(); }

    void listsChangesSinceABriefingAndOpensThem()
    {
        test::SampleDatabase sample;
        test::ShellFixture shell(sample, domain::Language::English, QDate(2026, 11, 29));
        const QString checksum = registerBriefing(shell.state);
        QThread::msleep(1100);  // the log counts whole seconds
        recordPhaseTwo(shell.state, *shell.window->editSession());

        shell.window->showView(ui::ViewId::Changes);
        QCOMPARE(shell.window->currentView(), ui::ViewId::Changes);
        auto *view = shell.window->findChild<ui::ChangesView *>();
        QVERIFY(view);
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->sinceChoice()->count(), 2);
        QVERIFY(view->sinceChoice()->itemText(1).contains(QLatin1String("briefing-monday.pdf")));
        view->sinceChoice()->setCurrentIndex(1);
        QVERIFY(!view->sinceDay()->isEnabled());
        QCOMPARE(rowsOf(*view->model()), QStringList({
            QStringLiteral("Evaluation Rounds"),
            QStringLiteral("LG AI Research consortium advanced in Phase-2 evaluation. Rank 1."),
            QStringLiteral("SK Telecom consortium advanced in Phase-2 evaluation. Rank 2."),
            QStringLiteral("Upstage consortium advanced in Phase-2 evaluation. Rank 3."),
            QStringLiteral("Motif Technologies consortium was eliminated in Phase-2 evaluation. Rank 4."),
        }));
        auto *heading = view->findChild<QLabel *>(QStringLiteral("changesHeading"));
        QVERIFY(heading->text().contains(QStringLiteral("briefing-monday.pdf, data checksum %1").arg(checksum)));

        // The heading opens nothing; a line opens its round.
        view->openRow(0);
        QCOMPARE(shell.window->currentView(), ui::ViewId::Changes);
        view->list()->setCurrentIndex(view->model()->index(2, 0));
        QTest::keyClick(view->list(), Qt::Key_Return);
        QCOMPARE(shell.window->currentView(), ui::ViewId::Rounds);

        // Undone, the results are no longer news.
        shell.window->editSession()->undoStack()->undo();
        QCOMPARE(view->model()->rowCount(), 0);
        auto *notes = view->findChild<QLabel *>(QStringLiteral("changesNotes"));
        QCOMPARE(notes->text(), QStringLiteral("Nothing has changed since then: the data's checksum is still %1.").arg(checksum));
        shell.window->editSession()->undoStack()->redo();
        QCOMPARE(view->model()->rowCount(), 5);
        QCOMPARE(view->sinceChoice()->currentIndex(), 1);  // the choice survives the reload
    }

    void followsTheLanguageAndADay()
    {
        test::SampleDatabase sample;
        test::ShellFixture shell(sample, domain::Language::English, QDate(2026, 11, 29));
        recordPhaseTwo(shell.state, *shell.window->editSession());
        shell.window->showView(ui::ViewId::Changes);
        auto *view = shell.window->findChild<ui::ChangesView *>();
        QCOMPARE(view->sinceChoice()->currentIndex(), 0);  // no briefing yet: a day
        QVERIFY(view->sinceDay()->isEnabled());
        QCOMPARE(view->model()->rowCount(), 5);

        auto *box = shell.window->findChild<QComboBox *>(QStringLiteral("languageBox"));
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Up);  // 한국어 is listed first
        QCOMPARE(shell.state.language(), domain::Language::Korean);
        QCOMPARE(view->title(), QStringLiteral("변경 사항"));
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("평가 결과"));
        QCOMPARE(view->model()->index(1, 0).data().toString(), QStringLiteral("2차 단계평가: LG AI연구원 컨소시엄 통과. 1위."));
        QCOMPARE(view->sinceChoice()->itemText(0), QStringLiteral("날짜 지정"));

        view->sinceDay()->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("changesNotes"))->text(), QStringLiteral("그 이후 변경 사항이 없습니다."));
    }

    void theChangeHistoryShowsTheExportRegister()
    {
        test::SampleDatabase sample;
        test::ShellFixture shell(sample, domain::Language::English, QDate(2026, 11, 29));
        const QString checksum = registerBriefing(shell.state);
        shell.window->showView(ui::ViewId::History);
        auto *history = shell.window->findChild<ui::ChangeHistoryView *>();
        QCOMPARE(history->tabs()->count(), 2);
        QCOMPARE(history->tabs()->tabText(1), QStringLiteral("Exports"));
        QAbstractItemModel *exports = history->exportsTable()->model();
        QCOMPARE(exports->rowCount(), 1);
        QStringList cells;
        for (int column = 0; column < exports->columnCount(); ++column)
            cells << exports->index(0, column).data().toString();
        QVERIFY2(cells.contains(QStringLiteral("briefing-monday.pdf")), qPrintable(cells.join(QLatin1Char('|'))));
        QVERIFY(cells.contains(checksum));
    }
};

QTEST_MAIN(TestChangesView)
#include "tst_changes_view.moc"
