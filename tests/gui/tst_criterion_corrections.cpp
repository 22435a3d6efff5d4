// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: a sealed round's criterion scores are corrected like its results. Through the real
// Edit action and form: the Rounds table shows the corrected score with its marker and, as of a
// day before the correction was recorded, the original; Undo takes it back and Redo records it
// again; the change log names it; the Changes list tells it in English and Korean.
#include "ShellFixture.h"
#include "edit/EditActions.h"
#include "edit/EditSession.h"
#include "edit/SealDialogs.h"
#include "edit/SealEdits.h"
#include "history/ChangeLogModel.h"
#include "history/ChangesSince.h"
#include "items/RoundResultsByRoundModel.h"
#include "rounds/RoundsView.h"
#include "store/ChangeLog.h"
#include "store/FactStore.h"
#include "store/RoundDetailsRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace kai;
using ui::EditActions;
using ui::ViewId;

class TestCriterionCorrections : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SampleDatabase> m_sample;
    std::unique_ptr<test::ShellFixture> m_shell;
    qint64 m_phaseOne = 0;
    qint64 m_lg = 0;
    qint64 m_benchmark = 0;

    ui::MainWindow &window() { return *m_shell->window; }
    QUndoStack *stack() { return window().editSession()->undoStack(); }

    // LG's benchmark score as the snapshot of the state's as-of date holds it.
    domain::CriterionScore lgBenchmark()
    {
        const domain::RoundDetails details =
            store::RoundDetailsRepository(m_shell->state.database()->sql()).load(m_phaseOne, m_shell->state.asOf());
        const domain::CriterionScore *score = details.score(m_lg, m_benchmark);
        return score ? *score : domain::CriterionScore{};
    }

    // The text of LG's benchmark cell in the Rounds view's table.
    QString lgBenchmarkCell(int role = Qt::DisplayRole)
    {
        window().showView(ViewId::Rounds, m_phaseOne);
        const QAbstractItemModel *model = window().findChild<ui::RoundsView *>()->table()->model();
        int column = -1;
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString() == QLatin1String("Benchmark evaluation"))
                column = c;
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            if (model->index(row, 0).data(SnapshotTableModel::IdRole).toLongLong() == m_lg)
                return index.data(role).toString();
        }
        return {};
    }

    // The text of LG's weighted total in the Rounds view's table.
    QString lgTotalCell()
    {
        window().showView(ViewId::Rounds, m_phaseOne);
        const QAbstractItemModel *model = window().findChild<ui::RoundsView *>()->table()->model();
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() != QLatin1String("Weighted total"))
                continue;
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data(SnapshotTableModel::IdRole).toLongLong() == m_lg)
                    return model->index(row, c).data().toString();
            }
        }
        return {};
    }

    // The header names the columns in English only, so in Korean the cell is looked for in the whole table.
    bool showsInKorean(const QString &text)
    {
        m_shell->languages.setLanguage(domain::Language::Korean, false);
        window().showView(ViewId::Rounds, m_phaseOne);
        const QAbstractItemModel *model = window().findChild<ui::RoundsView *>()->table()->model();
        bool found = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int c = 0; c < model->columnCount(); ++c)
                found = found || model->index(row, c).data().toString() == text;
        }
        m_shell->languages.setLanguage(domain::Language::English, false);
        return found;
    }

    void sealPhaseOne()
    {
        const edit::EditProblems problems =
            window().editSession()->submit(std::make_unique<edit::SealRoundCommand>(
                edit::SealRoundForm{m_phaseOne, QStringLiteral("Phase-1 evaluation"), QDate(2026, 1, 20)}));
        QVERIFY(problems.isEmpty());
    }

    // Corrects LG's benchmark score from 33.6 to 34.0 on 1 September 2026 through Edit → Correct
    // Criterion Score…
    void correctLgBenchmark(bool matchTotal = false)
    {
        correctLgCriterion(m_benchmark, QStringLiteral("33.6"), QStringLiteral("34"), matchTotal);
    }

    // Corrects one of LG's phase-1 criterion scores on 1 September 2026 through the real form; only a
    // top-level criterion offers the total the criteria then add up to.
    void correctLgCriterion(qint64 criterionId, const QString &from, const QString &to, bool matchTotal = false)
    {
        // A form saved earlier waits for its deferred delete; this correction must fill a new one.
        qDeleteAll(window().findChildren<ui::CriterionCorrectionDialog *>());
        window().showView(ViewId::Rounds, m_phaseOne);
        QAction *action = window().editActions()->action(EditActions::Kind::CorrectCriterionScore);
        QVERIFY(action->isVisible() && action->isEnabled());
        action->trigger();
        auto *dialog = window().findChild<ui::CriterionCorrectionDialog *>();
        QVERIFY(dialog);
        auto *result = dialog->findChild<QComboBox *>(QStringLiteral("result"));
        result->setCurrentIndex(result->findData(lgResultId()));
        auto *criterion = dialog->findChild<QComboBox *>(QStringLiteral("criterion"));
        criterion->setCurrentIndex(criterion->findData(criterionId));
        QCOMPARE(criterion->currentData().toLongLong(), criterionId);
        auto *points = dialog->findChild<QLineEdit *>(QStringLiteral("pointsValue"));
        QCOMPARE(points->text(), from);
        points->setText(to);
        auto *matching = dialog->findChild<QCheckBox *>(QStringLiteral("matchingTotal"));
        QVERIFY(matching);
        if (criterionId == m_benchmark) {
            // The form offers the total the criteria now add up to, in the same step.
            QVERIFY(!matching->isHidden());
            QVERIFY2(matching->text().contains(QLatin1String("90.6")), qPrintable(matching->text()));
            matching->setChecked(matchTotal);
        }
        dialog->findChild<QDateEdit *>(QStringLiteral("recordedOn"))->setDate(QDate(2026, 9, 1));
        QVERIFY(!dialog->save());  // no reason, no source yet
        QVERIFY(!dialog->problemText(QStringLiteral("reasonEn")).isEmpty());
        QVERIFY(!dialog->problemText(QStringLiteral("source")).isEmpty());
        dialog->findChild<QLineEdit *>(QStringLiteral("reasonKo"))->setText(QStringLiteral("벤치마크 재채점"));
        dialog->findChild<QLineEdit *>(QStringLiteral("reasonEn"))->setText(QStringLiteral("Benchmark rescored"));
        dialog->findChild<QLineEdit *>(QStringLiteral("note"))->setText(QStringLiteral("internal memo"));
        auto *source = dialog->findChild<QComboBox *>(QStringLiteral("sourceChoice"));
        for (int i = 0; i < source->count(); ++i) {
            if (source->itemText(i).startsWith(QLatin1String("S41 ")))
                source->setCurrentIndex(i);
        }
        QVERIFY2(dialog->save(), qPrintable(dialog->generalProblemText()));
    }

    qint64 lgResultId()
    {
        for (const domain::RoundResult *result : m_shell->state.snapshot().resultsOfStage(m_phaseOne)) {
            if (result->consortiumId == m_lg)
                return result->id;
        }
        return 0;
    }

    QVector<store::ChangeLogEntry> logOfCorrections()
    {
        QVector<store::ChangeLogEntry> rows;
        for (const store::ChangeLogEntry &entry : store::ChangeLogRepository(m_shell->state.database()->sql()).load()) {
            if (entry.kind == QLatin1String("criterion_score_correction"))
                rows.append(entry);
        }
        return rows;
    }

    QStringList changesIn(domain::Language language, bool press = false)
    {
        m_shell->languages.setLanguage(language, false);
        const history::ChangesReport report = history::ChangesSince::build(
            m_shell->state.database()->connection(), history::SincePoint::fromDay(QDate::currentDate().addDays(-1)),
            language, press);
        QStringList lines;
        for (const history::ChangeSection &section : report.sections) {
            for (const history::ChangeLine &line : section.lines)
                lines << line.sentence;
        }
        m_shell->languages.setLanguage(domain::Language::English, false);
        return lines;
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
        m_benchmark = m_shell->state.database()->connection().queryInt(
            QStringLiteral("SELECT id FROM criterion WHERE stage_id = %1 AND code = 'benchmark'").arg(m_phaseOne));
        QVERIFY(m_phaseOne > 0 && m_lg > 0 && m_benchmark > 0);
    }

    void cleanup()
    {
        m_shell.reset();
        m_sample.reset();
    }

    void anUnsealedRoundHasNothingToCorrect()
    {
        window().showView(ViewId::Rounds, m_phaseOne);
        auto dialog = std::make_unique<ui::CriterionCorrectionDialog>(*window().editSession(), m_shell->state, m_phaseOne, 0);
        QCOMPARE(dialog->resultCount(), 0);
    }

    void theCorrectedScoreShowsFromItsDayAndTheOriginalBefore()
    {
        sealPhaseOne();
        correctLgBenchmark();
        QCOMPARE(lgBenchmark().points, std::optional<double>(34.0));
        QVERIFY(lgBenchmark().correction);
        QCOMPARE(lgBenchmark().correction->originalPoints, std::optional<double>(33.6));
        QCOMPARE(lgBenchmarkCell(), QStringLiteral("34.0 · Corrected 1 Sept 2026"));
        const QString tooltip = lgBenchmarkCell(Qt::ToolTipRole);
        QVERIFY2(tooltip.contains(QLatin1String("Benchmark rescored")) && tooltip.contains(QLatin1String("Originally: 33.6"))
                     && tooltip.contains(QLatin1String("(S41)")) && tooltip.contains(QLatin1String("internal memo")),
                 qPrintable(tooltip));

        // As known on 31 August 2026 the correction was not recorded yet.
        m_shell->state.setAsOf(QDate(2026, 8, 31));
        QCOMPARE(lgBenchmark().points, std::optional<double>(33.6));
        QVERIFY(!lgBenchmark().correction);
        QCOMPARE(lgBenchmarkCell(), QStringLiteral("33.6"));

        // The press profile gives the reason and the source, never the internal note.
        m_shell->state.setAsOf(QDate(2026, 11, 29));
        m_shell->state.setPressMode(true);
        const QString press = lgBenchmarkCell(Qt::ToolTipRole);
        QVERIFY2(press.contains(QLatin1String("Benchmark rescored")) && !press.contains(QLatin1String("internal memo")),
                 qPrintable(press));
    }

    // Left alone, the total no longer matches the criteria: the view says so next to it, in both
    // languages, and only from the correction's day.
    void aTotalTheCriteriaNoLongerMatchSaysSo()
    {
        sealPhaseOne();
        QCOMPARE(lgTotalCell(), QStringLiteral("90.2"));
        correctLgBenchmark();
        QCOMPARE(lgTotalCell(), QStringLiteral("90.2 · Total not corrected; criteria now sum to 90.6"));
        QVERIFY(showsInKorean(QStringLiteral("90.2 · 총점 미정정, 항목 점수 합계는 현재 90.6")));
        m_shell->state.setAsOf(QDate(2026, 8, 31));
        QCOMPARE(lgTotalCell(), QStringLiteral("90.2"));
    }

    // A sub-criterion corrected alone leaves its parent's score behind (benchmarks 33.6 = NIA 9.2 +
    // global common 14.4 + global individual 10.0): the parent says so, in both languages, in its
    // cell, tooltip and the workbook's correction line, from the correction's day only; the total,
    // which adds up the parents, is untouched. Correcting the parent to match clears it.
    void aParentTheSubCriteriaNoLongerMatchSaysSo()
    {
        sealPhaseOne();
        const qint64 nia = m_shell->state.database()->connection().queryInt(
            QStringLiteral("SELECT id FROM criterion WHERE stage_id = %1 AND code = 'nia-benchmark'").arg(m_phaseOne));
        QVERIFY(nia > 0);
        correctLgCriterion(nia, QStringLiteral("9.2"), QStringLiteral("9.6"));
        QCOMPARE(lgBenchmarkCell(), QStringLiteral("33.6 · Not corrected; sub-criteria now sum to 34.0"));
        QCOMPARE(lgBenchmarkCell(Qt::ToolTipRole), QStringLiteral("Not corrected; sub-criteria now sum to 34.0"));
        QVERIFY2(lgBenchmarkCell(RoundResultsByRoundModel::CorrectionRole).contains(QLatin1String("sub-criteria now sum to 34.0")),
                 qPrintable(lgBenchmarkCell(RoundResultsByRoundModel::CorrectionRole)));
        QCOMPARE(lgTotalCell(), QStringLiteral("90.2"));
        QVERIFY(showsInKorean(QStringLiteral("33.6 · 미정정, 세부 항목 점수 합계는 현재 34.0")));
        m_shell->state.setAsOf(QDate(2026, 8, 31));
        QCOMPARE(lgBenchmarkCell(), QStringLiteral("33.6"));

        m_shell->state.setAsOf(QDate(2026, 11, 29));
        correctLgBenchmark();
        QCOMPARE(lgBenchmarkCell(), QStringLiteral("34.0 · Corrected 1 Sept 2026"));
        QCOMPARE(lgTotalCell(), QStringLiteral("90.2 · Total not corrected; criteria now sum to 90.6"));
    }

    // Offered in the form, the matching total is recorded with the criterion in one step: one Undo
    // takes both back.
    void theMatchingTotalIsCorrectedInTheSameUndoStep()
    {
        sealPhaseOne();
        const int index = stack()->index();
        correctLgBenchmark(true);
        QCOMPARE(stack()->index(), index + 1);
        QCOMPARE(lgTotalCell(), QStringLiteral("90.6"));
        const auto count = [this](const char *table) {
            return m_shell->state.database()->connection().queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        };
        QCOMPARE(count("result_correction"), 1);
        QCOMPARE(count("criterion_score_correction"), 1);
        window().editActions()->undoAction()->trigger();
        QCOMPARE(count("result_correction"), 0);
        QCOMPARE(count("criterion_score_correction"), 0);
        QCOMPARE(lgTotalCell(), QStringLiteral("90.2"));
        window().editActions()->redoAction()->trigger();
        QCOMPARE(count("result_correction"), 1);
        QCOMPARE(lgTotalCell(), QStringLiteral("90.6"));
    }

    void undoTakesTheCorrectionBackAndRedoRecordsItAgain()
    {
        sealPhaseOne();
        const int index = stack()->index();
        correctLgBenchmark();
        QCOMPARE(stack()->index(), index + 1);
        QCOMPARE(window().editActions()->undoAction()->text(),
                 QStringLiteral("&Undo: correct Benchmark evaluation score of LG AI Research in Phase-1 evaluation"));
        const auto logged = logOfCorrections();
        QVERIFY(!logged.isEmpty());
        QCOMPARE(logged.first().action, QStringLiteral("edit"));
        QVERIFY2(logged.first().factKey.startsWith(QLatin1String("phase1-eval/lg/benchmark/")), qPrintable(logged.first().factKey));
        QCOMPARE(logged.first().source, QStringLiteral("S41"));
        QCOMPARE(history::ChangeLogModel::kindText(logged.first().kind), QStringLiteral("Criterion score correction"));

        window().editActions()->undoAction()->trigger();
        QCOMPARE(lgBenchmark().points, std::optional<double>(33.6));
        QVERIFY(!lgBenchmark().correction);
        QCOMPARE(lgBenchmarkCell(), QStringLiteral("33.6"));
        QCOMPARE(logOfCorrections().first().action, QStringLiteral("undo"));
        QCOMPARE(m_shell->state.database()->connection().queryInt(
                     QStringLiteral("SELECT count(*) FROM criterion_score_correction")), 0);

        window().editActions()->redoAction()->trigger();
        QCOMPARE(lgBenchmark().points, std::optional<double>(34.0));
        QCOMPARE(logOfCorrections().first().action, QStringLiteral("redo"));
        QCOMPARE(lgBenchmarkCell(), QStringLiteral("34.0 · Corrected 1 Sept 2026"));
    }

    void theChangesListTellsItInBothLanguages()
    {
        sealPhaseOne();
        correctLgBenchmark();
        const QString english = QStringLiteral(
            "Criterion ‘Benchmark evaluation’ of LG AI Research consortium in Phase-1 evaluation was corrected on "
            "1 Sept 2026 from 33.6 to 34.0. Reason: Benchmark rescored.");
        const QString korean = QStringLiteral(
            "1차 단계평가의 LG AI연구원 컨소시엄 ‘벤치마크 평가’ 점수 정정(2026년 9월 1일): 33.6 → 34.0. 사유: 벤치마크 재채점.");
        const QStringList inEnglish = changesIn(domain::Language::English);
        QVERIFY2(inEnglish.contains(english), qPrintable(inEnglish.join(QLatin1Char('\n'))));
        // Told once, from its own table: its change-log rows add no second line.
        QCOMPARE(inEnglish.filter(QStringLiteral("Benchmark")).size(), 1);
        const QStringList inKorean = changesIn(domain::Language::Korean);
        QVERIFY2(inKorean.contains(korean), qPrintable(inKorean.join(QLatin1Char('\n'))));
        QVERIFY(!changesIn(domain::Language::English, true).join(QLatin1Char(' ')).contains(QLatin1String("internal memo")));
    }
};

QTEST_MAIN(TestCriterionCorrections)
#include "tst_criterion_corrections.moc"
