// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: recording the phase-2 result for all four teams through the dialog updates every view
// at once; rules are named next to their fields before anything is written; Undo says what it
// undoes; a read-only database offers no edits.
#include "ShellFixture.h"
#include "consortia/ConsortiaView.h"
#include "consortia/ConsortiumDetailPanel.h"
#include "domain/TimelineLayout.h"
#include "edit/DisplayNameDialog.h"
#include "edit/EditActions.h"
#include "edit/EditSession.h"
#include "edit/RoundResultsDialog.h"
#include "overview/FunnelStrip.h"
#include "overview/OverviewView.h"
#include "rounds/RoundsView.h"
#include "shell/AppSettings.h"
#include "store/ChangeLog.h"
#include "store/DatabaseFingerprint.h"
#include "store/FactStore.h"
#include "store/SqliteTransaction.h"
#include "timeline/TimelineCanvas.h"
#include "timeline/TimelineView.h"

#include <QCheckBox>
#include <QLabel>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace kai;
using ui::EditActions;
using ui::ViewId;

class TestEditWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SampleDatabase> m_sample;
    std::unique_ptr<test::ShellFixture> m_shell;
    qint64 m_phaseTwo = 0;

    ui::MainWindow &window() { return *m_shell->window; }
    const domain::ProgramSnapshot &snapshot() { return m_shell->state.snapshot(); }

    qint64 consortium(const char *code)
    {
        for (const domain::Consortium &c : snapshot().consortia) {
            if (c.code == QLatin1String(code))
                return c.id;
        }
        return 0;
    }

    QList<int> funnelCounts(bool *phaseTwoPlanned)
    {
        window().showView(ui::ViewId::Overview);
        const auto steps = window().page(ui::ViewId::Overview)->findChild<ui::FunnelStrip *>()->steps();
        QList<int> counts;
        for (const auto &step : steps)
            counts << step.count;
        *phaseTwoPlanned = steps.value(5).planned;
        return counts;
    }

    int timelineMarkers(domain::LaneMarkerKind kind)
    {
        window().showView(ui::ViewId::Timeline);  // a view hidden behind another catches up when shown
        const domain::TimelineLayout *layout =
            qobject_cast<ui::TimelineView *>(window().page(ui::ViewId::Timeline))->canvas()->layout();
        int count = 0;
        for (const domain::TimelineLane &lane : layout->lanes()) {
            for (const domain::TimelineLaneMarker &marker : lane.markers) {
                if (marker.kind == kind && marker.result && marker.result->stageId == m_phaseTwo)
                    ++count;
            }
        }
        return count;
    }

    QStringList roundsTableColumn(int column)
    {
        const QAbstractItemModel *model = window().findChild<ui::RoundsView *>()->table()->model();
        QStringList texts;
        for (int row = 0; row < model->rowCount(); ++row)
            texts << model->index(row, column).data().toString();
        return texts;
    }

    ui::RoundResultsDialog *openResultsDialog()
    {
        window().showView(ViewId::Rounds, m_phaseTwo);
        QAction *record = window().editActions()->action(EditActions::Kind::RecordRoundResults);
        if (!record->isVisible() || !record->isEnabled())
            return nullptr;
        record->trigger();
        return window().findChild<ui::RoundResultsDialog *>();
    }

    void setTeam(ui::RoundResultsDialog *dialog, qint64 id, edit::TeamOutcome outcome, int rank)
    {
        auto *outcomeBox = dialog->findChild<QComboBox *>(QStringLiteral("outcome:%1").arg(id));
        QVERIFY(outcomeBox);
        outcomeBox->setCurrentIndex(outcomeBox->findData(int(outcome)));
        auto *rankEdit = dialog->findChild<QLineEdit *>(QStringLiteral("rank:%1").arg(id));
        QVERIFY(rankEdit);
        rankEdit->setText(QString::number(rank));
    }

private slots:
    void initTestCase() { test::enterTestMode(); }

    void init()
    {
        m_sample = std::make_unique<test::SampleDatabase>();
        m_shell = std::make_unique<test::ShellFixture>(*m_sample, domain::Language::English, QDate(2026, 11, 29));
        m_phaseTwo = store::FactStore(m_shell->state.database()->connection())
                         .idOfCode(store::FactKind::Stage, QStringLiteral("phase2-eval")).value_or(0);
        QVERIFY(m_phaseTwo > 0);
    }

    void cleanup()
    {
        m_shell.reset();
        m_sample.reset();
    }

    void recordsThePhaseTwoResultOfAllFourTeamsThroughTheDialog()
    {
        bool planned = false;
        const QList<int> countsBefore = funnelCounts(&planned);
        QVERIFY(planned);
        QCOMPARE(timelineMarkers(domain::LaneMarkerKind::Pending), 4);
        const qint64 motif = consortium("motif");
        QVERIFY(snapshot().statusOf(motif) != domain::ConsortiumStatus::Eliminated);
        const QByteArray checksumBefore = store::DatabaseFingerprint(m_shell->state.database()->connection()).sha256();

        ui::RoundResultsDialog *dialog = openResultsDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), 4);
        // Two teams ranked first: named next to the rank, nothing written.
        setTeam(dialog, consortium("lg"), edit::TeamOutcome::Advanced, 1);
        setTeam(dialog, consortium("skt"), edit::TeamOutcome::Advanced, 1);
        setTeam(dialog, consortium("upstage"), edit::TeamOutcome::Advanced, 3);
        setTeam(dialog, motif, edit::TeamOutcome::BelowCutLine, 4);
        auto *sourceChoice = dialog->findChild<QComboBox *>(QStringLiteral("sourceChoice"));
        QVERIFY(sourceChoice);
        QVERIFY(!dialog->save());
        QVERIFY2(dialog->problemText(QStringLiteral("rank:%1").arg(consortium("skt"))).contains(QLatin1String("Rank 1 is already given")),
                 qPrintable(dialog->problemText(QStringLiteral("rank:%1").arg(consortium("skt")))));
        QVERIFY(dialog->problemText(QStringLiteral("source")).contains(QLatin1String("source")));
        QCOMPARE(store::DatabaseFingerprint(m_shell->state.database()->connection()).sha256(), checksumBefore);

        // Fixed, with a source added in the same dialog.
        setTeam(dialog, consortium("skt"), edit::TeamOutcome::Advanced, 2);
        dialog->findChild<QCheckBox *>(QStringLiteral("addSource"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("sourceTitleEn"))->setText(QStringLiteral("MSIT: phase-2 evaluation result"));
        dialog->findChild<QLineEdit *>(QStringLiteral("sourcePublisher"))->setText(QStringLiteral("MSIT"));
        dialog->findChild<QLineEdit *>(QStringLiteral("reason"))->setText(QStringLiteral("press release of 20 August"));
        QVERIFY2(dialog->save(), qPrintable(dialog->generalProblemText()));
        QVERIFY(dialog->result() == QDialog::Accepted);

        // Every view follows at once.
        const QList<int> countsAfter = funnelCounts(&planned);
        QVERIFY(!planned);
        QCOMPARE(countsAfter.value(5), 3);
        QCOMPARE(timelineMarkers(domain::LaneMarkerKind::Pending), 0);
        QCOMPARE(timelineMarkers(domain::LaneMarkerKind::Advanced), 3);
        QCOMPARE(timelineMarkers(domain::LaneMarkerKind::Eliminated), 1);
        QCOMPARE(snapshot().statusOf(motif), domain::ConsortiumStatus::Eliminated);
        QCOMPARE(snapshot().statusOf(consortium("upstage")), domain::ConsortiumStatus::Advanced);
        const QString outcomes = roundsTableColumn(2).join(QLatin1Char('|')) + roundsTableColumn(3).join(QLatin1Char('|'))
            + roundsTableColumn(1).join(QLatin1Char('|'));
        QVERIFY2(!outcomes.contains(QLatin1String("Pending")) && outcomes.contains(QLatin1String("Eliminated")), qPrintable(outcomes));

        QAction *undo = window().editActions()->undoAction();
        QVERIFY2(undo->text().startsWith(QLatin1String("&Undo: record Phase-2 evaluation result for")), qPrintable(undo->text()));
        undo->trigger();
        QCOMPARE(funnelCounts(&planned), countsBefore);
        QVERIFY(planned);
        QCOMPARE(timelineMarkers(domain::LaneMarkerKind::Pending), 4);
        QCOMPARE(store::DatabaseFingerprint(m_shell->state.database()->connection()).sha256(), checksumBefore);
        window().editActions()->redoAction()->trigger();
        QCOMPARE(snapshot().statusOf(motif), domain::ConsortiumStatus::Eliminated);
    }

    void editsAreOfferedWhereTheirDataIsShown()
    {
        window().showView(ViewId::Consortia);
        EditActions *actions = window().editActions();
        QVERIFY(actions->action(EditActions::Kind::MemberJoins)->isVisible());
        QVERIFY(!actions->action(EditActions::Kind::AddStage)->isVisible());
        auto *panel = window().findChild<ui::ConsortiumDetailPanel *>();
        bool hasJoinButton = false;
        for (const QToolButton *button : panel->findChildren<QToolButton *>())
            hasJoinButton |= button->defaultAction() == actions->action(EditActions::Kind::MemberJoins);
        QVERIFY(hasJoinButton);
        QVERIFY(window().findChild<ui::ConsortiaView *>()->actions().contains(actions->action(EditActions::Kind::MemberJoins)));
        window().showView(ViewId::Timeline);
        QVERIFY(actions->action(EditActions::Kind::AddStage)->isVisible());
        QVERIFY(actions->undoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
        QVERIFY(actions->redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        QVERIFY(actions->redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
        QCOMPARE(actions->reloadAction()->shortcut(), QKeySequence(Qt::Key_F5));
    }

    void theChangeLogRecordsTheNameGivenInTheDialog()
    {
        QAction *action = window().editActions()->displayNameAction();
        QVERIFY(action->isVisible());
        action->trigger();
        auto *dialog = window().findChild<ui::DisplayNameDialog *>();
        QVERIFY(dialog);
        // The dialog tells whose account the log already names.
        QVERIFY(dialog->findChild<QLabel *>()->text().contains(store::ChangeAuthor::current().osAccount));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("displayName"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("  Kim   Min-ji, AI Policy Division "));
        dialog->accept();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!window().findChild<ui::DisplayNameDialog *>());
        QCOMPARE(ui::AppSettings::value(ui::AppSettings::Key::DisplayName).toString(),
                 QStringLiteral("Kim Min-ji, AI Policy Division"));

        store::SqliteConnection &connection = m_shell->state.database()->connection();
        store::SqliteTransaction transaction(connection);
        store::ChangeLogWriter(connection, QStringLiteral("edit"), QStringLiteral("test"))
            .append(QStringLiteral("source"), QStringLiteral("test-key"), QStringLiteral("title_en"), {}, QStringLiteral("x"));
        transaction.commit();
        const QVector<store::ChangeLogEntry> rows = store::ChangeLogRepository(connection).load();
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().author(), QStringLiteral("Kim Min-ji, AI Policy Division"));

        // Cleared, the account alone names the author again.
        action->trigger();
        dialog = window().findChild<ui::DisplayNameDialog *>();
        dialog->findChild<QLineEdit *>(QStringLiteral("displayName"))->clear();
        dialog->accept();
        QCOMPARE(store::ChangeAuthor::current().displayName, QString());
    }

    void aReadOnlyDatabaseOffersNoEdits()
    {
        m_shell.reset();
        m_shell = std::make_unique<test::ShellFixture>(*m_sample, domain::Language::English, QDate(2026, 11, 29), true);
        QVERIFY(m_shell->state.isReadOnly());
        QVERIFY(!window().editSession()->canEdit());
        window().showView(ViewId::Rounds);
        EditActions *actions = window().editActions();
        QVERIFY(!actions->action(EditActions::Kind::RecordRoundResults)->isVisible());
        QVERIFY(!actions->undoAction()->isVisible());
        QVERIFY(!actions->displayNameAction()->isVisible());
        QVERIFY(!openResultsDialog());
    }
};

QTEST_MAIN(TestEditWindow)
#include "tst_edit_window.moc"
