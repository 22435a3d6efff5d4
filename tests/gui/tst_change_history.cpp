// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: the change log as an item model (checked by QAbstractItemModelTester), its filters,
// the Change history view opening the changed item, and `kai-dashboard history`.
#include "AppProcess.h"
#include "ShellFixture.h"
#include "edit/EditSession.h"
#include "edit/RoundEdits.h"
#include "edit/EditContext.h"
#include "history/ChangeHistoryView.h"
#include "history/ChangeLogModel.h"
#include "store/FactStore.h"
#include "store/MigrationRunner.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace kai;

namespace {
// Records the phase-2 result for every team through the session, with a reason.
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
    command->setReason(QStringLiteral("ministry press release"));
    QVERIFY(session.submit(std::move(command)).isEmpty());
}
} // namespace

class TestChangeHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase() { test::enterTestMode(); }

    void theModelListsTheLogAndFilters()
    {
        test::SampleDatabase sample;
        auto state = test::createState(sample, domain::Language::English, QDate(2026, 11, 29), false);
        edit::EditSession session(*state);
        history::ChangeLogModel model(*state);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.rowCount();
        QVERIFY(before >= 1);  // the upgrade to version 4
        recordPhaseTwo(*state, session);
        QVERIFY(model.rowCount() > before);
        QCOMPARE(model.index(0, history::ChangeLogModel::ActionColumn).data().toString(), QStringLiteral("Edit"));
        QVERIFY(model.kinds().contains(QStringLiteral("round_result")));

        history::ChangeLogFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setKind(QStringLiteral("schema"));
        QCOMPARE(filter.rowCount(), store::MigrationRunner::latestVersion() - 3);  // one row per upgrade from 3
        filter.setKind(QStringLiteral("round_result"));
        QVERIFY(filter.rowCount() >= 4);
        filter.setText(QStringLiteral("phase2-eval/upstage"));
        QVERIFY(filter.rowCount() >= 1);
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, history::ChangeLogModel::ItemColumn).data().toString(), QStringLiteral("phase2-eval/upstage"));
        filter.setText({});
        filter.setDateRange(QDate(2000, 1, 1), QDate(2000, 12, 31));
        QCOMPARE(filter.rowCount(), 0);
        filter.setDateRange({}, {});
        filter.setPerson(QStringLiteral("nobody-at-all"));
        QCOMPARE(filter.rowCount(), 0);

        session.undoStack()->undo();  // the undo appears as well
        QCOMPARE(model.index(0, history::ChangeLogModel::ActionColumn).data().toString(), QStringLiteral("Undo"));
    }

    void theViewOpensTheChangedItem()
    {
        test::SampleDatabase sample;
        test::ShellFixture shell(sample, domain::Language::English, QDate(2026, 11, 29));
        recordPhaseTwo(shell.state, *shell.window->editSession());
        shell.window->showView(ui::ViewId::History);
        auto *view = shell.window->findChild<ui::ChangeHistoryView *>();
        QVERIFY(view);
        QCOMPARE(shell.window->currentView(), ui::ViewId::History);
        // The history draws no slide: Export Current View is off there, and on again elsewhere.
        auto *exportView = shell.window->findChild<QAction *>(QStringLiteral("exportCurrentView"));
        QVERIFY(exportView && !exportView->isEnabled());
        view->filter()->setKind(QStringLiteral("round_result"));
        QVERIFY(view->filter()->rowCount() > 0);
        view->openRow(0);
        QCOMPARE(shell.window->currentView(), ui::ViewId::Rounds);
        QVERIFY(exportView->isEnabled());
    }

    void theCommandPrintsTheLog()
    {
        test::SampleDatabase sample;
        {
            auto state = test::createState(sample, domain::Language::English, QDate(2026, 11, 29), false);
            edit::EditSession session(*state);
            recordPhaseTwo(*state, session);
        }
        const test::AppRun text = test::runApp({QStringLiteral("history"), QStringLiteral("--db"), sample.path()}, m_home.path());
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("round_result phase2-eval/upstage rank: (none) → ")), qPrintable(text.out + text.err));
        QVERIFY(text.out.contains(QLatin1String("ministry press release")));

        const test::AppRun csv = test::runApp({QStringLiteral("history"), QStringLiteral("--db"), sample.path(),
                                               QStringLiteral("--format"), QStringLiteral("csv")}, m_home.path());
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(QLatin1String("changed_at,os_account,display_name,app_version,action,")));

        const test::AppRun json = test::runApp({QStringLiteral("history"), QStringLiteral("--db"), sample.path(),
                                                QStringLiteral("--format"), QStringLiteral("json"),
                                                QStringLiteral("--since"), QStringLiteral("2000-01-01")}, m_home.path());
        QCOMPARE(json.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(rows.size() > 4);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("edit"));

        const test::AppRun future = test::runApp({QStringLiteral("history"), QStringLiteral("--db"), sample.path(),
                                                  QStringLiteral("--since"), QStringLiteral("2999-01-01")}, m_home.path());
        QCOMPARE(future.exitCode, 0);
        QVERIFY(future.out.trimmed().isEmpty());

        for (const QStringList &bad : {QStringList{QStringLiteral("history"), QStringLiteral("--since"), QStringLiteral("yesterday")},
                                       QStringList{QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("xml")},
                                       QStringList{QStringLiteral("history"), QStringLiteral("extra")},
                                       QStringList{QStringLiteral("check"), QStringLiteral("--since"), QStringLiteral("2026-01-01")}}) {
            const test::AppRun run = test::runApp(bad, m_home.path());
            QVERIFY2(run.exitCode == 2, qPrintable(bad.join(QLatin1Char(' ')) + run.err));
        }
        const test::AppRun missing = test::runApp({QStringLiteral("history"), QStringLiteral("--db"), m_home.filePath(QStringLiteral("none.sqlite"))}, m_home.path());
        QCOMPARE(missing.exitCode, 2);
    }
};

QTEST_MAIN(TestChangeHistory)
#include "tst_change_history.moc"
