// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardState.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "items/ConsortiumTableModel.h"
#include "items/GpuSummaryTableModel.h"
#include "items/GpuUsagePeriodModel.h"
#include "domain/ProgramFigures.h"
#include "items/CompetingTeamModel.h"
#include "items/RoundResultTableModel.h"
#include "items/SourceTableModel.h"
#include "items/StageTableModel.h"
#include "shell/LanguageManager.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kai;

namespace {
int findRow(const QAbstractItemModel &model, int column, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}
} // namespace

class TestItemModels : public QObject
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

    void everyModelPassesTheModelTester_data()
    {
        QTest::addColumn<int>("which");
        for (int i = 0; i < 6; ++i)
            QTest::newRow(QByteArray::number(i).constData()) << i;
    }

    void everyModelPassesTheModelTester()
    {
        QFETCH(int, which);
        std::unique_ptr<QAbstractItemModel> model;
        switch (which) {
        case 0: model = std::make_unique<ConsortiumTableModel>(*m_state); break;
        case 1: model = std::make_unique<StageTableModel>(*m_state); break;
        case 2: model = std::make_unique<RoundResultTableModel>(*m_state); break;
        case 3: model = std::make_unique<GpuSummaryTableModel>(*m_state); break;
        case 4: model = std::make_unique<CompetingTeamModel>(*m_state); break;
        case 5: model = std::make_unique<SourceTableModel>(*m_state); break;
        }
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->rowCount() > 0);
        // Moving through time, switching language and closing the database all keep the model sound.
        for (const QDate &date : {QDate(2025, 6, 1), QDate(2025, 7, 22), QDate(2026, 1, 16), QDate(2027, 12, 31)})
            m_state->setAsOf(date);
        m_state->setLanguage(domain::Language::Korean);
        m_state->setDatabase(nullptr);
        m_state->setDatabase(m_sample->open(true));
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(SnapshotTableModel::SortRole)})
                    model->index(row, column).data(role);
            }
        }
    }

    void consortiaFollowTheAsOfDate()
    {
        ConsortiumTableModel model(*m_state);
        QCOMPARE(model.rowCount(), 16);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_state->setAsOf(QDate(2025, 7, 22));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 15);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, ConsortiumTableModel::StatusColumn).data().toString(), QStringLiteral("Applied"));
    }

    void consortiumRowsCountMembersByKind()
    {
        ConsortiumTableModel model(*m_state);
        const int row = findRow(model, ConsortiumTableModel::NameColumn, QStringLiteral("SK Telecom consortium"));
        QVERIFY(row >= 0);
        // SK Telecom, KRAFTON, 42dot, Rebellions, Liner, Selectstar + SNU and KAIST.
        QCOMPARE(model.index(row, ConsortiumTableModel::UniversityColumn).data(SnapshotTableModel::SortRole).toInt(), 2);
        QCOMPARE(model.index(row, ConsortiumTableModel::StatusColumn).data().toString(), QStringLiteral("Advanced"));
        QVERIFY(model.index(row, ConsortiumTableModel::LatestModelColumn).data().toString().contains(QLatin1String("A.X")));
        QVERIFY(model.index(row, ConsortiumTableModel::StatusColumn).data(Qt::BackgroundRole).isValid());
    }

    void namesFollowTheLanguage()
    {
        ConsortiumTableModel model(*m_state);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
        const int row = findRow(model, ConsortiumTableModel::NameColumn, QStringLiteral("Upstage consortium"));
        QVERIFY(row >= 0);
        m_state->setLanguage(domain::Language::Korean);
        QCOMPARE(headers.count(), 1);
        QCOMPARE(cells.count(), 1);
        QVERIFY(model.index(row, ConsortiumTableModel::NameColumn).data().toString().contains(QStringLiteral("업스테이지")));
    }

    void confidentialTotalsAreMarked()
    {
        RoundResultTableModel model(*m_state);
        int marked = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex total = model.index(row, RoundResultTableModel::TotalColumn);
            if (total.data(SnapshotTableModel::ConfidentialRole).toBool()) {
                QVERIFY2(total.data().toString().contains(QLatin1String("Confidential")), qPrintable(total.data().toString()));
                QVERIFY(total.data(SnapshotTableModel::IllustrativeRole).toBool());
                ++marked;
            }
        }
        QCOMPARE(marked, 4);
        const int lg = findRow(model, RoundResultTableModel::TotalColumn, QStringLiteral("90.2"));
        QVERIFY2(lg >= 0, "LG's published phase-1 total is shown plainly");
    }

    void gpuSummaryComparesUseWithAllocation()
    {
        GpuSummaryTableModel model(*m_state);
        QVERIFY(model.rowCount() >= 4);
        for (const auto &row : model.summaryRows()) {
            QVERIFY(row.usedHours <= row.allocatedHours);
            QVERIFY(row.utilisationPct() > 40 && row.utilisationPct() <= 100);
            QVERIFY(row.illustrative);
        }
    }

    // Motif's allocation is "about 768" GPUs (S50, from 20 Feb 2026): every figure computed from it, and
    // every sum or share it adds to, is "about" too, in both languages; before it starts, nothing is.
    void gpuHoursFromAnApproximateCountSayAbout()
    {
        m_state->setAsOf(QDate(2026, 6, 30));
        GpuSummaryTableModel summary(*m_state);
        int motif = -1;
        for (const domain::Consortium &consortium : m_state->snapshot().consortia) {
            for (int row = 0; consortium.code == QLatin1String("motif") && row < summary.rowCount(); ++row)
                motif = summary.summaryRows().at(row).consortiumId == consortium.id ? row : motif;
        }
        QVERIFY(motif >= 0);
        QVERIFY(summary.summaryRows().at(motif).allocatedApproximate);
        const auto cell = [&](int row, int column) { return summary.index(row, column).data().toString(); };
        QVERIFY2(cell(motif, GpuSummaryTableModel::AllocatedHoursColumn).startsWith(QLatin1String("about ")),
                 qPrintable(cell(motif, GpuSummaryTableModel::AllocatedHoursColumn)));
        QCOMPARE(summary.index(motif, GpuSummaryTableModel::AllocatedHoursColumn).data(SnapshotTableModel::SortRole).toDouble(),
                 summary.summaryRows().at(motif).allocatedHours);  // sorted by the figure, not the text
        for (int row = 0; row < summary.rowCount(); ++row) {
            const bool approximate = summary.summaryRows().at(row).allocatedApproximate;
            QCOMPARE(approximate, row == motif);
            QCOMPARE(cell(row, GpuSummaryTableModel::AllocatedHoursColumn).startsWith(QLatin1String("about ")), approximate);
            if (!cell(row, GpuSummaryTableModel::UtilisationColumn).isEmpty())
                QCOMPARE(cell(row, GpuSummaryTableModel::UtilisationColumn).startsWith(QLatin1String("about ")), approximate);
        }
        const domain::ProgramFigures june = domain::ProgramFigures::compute(m_state->snapshot());
        QVERIFY(june.gpuHoursAllocatedApproximate);
        QVERIFY(june.gpuHoursAllocatedThisMonthApproximate);

        GpuUsagePeriodModel periods(*m_state);
        const int march = periods.periods().indexOf(QDate(2026, 3, 1));
        const int january = periods.periods().indexOf(QDate(2026, 1, 1));
        QVERIFY(march >= 0 && january >= 0);
        QVERIFY(periods.index(march, periods.allocatedColumn()).data().toString().startsWith(QLatin1String("about ")));
        QVERIFY(!periods.index(january, periods.allocatedColumn()).data().toString().startsWith(QLatin1String("about ")));
        const int total = periods.rowCount() - 1;
        QVERIFY(periods.index(total, periods.allocatedColumn()).data().toString().startsWith(QLatin1String("about ")));

        {
            ui::LanguageManager languages(*m_state);  // loads the Korean translation the cell is drawn in
            languages.setLanguage(domain::Language::Korean, false);
            QVERIFY2(cell(motif, GpuSummaryTableModel::AllocatedHoursColumn).startsWith(QStringLiteral("약 ")),
                     qPrintable(cell(motif, GpuSummaryTableModel::AllocatedHoursColumn)));
            languages.setLanguage(domain::Language::English, false);
        }

        m_state->setAsOf(QDate(2026, 2, 19));  // the day before Motif's allocation starts
        const domain::ProgramFigures february = domain::ProgramFigures::compute(m_state->snapshot());
        QVERIFY(!february.gpuHoursAllocatedApproximate);
        QVERIFY(!february.gpuHoursAllocatedThisMonthApproximate);
        for (const auto &row : summary.summaryRows())
            QVERIFY(!row.allocatedApproximate);
    }

    void competingTeamsAreTheOnesStillIn()
    {
        CompetingTeamModel model(*m_state);
        QCOMPARE(model.rowCount(), 4);  // LG, SKT, Upstage, Motif: phase 2 is pending
        m_state->setAsOf(QDate(2026, 1, 16));
        QCOMPARE(model.rowCount(), 3);
        const int lg = findRow(model, CompetingTeamModel::ConsortiumColumn, QStringLiteral("LG AI Research consortium"));
        QVERIFY(lg >= 0);
        QVERIFY(model.index(lg, CompetingTeamModel::LatestResultColumn).data().toString().contains(QLatin1String("rank 1")));
    }
};

KAI_GUILESS_TEST_MAIN_BOTH_ENGINES(TestItemModels)
#include "tst_item_models.moc"
