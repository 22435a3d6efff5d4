// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardState.h"
#include "TestSupport.h"
#include "charts/BarChart.h"
#include "charts/LineChart.h"
#include "gpu/GpuImportDialog.h"
#include "gpu/GpuUsageView.h"
#include "items/ConsortiumPalette.h"
#include "items/DisplayFormat.h"
#include "items/GpuSummaryTableModel.h"
#include "items/GpuUsagePeriodModel.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QComboBox>
#include <QFile>
#include <QGraphicsTextItem>
#include <QRegularExpression>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QTest>
#include <QValueAxis>

using namespace kai;

Q_DECLARE_METATYPE(kai::domain::Language)

class TestGpuUsageView : public QObject
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

    void periodModelPassesTheModelTester()
    {
        GpuUsagePeriodModel model(*m_state);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() > 1);
        GpuUsagePeriodModel::Filter filter;
        filter.from = QDate(2026, 3, 1);
        filter.to = QDate(2026, 3, 31);
        model.setFilter(filter);
        model.setDrillMonth(QDate(2026, 3, 1));
        QCOMPARE(model.rowCount(), 31 + 1);  // every day of March, then the totals row
        m_state->setLanguage(domain::Language::Korean);
    }

    void totalsRowSumsThePeriods()
    {
        GpuUsagePeriodModel model(*m_state);
        const int totalColumn = model.totalUsedColumn();
        double sum = 0;
        for (int row = 0; row + 1 < model.rowCount(); ++row)
            sum += model.index(row, totalColumn).data(SnapshotTableModel::SortRole).toDouble();
        QCOMPARE(model.index(model.rowCount() - 1, totalColumn).data(SnapshotTableModel::SortRole).toDouble(), sum);
        QCOMPARE(model.totalGpuHours(), sum);
    }

    void allocationOfAPeriodIsComputedFromTheGpuCount()
    {
        GpuUsagePeriodModel model(*m_state);
        qint64 lg = 0;
        for (const auto &consortium : m_state->snapshot().consortia) {
            if (consortium.code == QLatin1String("lg"))
                lg = consortium.id;
        }
        GpuUsagePeriodModel::Filter filter;
        filter.consortiumId = lg;
        filter.from = QDate(2026, 3, 1);
        filter.to = QDate(2026, 3, 31);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);  // March, then the totals row
        // LG AI Research held 512 B200 + 512 H100 through March 2026 (S50): 1,024 x 24 h x 31 days.
        QCOMPARE(model.index(0, model.allocatedColumn()).data(SnapshotTableModel::SortRole).toDouble(), 1024 * 24.0 * 31);
        const double used = model.index(0, model.totalUsedColumn()).data(SnapshotTableModel::SortRole).toDouble();
        QCOMPARE(model.index(0, model.shareColumn()).data(SnapshotTableModel::SortRole).toDouble(),
                 used / (1024 * 24.0 * 31) * 100.0);
        QCOMPARE(GpuUsagePeriodModel::useOf(50, 100), GpuUsagePeriodModel::Use::UnderUse);
        QCOMPARE(GpuUsagePeriodModel::useOf(60, 100), GpuUsagePeriodModel::Use::Normal);
        QCOMPARE(GpuUsagePeriodModel::useOf(101, 100), GpuUsagePeriodModel::Use::OverUse);
        QCOMPARE(GpuUsagePeriodModel::useOf(5, 0), GpuUsagePeriodModel::Use::NoAllocation);
    }

    void consortiumFilterNarrowsTheChartToOneSeries()
    {
        ui::GpuUsageView view(*m_state);
        view.resize(1280, 720);
        view.show();
        QAbstractBarSeries *bars = view.monthlyChart()->barSeries();
        QVERIFY(bars->count() >= 3);
        QVERIFY(view.showsIllustrativeData());
        const int months = view.monthlyChart()->categories().size();
        QVERIFY(months > 10);
        QCOMPARE(view.utilisationChart()->lineSeries()->count(), months);

        QComboBox *consortium = view.consortiumFilter();
        QVERIFY(consortium->count() > 2);
        consortium->setFocus();
        QTest::keyClick(consortium, Qt::Key_Down);
        QCOMPARE(consortium->currentIndex(), 1);
        QCOMPARE(bars->count(), 1);
        // The chart carries the short name (the lead's), the filter the full one.
        QVERIFY(consortium->currentText().startsWith(bars->barSets().at(0)->label()));

        QTest::keyClick(consortium, Qt::Key_Up);
        QVERIFY(bars->count() >= 3);
    }

    void languageSwitchRenamesTheSeries()
    {
        ui::GpuUsageView view(*m_state);
        QAbstractBarSeries *bars = view.monthlyChart()->barSeries();
        const QString english = bars->barSets().at(0)->label();
        QVERIFY(!english.isEmpty() && english.at(0).unicode() < 0x80);
        m_state->setLanguage(domain::Language::Korean);
        const QString korean = bars->barSets().at(0)->label();
        QVERIFY(std::any_of(korean.cbegin(), korean.cend(), [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; }));
    }

    // Issue 19: a chart keeps its bar sets (and legend) from one update to the next and replaces
    // their values, names and colours; new sets only when the series or categories change in number.
    void barChartReplacesValuesInItsSets()
    {
        ui::BarChart chart(ui::BarChart::Layout::Stacked);
        const QStringList months{QStringLiteral("Jan"), QStringLiteral("Feb")};
        chart.setData(months, {{QStringLiteral("A"), {1, 2}, Qt::red}, {QStringLiteral("B"), {3, 4}, Qt::blue}});
        const QList<QBarSet *> sets = chart.barSeries()->barSets();
        chart.setData(months, {{QStringLiteral("C"), {50, 6}, Qt::green}, {QStringLiteral("B"), {3, 0}, Qt::blue}});
        QCOMPARE(chart.barSeries()->barSets(), sets);
        QCOMPARE(sets[0]->label(), QStringLiteral("C"));
        QCOMPARE(sets[0]->color(), QColor(Qt::green));
        QCOMPARE(QList<qreal>({sets[0]->at(0), sets[0]->at(1), sets[1]->at(0), sets[1]->at(1)}),
                 QList<qreal>({50, 6, 3, 0}));
        QCOMPARE(chart.chart()->legend()->markers(chart.barSeries()).first()->label(), QStringLiteral("C"));
        const auto *axis = qobject_cast<const QValueAxis *>(chart.chart()->axes(Qt::Vertical).first());
        QVERIFY(axis->max() >= 53);
        QCOMPARE(chart.figures().series.first().values, QVector<double>({50, 6}));

        chart.setData(months, {{QStringLiteral("A"), {7, 8}, Qt::red}});  // one series fewer
        QCOMPARE(chart.barSeries()->count(), 1);
        QCOMPARE(chart.barSeries()->barSets().first()->at(1), 8.0);
        chart.setData({QStringLiteral("Jan")}, {{QStringLiteral("A"), {9}, Qt::red}});  // one category fewer
        QCOMPARE(chart.barSeries()->barSets().first()->count(), 1);
        QCOMPARE(chart.barSeries()->barSets().first()->at(0), 9.0);
    }

    // The monthly chart shows the period model's figures after an as-of change, in the sets it had
    // when the months stay the same.
    void monthlyChartShowsTheNewAsOfFigures()
    {
        m_state->setAsOf(QDate(2026, 3, 25));
        ui::GpuUsageView view(*m_state);
        view.resize(1280, 720);
        view.show();
        const auto shown = [&view] {
            QVector<QVector<double>> values;
            for (const QBarSet *set : view.monthlyChart()->barSeries()->barSets()) {
                QVector<double> one;
                for (int i = 0; i < set->count(); ++i)
                    one.append(set->at(i));
                values.append(one);
            }
            return values;
        };
        const auto expected = [&view] {
            QVector<QVector<double>> values;
            for (const auto &series : view.periodModel()->series()) {
                QVector<double> one = series.gpuHours;
                one.resize(view.periodModel()->periods().size());
                values.append(one);
            }
            return values;
        };
        const QVector<QVector<double>> before = shown();
        QCOMPARE(before, expected());
        const QList<QBarSet *> sets = view.monthlyChart()->barSeries()->barSets();
        m_state->setAsOf(QDate(2026, 3, 10));  // March so far: fewer hours
        QCOMPARE(shown(), expected());
        QVERIFY(shown() != before);
        QCOMPARE(view.monthlyChart()->barSeries()->barSets(), sets);
        m_state->setAsOf(QDate(2025, 12, 31));  // fewer months: new sets
        QCOMPARE(shown(), expected());
    }

    void clickingAMonthDrillsToItsDays()
    {
        ui::GpuUsageView view(*m_state);
        view.show();
        const int march = int(view.periodModel()->periods().indexOf(QDate(2026, 3, 1)));
        QVERIFY(march >= 0);
        emit view.monthlyChart()->categoryClicked(march);
        QCOMPARE(view.periodModel()->drillMonth(), QDate(2026, 3, 1));
        QCOMPARE(view.monthlyChart()->categories().size(), 31);
    }

    void importDialogImportsOnAWorkerAndReloads()
    {
        test::SampleDatabase writable;
        DashboardState state;
        state.setAsOf(QDate(2026, 11, 29));
        state.setDatabase(writable.open());
        const QString csv = writable.dirPath() + QStringLiteral("/usage.csv");
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("period_start,consortium,gpu_model,gpu_hours_used,node\n"
                   "2026-11-02T09:00,lg,B200,8,n1\n2026-11-02,lg,B200,-1,n1\n");
        file.close();
        QSignalSpy reloaded(&state, &DashboardState::snapshotChanged);
        ui::GpuImportDialog dialog(state);
        QSignalSpy finished(&dialog, &ui::GpuImportDialog::importFinished);
        // The result is shown, and the figures reloaded, as soon as the rows are committed: the
        // worker's checkpoint that follows has nothing left to cancel.
        QPushButton *close = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
        QString closeTextAtReload;
        qsizetype finishedAtReload = -1;
        connect(&state, &DashboardState::snapshotChanged, &dialog, [&] {
            closeTextAtReload = close->text();
            finishedAtReload = finished.count();
        });
        dialog.startImport(csv);
        QVERIFY(dialog.isRunning());
        QCOMPARE(close->text(), QStringLiteral("Cancel"));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finishedAtReload, 0);
        QCOMPARE(closeTextAtReload, QStringLiteral("Close"));
        QVERIFY(!dialog.isRunning());
        QCOMPARE(dialog.lastResult().inserted, 1);
        QCOMPARE(dialog.lastResult().skipped, 1);
        QVERIFY(dialog.reportText().contains(QLatin1String("Line 3 (gpu_hours_used)")));
        QCOMPARE(reloaded.count(), 1);
    }

    // Issue 14: moving the date back before any allocation leaves nothing of the later date behind,
    // and says so in words.
    void anEarlyDateShowsOnlyWhatWasKnown()
    {
        ui::GpuUsageView view(*m_state);
        QVERIFY(!view.allocationChart()->categories().isEmpty());
        m_state->setAsOf(QDate(2025, 7, 22));
        QVERIFY(view.model()->summaryRows().isEmpty());
        QVERIFY(view.periodModel()->periods().isEmpty());
        QVERIFY(view.monthlyChart()->categories().isEmpty());
        QVERIFY(view.allocationChart()->categories().isEmpty());
        QCOMPARE(view.consortiumFilter()->count(), 1);  // "All consortia" only
        QVERIFY(!view.emptyState()->isHidden());
        QCOMPARE(view.emptyState()->text(), QStringLiteral("No GPU allocations were known on 22 Jul 2025."));
        QVERIFY(view.monthlyChart()->isHidden());
        QVERIFY(view.allocationChart()->isHidden());
        m_state->setAsOf(QDate(2025, 9, 1));
        QVERIFY(view.emptyState()->isHidden());
        QCOMPARE(view.allocationChart()->categories().size(), 3);
    }

    // Issue 14: a consortium keeps its colour on every date, whoever else is in the chart.
    void aConsortiumKeepsItsColourOnEveryDate()
    {
        ui::GpuUsageView view(*m_state);
        const auto colours = [&view] {
            QHash<QString, QColor> byName;
            for (QBarSet *set : view.monthlyChart()->barSeries()->barSets())
                byName.insert(set->label(), set->color());
            return byName;
        };
        m_state->setAsOf(QDate(2025, 10, 1));  // Upstage, NC AI and LG only
        const auto early = colours();
        m_state->setAsOf(QDate(2026, 11, 29));  // NC AI gone, Motif and SK Telecom in
        const auto late = colours();
        const QString upstage = QStringLiteral("Upstage");  // charts carry the short name
        QVERIFY(early.contains(upstage) && late.contains(upstage));
        QCOMPARE(early.value(upstage), late.value(upstage));
        for (const auto &consortium : m_state->snapshot().consortia) {
            const QString name = m_state->snapshot().shortNameOf(consortium.id).en;
            if (late.contains(name))
                QCOMPARE(late.value(name), ConsortiumPalette(m_state->snapshot()).colour(consortium.id));
        }
        QSet<QRgb> distinct;
        for (const QColor &colour : late)
            distinct.insert(colour.rgb());
        QCOMPARE(distinct.size(), late.size());
    }

    // Issue 14: charts follow the theme: a dark palette gives a dark chart with light text.
    void chartsFollowTheTheme()
    {
        ui::GpuUsageView view(*m_state);
        QPalette dark = view.palette();
        dark.setColor(QPalette::Base, QColor(0x26, 0x28, 0x2B));
        dark.setColor(QPalette::Text, QColor(0xE6, 0xE6, 0xE6));
        view.setPalette(dark);
        for (QChart *chart : {view.monthlyChart()->chart(), view.allocationChart()->chart(), view.utilisationChart()->chart()}) {
            QCOMPARE(chart->backgroundBrush().color(), QColor(0x26, 0x28, 0x2B));
            QCOMPARE(chart->titleBrush().color(), QColor(0xE6, 0xE6, 0xE6));
            for (const QAbstractAxis *axis : chart->axes())
                QCOMPARE(axis->labelsColor(), QColor(0xE6, 0xE6, 0xE6));
        }
    }

    // A journalist's review: Korean axes read "2025-08" and "1.5M". The months read as Korean and
    // English write them (each with its year on a bar axis); the numbers grouped in the display language.
    void chartAxesSpeakTheDisplayLanguage_data()
    {
        QTest::addColumn<domain::Language>("language");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("january");
        QTest::addColumn<QString>("february");
        QTest::newRow("Korean") << domain::Language::Korean << QStringLiteral("2025년 8월") << QStringLiteral("2026년 1월")
                                << QStringLiteral("2026년 2월");
        QTest::newRow("English") << domain::Language::English << QStringLiteral("Aug 2025") << QStringLiteral("Jan 2026")
                                 << QStringLiteral("Feb 2026");
    }

    void chartAxesSpeakTheDisplayLanguage()
    {
        QFETCH(domain::Language, language);
        QFETCH(QString, first);
        QFETCH(QString, january);
        QFETCH(QString, february);
        const QLocale previous;
        QLocale::setDefault(DisplayFormat::localeFor(language));  // as LanguageManager does before the state follows
        m_state->setLanguage(language);
        ui::GpuUsageView view(*m_state);
        view.resize(1366, 768);
        view.show();
        const QStringList months = view.monthlyChart()->categories();
        QVERIFY(!months.isEmpty());
        QCOMPARE(months.first(), first);
        const int january2026 = int(view.periodModel()->periods().indexOf(QDate(2026, 1, 1)));
        QVERIFY(january2026 > 0);
        QCOMPARE(months.at(january2026), january);
        QCOMPARE(months.at(january2026 + 1), february);
        // A bar axis keeps only distinct categories: one bar per month, whatever the span.
        QCOMPARE(QSet<QString>(months.cbegin(), months.cend()).size(), view.periodModel()->periods().size());
        static const QRegularExpression isoMonth(QStringLiteral("^\\d{4}-\\d{2}$"));
        for (const QString &month : months)
            QVERIFY2(!isoMonth.match(month).hasMatch(), qPrintable(month));

        // The value axes' labels as drawn: grouped (1,000,000), never 1e+06, 1M or 1000000.
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        static const QRegularExpression figure(QStringLiteral("^[0-9][0-9.,]*[kMe+]*[0-9]*$"));
        static const QRegularExpression readable(QStringLiteral("^([0-9]{1,3}(,[0-9]{3})*)$"));
        int groupedLabels = 0;
        for (ui::BarChart *chart : {view.monthlyChart(), view.allocationChart()}) {
            QCOMPARE(chart->chart()->locale(), DisplayFormat::localeFor(language));
            QVERIFY(chart->chart()->localizeNumbers());
            for (const QGraphicsItem *item : chart->scene()->items()) {
                const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
                const QString label = text ? text->toPlainText() : QString();
                if (!figure.match(label).hasMatch())
                    continue;
                QVERIFY2(readable.match(label).hasMatch(), qPrintable(label));
                groupedLabels += label.contains(u',');
            }
        }
        QVERIFY(groupedLabels > 0);
        QLocale::setDefault(previous);
    }

    // Issue 14: "0, 0, 0, 1, 1, 1" — whole-number axes never repeat a tick label.
    void valueAxesNeverRepeatATickLabel()
    {
        for (const double maximum : {0.0, 0.4, 1.0, 3.0, 7.0, 12.0, 110.0, 12345.0, 4.2e6}) {
            ui::BarChart chart(ui::BarChart::Layout::Grouped);
            chart.setData({QStringLiteral("a")}, {{QStringLiteral("s"), {maximum}, QColor()}});
            const auto axes = chart.chart()->axes(Qt::Vertical);
            QCOMPARE(axes.size(), 1);
            const auto *axis = qobject_cast<const QValueAxis *>(axes.first());
            QVERIFY(axis);
            QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
            QVERIFY2(axis->tickInterval() >= 1.0, qPrintable(QString::number(maximum)));
            QStringList labels;
            for (double tick = axis->min(); tick <= axis->max() + 1e-9; tick += axis->tickInterval())
                labels << QString::asprintf("%.0f", tick);
            QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
            QVERIFY(axis->max() >= maximum);
        }
    }
};

QTEST_MAIN(TestGpuUsageView)
#include "tst_gpu_usage_view.moc"
