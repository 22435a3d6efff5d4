// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardState.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "items/RoundResultsByRoundModel.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kai;

namespace {
qint64 stageIdOf(const DashboardState &state, const QString &code)
{
    for (const auto &stage : state.snapshot().stages) {
        if (stage.code == code)
            return stage.id;
    }
    return 0;
}

int rowOf(const QAbstractItemModel &model, const QString &consortium)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, RoundResultsByRoundModel::ConsortiumColumn).data().toString() == consortium)
            return row;
    }
    return -1;
}

int columnTitled(const QAbstractItemModel &model, const QString &prefix)
{
    for (int column = 0; column < model.columnCount(); ++column) {
        if (model.headerData(column, Qt::Horizontal).toString().startsWith(prefix))
            return column;
    }
    return -1;
}
} // namespace

class TestRoundModels : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;
    std::unique_ptr<DashboardState> m_state;

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        m_sample = new test::SampleDatabase;
    }

    void init()
    {
        m_state = test::createState(*m_sample);
    }

    void cleanup() { m_state.reset(); }
    void cleanupTestCase() { delete m_sample; }

    void passesTheModelTesterThroughRoundAndDateChanges()
    {
        RoundResultsByRoundModel model(*m_state);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStageId(stageIdOf(*m_state, QStringLiteral("phase1-eval")));
        model.setStageId(stageIdOf(*m_state, QStringLiteral("document-review")));
        model.setStageId(stageIdOf(*m_state, QStringLiteral("phase1-eval")));
        m_state->setAsOf(QDate(2025, 8, 5));
        m_state->setLanguage(domain::Language::Korean);
        m_state->setAsOf(QDate(2026, 11, 29));
    }

    void criteriaColumnsComeFromTheDatabase()
    {
        RoundResultsByRoundModel model(*m_state);
        model.setStageId(stageIdOf(*m_state, QStringLiteral("phase1-eval")));
        QCOMPARE(model.rowCount(), 5);
        // Consortium, rank, 7 criteria (benchmark + 3 parts, expert, user, gate), total, outcome, date, source.
        QCOMPARE(model.columnCount(), 2 + 7 + 4);
        QCOMPARE(model.headerData(RoundResultsByRoundModel::FirstCriterionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Benchmark evaluation (40)"));
        QVERIFY(columnTitled(model, QStringLiteral("Expert evaluation (35)")) > 0);
        QVERIFY(columnTitled(model, QStringLiteral("Independence")) > 0);

        model.setStageId(stageIdOf(*m_state, QStringLiteral("document-review")));
        QCOMPARE(model.rowCount(), 15);
        QCOMPARE(model.columnCount(), 2 + 4);  // that round published no criteria
    }

    void publicScoresArePlainConfidentialOnesAreMarked()
    {
        RoundResultsByRoundModel model(*m_state);
        model.setStageId(stageIdOf(*m_state, QStringLiteral("phase1-eval")));
        const int expert = columnTitled(model, QStringLiteral("Expert evaluation"));
        const int lg = rowOf(model, QStringLiteral("LG AI Research consortium"));
        const int naver = rowOf(model, QStringLiteral("NAVER Cloud consortium"));
        QCOMPARE(model.index(lg, expert).data().toString(), QStringLiteral("31.6"));
        QVERIFY(!model.index(lg, expert).data(SnapshotTableModel::ConfidentialRole).toBool());
        const QString hidden = model.index(naver, expert).data().toString();
        QVERIFY2(hidden.contains(QStringLiteral("confidential")), qPrintable(hidden));
        QVERIFY(hidden.contains(QStringLiteral("sample")));
        QVERIFY(model.index(naver, expert).data(SnapshotTableModel::ConfidentialRole).toBool());
        QVERIFY(model.index(naver, expert).data(SnapshotTableModel::IllustrativeRole).toBool());

        const int gate = columnTitled(model, QStringLiteral("Independence"));
        QCOMPARE(model.index(naver, gate).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.index(naver, model.outcomeColumn()).data().toString(),
                 QStringLiteral("Eliminated: Independence criterion not met"));
        QCOMPARE(model.index(lg, model.totalColumn()).data().toString(), QStringLiteral("90.2"));
    }

    void scoresFollowThePublicationDate()
    {
        m_state->setAsOf(QDate(2026, 1, 14));  // the day before phase 1 was announced
        RoundResultsByRoundModel model(*m_state);
        model.setStageId(stageIdOf(*m_state, QStringLiteral("phase1-eval")));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.details().scores.isEmpty());
        QVERIFY(model.details().modelScores.isEmpty());
        QVERIFY(!model.details().references.isEmpty());  // frozen on 30 Dec 2025, already known

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_state->setAsOf(QDate(2026, 1, 15));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.details().scores.size(), 5 * 7);
        QCOMPARE(model.details().modelScores.size(), 5 * 9);
    }
};

KAI_GUILESS_TEST_MAIN_BOTH_ENGINES(TestRoundModels)
#include "tst_round_models.moc"
