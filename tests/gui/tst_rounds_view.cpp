// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardState.h"
#include "TestSupport.h"
#include "charts/BumpChart.h"
#include "charts/HorizontalBarChart.h"
#include "items/RoundResultsByRoundModel.h"
#include "rounds/RoundChartBuilder.h"
#include "rounds/RoundsView.h"
#include "rounds/WhatIfPanel.h"
#include "shell/LanguageManager.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QLineSeries>
#include <QValueAxis>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace kai;
using ui::RoundsView;
using ui::WhatIfPanel;

namespace {
// What a horizontal bar chart draws (its series, sets and axes) is what its data says.
void compareDrawnWithData(const ui::HorizontalBarChart &chart)
{
    const ui::HorizontalBarChart::Data &data = chart.data();
    QAbstractBarSeries *bars = nullptr;
    QLineSeries *line = nullptr;
    for (QAbstractSeries *series : chart.chart()->series()) {
        if (auto *b = qobject_cast<QAbstractBarSeries *>(series))
            bars = b;
        if (auto *l = qobject_cast<QLineSeries *>(series))
            line = l;
    }
    QVERIFY(bars);
    QCOMPARE(chart.chartTitle(), data.title);
    QCOMPARE(bars->count(), data.sets.size());
    for (int at = 0; at < data.sets.size(); ++at) {
        const QBarSet *set = bars->barSets().at(at);
        QCOMPARE(set->label(), data.sets[at].name);
        QCOMPARE(set->count(), data.categories.size());
        for (int i = 0; i < set->count(); ++i)  // drawn bottom up
            QCOMPARE(set->at(i), data.sets[at].values.value(data.categories.size() - 1 - i));
    }
    auto *categories = qobject_cast<QBarCategoryAxis *>(chart.chart()->axes(Qt::Vertical, bars).first());
    QStringList topDown = categories->categories();
    std::reverse(topDown.begin(), topDown.end());
    QCOMPARE(topDown, data.categories);
    const auto *values = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal, bars).first());
    QCOMPARE(values->titleText(), data.valueAxisTitle);
    QVERIFY(values->max() >= data.maximum);
    QCOMPARE(bool(line), bool(data.referenceLine));
    if (line) {
        QCOMPARE(line->name(), data.referenceLineName);
        QCOMPARE(line->points().first().x(), *data.referenceLine);
    }
}

// consortium name -> text of one column, for every row of the what-if table.
QHash<QString, QString> columnByTeam(const QTableWidget &table, int column)
{
    QHash<QString, QString> texts;
    for (int row = 0; row < table.rowCount(); ++row)
        texts.insert(table.item(row, WhatIfPanel::ConsortiumColumn)->text(), table.item(row, column)->text());
    return texts;
}

qint64 stageIdOf(const DashboardState &state, const QString &code)
{
    for (const auto &stage : state.snapshot().stages) {
        if (stage.code == code)
            return stage.id;
    }
    return 0;
}
} // namespace

class TestRoundsView : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;
    std::unique_ptr<DashboardState> m_state;
    RoundsView *m_view = nullptr;

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        m_sample = new test::SampleDatabase;
    }

    void init()
    {
        m_state = test::createState(*m_sample);
        m_view = new RoundsView(*m_state);
        m_view->resize(1280, 720);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
    }

    void cleanup()
    {
        delete m_view;
        m_state.reset();
    }

    void cleanupTestCase() { delete m_sample; }

    void opensOnTheLatestRankedRound()
    {
        QCOMPARE(m_view->roundPicker()->currentData().toLongLong(), stageIdOf(*m_state, QStringLiteral("phase1-eval")));
        QCOMPARE(m_view->table()->model()->rowCount(), 5);
        QVERIFY(m_view->showsIllustrativeData());
        QVERIFY(m_view->whatIf()->hasCriteria());
    }

    // Issue 14: at an early date the view opens on the round that comes next, also after a later
    // date had chosen another one.
    void anEarlyDateOpensOnTheNextRound()
    {
        m_state->setAsOf(QDate(2025, 7, 22));
        QCOMPARE(m_view->roundPicker()->currentData().toLongLong(), stageIdOf(*m_state, QStringLiteral("document-review")));
        m_state->setAsOf(QDate(2025, 7, 28));
        QCOMPARE(m_view->roundPicker()->currentData().toLongLong(), stageIdOf(*m_state, QStringLiteral("document-review")));
        // A round the reader picks stays picked when the date moves.
        m_view->focusItem(stageIdOf(*m_state, QStringLiteral("presentation-review")));
        m_state->setAsOf(QDate(2025, 7, 23));
        QCOMPARE(m_view->roundPicker()->currentData().toLongLong(), stageIdOf(*m_state, QStringLiteral("presentation-review")));
    }

    // Issue 14: a pending round reads "result pending", never "0 advanced", and shows no
    // announcement date.
    void aPendingRoundSaysResultPending()
    {
        m_state->setAsOf(QDate(2026, 11, 29));
        m_view->focusItem(stageIdOf(*m_state, QStringLiteral("phase2-eval")));
        const QString summary = m_view->roundSummary()->text();
        QVERIFY2(summary.startsWith(QLatin1String("Result pending")), qPrintable(summary));
        QVERIFY2(!summary.contains(QLatin1String("0 advanced")) && !summary.contains(QLatin1String("Published")),
                 qPrintable(summary));
        const auto *model = m_view->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QString text = model->index(row, column).data().toString();
                QVERIFY2(!text.contains(QLatin1String("Aug 2026")), qPrintable(text));
            }
        }
    }

    // Issue 14: Ctrl+PgDn switches the tab, not the round, even from the round picker.
    void controlPageDownSwitchesTabsNotRounds()
    {
        const qint64 round = m_view->roundPicker()->currentData().toLongLong();
        m_view->tabs()->setCurrentIndex(0);
        QTest::keyClick(m_view->roundPicker(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_view->tabs()->currentIndex(), 1);
        QCOMPARE(m_view->roundPicker()->currentData().toLongLong(), round);
        QTest::keyClick(m_view->table(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(m_view->tabs()->currentIndex(), 0);
        QCOMPARE(m_view->roundPicker()->currentData().toLongLong(), round);
    }

    void movingASliderReranksButLeavesTheOfficialOutcome()
    {
        m_view->tabs()->setCurrentWidget(m_view->tabs()->widget(2));
        WhatIfPanel *panel = m_view->whatIf();
        QTableWidget *table = panel->table();
        const auto officialBefore = columnByTeam(*table, WhatIfPanel::OfficialColumn);
        const auto simulatedBefore = columnByTeam(*table, WhatIfPanel::SimulatedColumn);
        const QString upstage = QStringLiteral("Upstage consortium");
        const QString skt = QStringLiteral("SK Telecom consortium");
        QCOMPARE(simulatedBefore.value(upstage), QStringLiteral("Would advance"));

        // Upstage leads SK Telecom only on the team-chosen benchmarks: weigh those alone.
        for (const char *code : {"nia-benchmark", "global-common", "expert", "user"}) {
            QSlider *slider = panel->sliderFor(QLatin1String(code));
            QVERIFY(slider);
            slider->setFocus();
            slider->setValue(0);
        }
        QSlider *individual = panel->sliderFor(QStringLiteral("global-individual"));
        individual->setValue(50);
        const auto rankBefore = columnByTeam(*table, WhatIfPanel::RankColumn);
        QVERIFY(rankBefore.value(upstage).toInt() < rankBefore.value(skt).toInt());
        QCOMPARE(columnByTeam(*table, WhatIfPanel::OfficialColumn), officialBefore);
        QVERIFY(panel->result().weightsNormalised);

        // The keyboard drives the slider too.
        QTest::keyClick(individual, Qt::Key_End);
        QCOMPARE(individual->value(), 100);
        QCOMPARE(columnByTeam(*table, WhatIfPanel::OfficialColumn), officialBefore);

        QTest::mouseClick(panel->resetButton(), Qt::LeftButton);
        QCOMPARE(individual->value(), 10);
        QCOMPARE(panel->sliderFor(QStringLiteral("expert"))->value(), 35);
        QCOMPARE(columnByTeam(*table, WhatIfPanel::SimulatedColumn), simulatedBefore);
        QVERIFY(!panel->result().weightsNormalised);
    }

    // Issue 19: the what-if table's columns are measured once per change instead of once per header
    // label and cell; they still fit their headers and cells after a language switch and after the
    // simulated outcome changes.
    void whatIfColumnsFitTheirTextAfterEveryChange()
    {
        m_view->tabs()->setCurrentWidget(m_view->tabs()->widget(2));
        WhatIfPanel *panel = m_view->whatIf();
        QTableWidget *table = panel->table();
        const auto fits = [&](const char *when) {
            QCoreApplication::processEvents();  // the one measurement is queued behind the change
            QHeaderView *header = table->horizontalHeader();
            for (int column = 0; column + 1 < table->columnCount(); ++column) {  // the last one stretches
                int needed = header->sectionSizeHint(column);
                for (int row = 0; row < table->rowCount(); ++row)
                    needed = std::max(needed, table->fontMetrics().horizontalAdvance(table->item(row, column)->text()) + 6);
                QVERIFY2(table->columnWidth(column) >= needed,
                         qPrintable(QStringLiteral("%1: column %2 is %3 wide, needs %4").arg(QLatin1String(when))
                                        .arg(column).arg(table->columnWidth(column)).arg(needed)));
            }
        };
        fits("English");
        ui::LanguageManager languages(*m_state);
        languages.setLanguage(domain::Language::Korean, false);
        QCOMPARE(table->horizontalHeaderItem(WhatIfPanel::ConsortiumColumn)->text(), QStringLiteral("컨소시엄"));
        fits("Korean");
        panel->findChild<QCheckBox *>()->click();  // without the gate other teams advance
        fits("Korean, without the gate");
        languages.setLanguage(domain::Language::English, false);
        fits("English again");
    }

    void theSimulationNeverWritesTheDatabase()
    {
        const QByteArray before = test::fileHash(m_sample->path());
        WhatIfPanel *panel = m_view->whatIf();
        panel->sliderFor(QStringLiteral("expert"))->setValue(80);
        QTest::mouseClick(panel->resetButton(), Qt::LeftButton);
        QCOMPARE(test::fileHash(m_sample->path()), before);
    }

    void simulationShowsTheSmallestFlip()
    {
        WhatIfPanel *panel = m_view->whatIf();
        const QLabel *label = panel->findChild<QLabel *>(QStringLiteral("smallestFlip"));
        // With the gate, the three advancing teams beat NC AI on every criterion: nothing flips.
        QVERIFY(!panel->result().smallestFlip);
        QVERIFY(label->text().startsWith(QStringLiteral("No change")));
        // Without it, NAVER Cloud takes Upstage's place, and Upstage's team-chosen benchmarks can win it back.
        auto *gates = panel->findChild<QCheckBox *>();
        gates->click();
        QVERIFY(panel->result().smallestFlip);
        QVERIFY2(label->text().contains(QStringLiteral("would advance instead of")), qPrintable(label->text()));
        QTest::mouseClick(panel->resetButton(), Qt::LeftButton);
        QVERIFY(gates->isChecked());
    }

    void pickingARoundUpdatesTheTable()
    {
        QComboBox *picker = m_view->roundPicker();
        const int documentReview = picker->findData(stageIdOf(*m_state, QStringLiteral("document-review")));
        QVERIFY(documentReview >= 0);
        picker->setCurrentIndex(documentReview);
        QCOMPARE(m_view->table()->model()->rowCount(), 15);
        QVERIFY(!m_view->whatIf()->hasCriteria());

        m_view->focusItem(stageIdOf(*m_state, QStringLiteral("phase1-eval")));
        QCOMPARE(m_view->table()->model()->rowCount(), 5);
        QVERIFY(m_view->whatIf()->hasCriteria());

        // The Timeline may jump here with a development stage: the round that closes it is shown.
        m_view->focusItem(stageIdOf(*m_state, QStringLiteral("phase2-dev")));
        QCOMPARE(picker->currentData().toLongLong(), stageIdOf(*m_state, QStringLiteral("phase2-eval")));
        QCOMPARE(m_view->table()->model()->rowCount(), 4);
    }

    void relativePerformanceNamesTheFrozenReference()
    {
        const auto &data = m_view->performanceChart()->data();
        QVERIFY(data.title.contains(QStringLiteral("Qwen3-235B")));
        QVERIFY(data.title.contains(QStringLiteral("30 Dec 2025")));
        QCOMPARE(data.referenceLine, std::optional<double>(95.0));
        QCOMPARE(data.categories.size(), 5);
        QVERIFY(data.categories.first().contains(QStringLiteral("✓")));
    }

    void funnelFollowsTheAsOfDate()
    {
        QCOMPARE(m_view->funnelChart()->data().categories.size(), 7);
        m_state->setAsOf(QDate(2025, 8, 5));
        const auto &data = m_view->funnelChart()->data();
        QCOMPARE(data.categories.size(), 6);  // the later rounds of the 2025 plan, drawn as planned
        QVERIFY(data.categories.last().contains(QStringLiteral("planned")));
    }

    // Issue 19: an as-of or language change replaces texts and values in the charts' series instead
    // of building new ones; what is drawn is still exactly the new data.
    void chartsDrawTheNewDataAfterAsOfAndLanguageChanges()
    {
        for (ui::HorizontalBarChart *chart : {m_view->funnelChart(), m_view->performanceChart()})
            compareDrawnWithData(*chart);
        m_state->setLanguage(domain::Language::Korean);
        for (ui::HorizontalBarChart *chart : {m_view->funnelChart(), m_view->performanceChart()})
            compareDrawnWithData(*chart);
        QVERIFY(m_view->funnelChart()->chartTitle() != QLatin1String("Selection funnel"));
        for (const QDate date : {QDate(2026, 6, 30), QDate(2026, 1, 20), QDate(2025, 8, 5), QDate(2026, 11, 29)}) {
            m_state->setAsOf(date);
            for (ui::HorizontalBarChart *chart : {m_view->funnelChart(), m_view->performanceChart()})
                compareDrawnWithData(*chart);
        }
    }

    // Same texts on the axes, new values: the series stay and their values are replaced.
    void horizontalBarChartReplacesValues()
    {
        ui::HorizontalBarChart chart;
        ui::HorizontalBarChart::Data data;
        data.title = QStringLiteral("Funnel");
        data.valueAxisTitle = QStringLiteral("Teams");
        data.categories = {QStringLiteral("Applied"), QStringLiteral("Selected")};
        data.sets = {{QStringLiteral("Done"), {15, 5}, Qt::darkGreen}, {QStringLiteral("Planned"), {0, 0}, Qt::gray}};
        data.maximum = 15;
        data.referenceLine = 4.0;
        data.referenceLineName = QStringLiteral("Target");
        chart.setData(data);
        const QList<QAbstractSeries *> series = chart.chart()->series();
        data.sets = {{QStringLiteral("Finished"), {12, 4}, Qt::darkGreen}, {QStringLiteral("Planned"), {0, 3}, Qt::gray}};
        data.referenceLine = 3.0;
        chart.setData(data);
        QCOMPARE(chart.chart()->series(), series);
        compareDrawnWithData(chart);
        data.categories = {QStringLiteral("공모"), QStringLiteral("선정")};  // new axis texts: built again
        data.maximum = 40;
        chart.setData(data);
        compareDrawnWithData(chart);
    }

    void bumpChartReplacesRanksNamesAndRounds()
    {
        ui::BumpChart chart;
        ui::BumpChart::Data data{QStringLiteral("Ranks"), QStringLiteral("Rank"),
                                 {QStringLiteral("R1"), QStringLiteral("R2")},
                                 {{QStringLiteral("A"), {1, 2}, Qt::red}, {QStringLiteral("B"), {2, 1}, Qt::blue}}};
        chart.setData(data);
        const QList<QAbstractSeries *> series = chart.chart()->series();
        QCOMPARE(series.size(), 2);
        data.lines = {{QStringLiteral("가"), {3, 0}, Qt::green}, {QStringLiteral("나"), {1, 2}, Qt::blue}};
        chart.setData(data);
        QCOMPARE(chart.chart()->series(), series);  // same rounds: the lines stay
        QCOMPARE(qobject_cast<QLineSeries *>(series[0])->points(), QList<QPointF>({QPointF(0, 3)}));
        QCOMPARE(qobject_cast<QLineSeries *>(series[0])->name(), QStringLiteral("가"));
        QCOMPARE(qobject_cast<QLineSeries *>(series[1])->points(), QList<QPointF>({QPointF(0, 1), QPointF(1, 2)}));
        data.title = QStringLiteral("순위");
        data.rounds = {QStringLiteral("1차"), QStringLiteral("2차")};
        chart.setData(data);
        QCOMPARE(chart.chartTitle(), QStringLiteral("순위"));
        const auto *first = qobject_cast<QLineSeries *>(chart.chart()->series().first());
        QCOMPARE(first->name(), QStringLiteral("가"));
        QCOMPARE(first->points(), QList<QPointF>({QPointF(0, 3)}));  // not ranked in the second round
        QCOMPARE(first->pen().color(), QColor(Qt::green));
        QVERIFY(first->pointLabelsFormat().startsWith(QStringLiteral("가:")));
        auto *rounds = qobject_cast<QCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).first());
        QCOMPARE(rounds->categoriesLabels(), QStringList({QStringLiteral("1차"), QStringLiteral("2차")}));
        const auto *ranks = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).first());
        QCOMPARE(ranks->max(), 3.5);
        data.lines.removeLast();  // one consortium fewer: built again
        chart.setData(data);
        QCOMPARE(chart.chart()->series().size(), 1);
        QCOMPARE(qobject_cast<QLineSeries *>(chart.chart()->series().first())->name(), QStringLiteral("가"));
    }

    void rankMovementKeepsConsortiaRankedMoreThanOnce()
    {
        // The sample has a single ranked round; a second one is added here by hand.
        domain::ProgramSnapshot snapshot = m_state->snapshot();
        domain::Stage second = snapshot.stages.last();
        second.id = 9999;
        second.seq = 99;
        snapshot.stages.append(second);
        const qint64 phaseOne = stageIdOf(*m_state, QStringLiteral("phase1-eval"));
        QVector<domain::RoundResult> added;
        int rank = 3;
        for (const domain::RoundResult &r : snapshot.results) {
            if (r.stageId == phaseOne && r.outcome == domain::Outcome::Advanced) {
                domain::RoundResult next = r;
                next.id += 100000;
                next.stageId = second.id;
                next.rank = rank--;
                added.append(next);
            }
        }
        snapshot.results += added;
        snapshot.index();
        const auto data = ui::RoundChartBuilder(snapshot, domain::Language::English).rankMovement();
        QCOMPARE(data.rounds.size(), 2);
        QCOMPARE(data.lines.size(), 3);  // the two eliminated teams were ranked only once
        for (const auto &line : data.lines)
            QVERIFY(line.ranks[0] > 0 && line.ranks[1] > 0);
        QCOMPARE(data.lines.first().name, QStringLiteral("LG AI Research consortium"));
        QCOMPARE(data.lines.first().ranks, (QVector<int>{1, 3}));
    }

    void chartTextsFollowTheLanguage()
    {
        WhatIfPanel *panel = m_view->whatIf();
        panel->sliderFor(QStringLiteral("expert"))->setValue(60);
        m_state->setLanguage(domain::Language::Korean);
        // A language switch keeps the simulation.
        QCOMPARE(panel->sliderFor(QStringLiteral("expert"))->value(), 60);
        QVERIFY(columnByTeam(*panel->table(), WhatIfPanel::ConsortiumColumn).contains(QStringLiteral("LG AI연구원 컨소시엄")));
        QVERIFY(m_view->funnelChart()->data().categories.first().contains(QStringLiteral("공모")));
    }
};

QTEST_MAIN(TestRoundsView)
#include "tst_rounds_view.moc"
