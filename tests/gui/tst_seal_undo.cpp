// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: sealing a round and recording a correction are edits like the others, driven through
// the real dialogs and the Edit menu's actions: logged, undone with Undo (the round is editable
// again; the original value shows again) until an export has shown them, then permanent.
#include "ShellFixture.h"
#include "edit/EditActions.h"
#include "edit/EditSession.h"
#include "edit/RoundResultsDialog.h"
#include "edit/SealDialogs.h"
#include "export/ExportActions.h"
#include "rounds/RoundsView.h"
#include "store/ChangeLog.h"
#include "store/FactStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace kai;
using ui::EditActions;
using ui::ViewId;

class TestSealUndo : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SampleDatabase> m_sample;
    std::unique_ptr<test::ShellFixture> m_shell;
    qint64 m_phaseOne = 0;
    qint64 m_lg = 0;

    ui::MainWindow &window() { return *m_shell->window; }
    QUndoStack *stack() { return window().editSession()->undoStack(); }

    const domain::RoundResult *lgResult()
    {
        for (const domain::RoundResult *result : m_shell->state.snapshot().resultsOfStage(m_phaseOne)) {
            if (result->consortiumId == m_lg)
                return result;
        }
        return nullptr;
    }

    template<typename Dialog>
    Dialog *openFromMenu(EditActions::Kind kind)
    {
        window().showView(ViewId::Rounds, m_phaseOne);
        QAction *action = window().editActions()->action(kind);
        if (!action->isVisible() || !action->isEnabled())
            return nullptr;
        action->trigger();
        return window().findChild<Dialog *>();
    }

    QVector<store::ChangeLogEntry> logOf(const char *kind)
    {
        QVector<store::ChangeLogEntry> rows;
        for (const store::ChangeLogEntry &entry : store::ChangeLogRepository(m_shell->state.database()->sql()).load()) {
            if (entry.kind == QLatin1String(kind))
                rows.append(entry);
        }
        return rows;
    }

    static void chooseSource(QDialog *dialog, const QString &code)
    {
        auto *source = dialog->findChild<QComboBox *>(QStringLiteral("sourceChoice"));
        for (int i = 0; i < source->count(); ++i) {
            if (source->itemText(i).startsWith(code + QLatin1Char(' ')))
                source->setCurrentIndex(i);
        }
    }

    // Seals phase 1 on 20 January 2026 through Edit → Seal Round Results…
    void sealPhaseOne()
    {
        auto *dialog = openFromMenu<ui::SealRoundDialog>(EditActions::Kind::SealRound);
        QVERIFY(dialog);
        auto *round = dialog->findChild<QComboBox *>(QStringLiteral("stage"));
        round->setCurrentIndex(round->findData(m_phaseOne));
        QCOMPARE(round->currentData().toLongLong(), m_phaseOne);
        dialog->findChild<QDateEdit *>(QStringLiteral("sealedOn"))->setDate(QDate(2026, 1, 20));
        QVERIFY2(dialog->save(), qPrintable(dialog->generalProblemText()));
        QVERIFY(lgResult()->sealed);
    }

    // The phase-1 results form: whether saving LG's total as 90.3 is written.
    bool resultsFormSaves()
    {
        auto *dialog = openFromMenu<ui::RoundResultsDialog>(EditActions::Kind::RecordRoundResults);
        if (!dialog)
            return false;
        dialog->findChild<QLineEdit *>(QStringLiteral("total:%1").arg(m_lg))->setText(QStringLiteral("90.3"));
        chooseSource(dialog, QStringLiteral("S41"));
        const bool saved = dialog->save();
        if (!saved) {
            m_lastProblem = dialog->generalProblemText();
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->objectName().startsWith(QLatin1String("problem:")) && !label->text().isEmpty())
                    m_lastProblem += label->objectName() + QLatin1Char(' ') + label->text();
            }
            delete dialog;
        }
        return saved;
    }
    QString m_lastProblem;

    QStringList roundsTableTexts()
    {
        const QAbstractItemModel *model = window().findChild<ui::RoundsView *>()->table()->model();
        QStringList texts;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                texts << model->index(row, column).data().toString();
        }
        return texts;
    }

    void correctLgTotal()
    {
        auto *dialog = openFromMenu<ui::CorrectionDialog>(EditActions::Kind::RecordCorrection);
        QVERIFY(dialog);
        auto *result = dialog->findChild<QComboBox *>(QStringLiteral("result"));
        result->setCurrentIndex(result->findData(lgResult()->id));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("total"))->text(), QStringLiteral("90.2"));
        dialog->findChild<QLineEdit *>(QStringLiteral("total"))->setText(QStringLiteral("90.4"));
        dialog->findChild<QDateEdit *>(QStringLiteral("recordedOn"))->setDate(QDate(2026, 9, 1));
        QVERIFY(!dialog->save());  // no reason, no source yet
        QVERIFY(!dialog->problemText(QStringLiteral("reasonEn")).isEmpty());
        QVERIFY(!dialog->problemText(QStringLiteral("source")).isEmpty());
        dialog->findChild<QLineEdit *>(QStringLiteral("reasonEn"))->setText(QStringLiteral("User evaluation recounted"));
        chooseSource(dialog, QStringLiteral("S41"));
        QVERIFY2(dialog->save(), qPrintable(dialog->generalProblemText()));
    }

private slots:
    void initTestCase() { test::enterTestMode(); }

    void init()
    {
        m_sample = std::make_unique<test::SampleDatabase>();
        m_shell = std::make_unique<test::ShellFixture>(*m_sample, domain::Language::English, QDate(2026, 11, 29));
        store::FactStore facts(m_shell->state.database()->connection());
        m_phaseOne = facts.idOfCode(store::FactKind::Stage, QStringLiteral("phase1-eval")).value_or(0);
        m_lg = facts.idOfCode(store::FactKind::Consortium, QStringLiteral("lg")).value_or(0);
        QVERIFY(m_phaseOne > 0 && m_lg > 0);
    }

    void cleanup()
    {
        m_shell.reset();
        m_sample.reset();
    }

    void sealThenUndoLeavesTheRoundEditableAgain()
    {
        QSignalSpy index(stack(), &QUndoStack::indexChanged);
        sealPhaseOne();
        QCOMPARE(index.count(), 1);
        QCOMPARE(window().editActions()->undoAction()->text(), QStringLiteral("&Undo: seal Phase-1 evaluation"));
        const auto sealed = logOf("round_seal");
        QCOMPARE(sealed.size(), 3);  // stage_id, sealed_on, sealed_at of one new fact
        QCOMPARE(sealed.first().action, QStringLiteral("edit"));
        QCOMPARE(sealed.first().factKey, QStringLiteral("phase1-eval"));
        QVERIFY(!resultsFormSaves());
        QVERIFY2(m_lastProblem.contains(QLatin1String("sealed")), qPrintable(m_lastProblem));

        window().editActions()->undoAction()->trigger();
        QCOMPARE(index.count(), 2);
        QVERIFY(!lgResult()->sealed);
        QCOMPARE(logOf("round_seal").first().action, QStringLiteral("undo"));  // newest first

        // Redo seals again, recorded anew (an export made while it was undone did not show it).
        QTest::qWait(5);  // the record time has milliseconds
        window().editActions()->redoAction()->trigger();
        QVERIFY(lgResult()->sealed);
        QString editedAt, redoneAt;
        for (const store::ChangeLogEntry &entry : logOf("round_seal")) {
            if (entry.field == QLatin1String("sealed_at") && entry.action == QLatin1String("edit"))
                editedAt = entry.newValue;
            if (entry.field == QLatin1String("sealed_at") && entry.action == QLatin1String("redo"))
                redoneAt = entry.newValue;
        }
        QVERIFY(!editedAt.isEmpty() && redoneAt > editedAt);
        window().editActions()->undoAction()->trigger();

        QVERIFY(resultsFormSaves());
        QCOMPARE(lgResult()->totalScore, std::optional<double>(90.3));
        QVERIFY(!stack()->canRedo());
    }

    void correctionThenUndoShowsTheOriginal()
    {
        sealPhaseOne();
        const qint64 index = stack()->index();
        correctLgTotal();
        QCOMPARE(stack()->index(), index + 1);
        QCOMPARE(lgResult()->totalScore, std::optional<double>(90.4));
        QVERIFY(lgResult()->correction);
        QVERIFY(roundsTableTexts().join(QLatin1Char('|')).contains(QLatin1String("Corrected")));
        const auto logged = logOf("result_correction");
        QVERIFY(!logged.isEmpty());
        QCOMPARE(logged.first().reason, QString());  // the change-log reason is the form's optional one
        QVERIFY(logged.first().factKey.startsWith(QLatin1String("phase1-eval/lg/")));
        QCOMPARE(logged.first().source, QStringLiteral("S41"));

        window().editActions()->undoAction()->trigger();
        QCOMPARE(lgResult()->totalScore, std::optional<double>(90.2));
        QVERIFY(!lgResult()->correction);
        QVERIFY(!roundsTableTexts().join(QLatin1Char('|')).contains(QLatin1String("Corrected")));
        QVERIFY(lgResult()->sealed);  // only the correction was undone
        QCOMPARE(logOf("result_correction").first().action, QStringLiteral("undo"));
    }

    void afterAnExportShowedItTheSealCannotBeUndone()
    {
        sealPhaseOne();
        QVERIFY(window().editSession()->canUndo());
        const QString path = QDir(m_sample->dirPath()).filePath(QStringLiteral("rounds.png"));
        ui::ExportSettings settings;
        settings.size = QSize(1280, 720);
        QCOMPARE(window().exportActions()->exportView(ui::SlideTarget{ViewId::Rounds}, settings, path, false), QString());

        // The Edit menu looks again when it opens: Undo is off and says why.
        QMenu *editMenu = nullptr;
        for (QAction *action : window().menuBar()->actions()) {
            if (action->menu() && action->menu()->actions().contains(window().editActions()->undoAction()))
                editMenu = action->menu();
        }
        QVERIFY(editMenu);
        emit editMenu->aboutToShow();
        QAction *undo = window().editActions()->undoAction();
        QVERIFY(!undo->isEnabled());
        QVERIFY2(undo->toolTip().contains(QLatin1String("export")), qPrintable(undo->toolTip()));

        QSignalSpy failed(window().editSession(), &edit::EditSession::editFailed);
        const int index = stack()->index();
        window().editSession()->undo();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(stack()->index(), index);
        QVERIFY(lgResult()->sealed);
        QVERIFY(logOf("round_seal").first().action == QLatin1String("edit"));
    }
};

QTEST_MAIN(TestSealUndo)
#include "tst_seal_undo.moc"
