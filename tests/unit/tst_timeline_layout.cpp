// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardState.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "domain/ProgramFigures.h"
#include "domain/TimelineCountdown.h"
#include "domain/TimelineLabelPacker.h"
#include "domain/TimelineLayout.h"
#include "domain/TimelineScale.h"
#include "items/DomainText.h"
#include "items/StageTableModel.h"
#include "items/TimelineText.h"

#include <QFont>
#include <QGuiApplication>
#include <QTest>

using namespace kai;
using namespace kai::domain;
using kai::test::appFont;

namespace {
// The chart's width in the default 1280x720 window: the window minus the navigation list, the
// page margins, the consortium name column and the right margin (measured on screen: ~930 px).
constexpr double DefaultChartWidth = 930;

const Consortium *consortiumByCode(const ProgramSnapshot &snapshot, const QString &code)
{
    for (const Consortium &consortium : snapshot.consortia) {
        if (consortium.code == code)
            return &consortium;
    }
    return nullptr;
}

const Stage *stageByCode(const ProgramSnapshot &snapshot, const QString &code)
{
    for (const Stage &stage : snapshot.stages) {
        if (stage.code == code)
            return &stage;
    }
    return nullptr;
}

const TimelineLaneMarker *markerOf(const TimelineLane &lane, LaneMarkerKind kind)
{
    for (const TimelineLaneMarker &marker : lane.markers) {
        if (marker.kind == kind)
            return &marker;
    }
    return nullptr;
}
} // namespace

class TestTimelineLayout : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;
    std::unique_ptr<DashboardState> m_state;

    // As the canvas builds it: regular labels, bold round labels.
    TimelineLayout layoutWith(const TimelineScale &scale, Language language) const
    {
        const TextWidths bold(appFont(true));
        return TimelineLayout(m_state->snapshot(), scale, TextWidths(appFont()), TimelineText::wording(language),
                              language, &bold);
    }

    TimelineLayout layoutAt(double pixelsPerDay, Language language = Language::English) const
    {
        return layoutWith(TimelineScale(TimelineScale::programStart(), TimelineScale::programEnd(), pixelsPerDay),
                          language);
    }

    TimelineLayout fittedLayout(double width, Language language) const
    {
        return layoutWith(TimelineScale::fitting(TimelineScale::programStart(), TimelineScale::programEnd(), width),
                          language);
    }

    const TimelineLane &laneOf(const TimelineLayout &layout, const QString &code) const
    {
        const Consortium *consortium = consortiumByCode(m_state->snapshot(), code);
        Q_ASSERT(consortium);
        const TimelineLane *lane = layout.lane(consortium->id);
        Q_ASSERT(lane);
        return *lane;
    }

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

    void mapsDatesToPositionsAndBack()
    {
        const TimelineScale scale(QDate(2025, 6, 1), QDate(2027, 12, 31), 2.0);
        QCOMPARE(scale.x(QDate(2025, 6, 1)), 0.0);
        QCOMPARE(scale.x(QDate(2025, 6, 11)), 20.0);
        QCOMPARE(scale.xEnd(QDate(2025, 6, 11)), 22.0);
        QCOMPARE(scale.width(), 944 * 2.0);  // 1 June 2025 to 31 December 2027 is 944 days
        QCOMPARE(scale.dateAt(20), QDate(2025, 6, 11));
        QCOMPARE(scale.dateAt(21.9), QDate(2025, 6, 11));
        for (QDate day = scale.first(); day <= scale.last(); day = day.addDays(1)) {
            QCOMPARE(scale.dateAt(scale.x(day)), day);
            QCOMPARE(scale.dateAt(scale.x(day) + 1.0), day);  // anywhere inside the day
        }
        QCOMPARE(scale.clamp(QDate(2024, 1, 1)), scale.first());
        QCOMPARE(scale.clamp(QDate(2030, 1, 1)), scale.last());
    }

    void fitsTheProgramToAWidthWithinTheZoomLimits()
    {
        const TimelineScale fitted =
            TimelineScale::fitting(TimelineScale::programStart(), TimelineScale::programEnd(), 944);
        QCOMPARE(fitted.pixelsPerDay(), 1.0);
        QCOMPARE(fitted.width(), 944.0);
        const TimelineScale tiny = TimelineScale::fitting(TimelineScale::programStart(), TimelineScale::programEnd(), 10);
        QCOMPARE(tiny.pixelsPerDay(), TimelineScale::minimumPixelsPerDay());
        const TimelineScale huge(TimelineScale::programStart(), TimelineScale::programEnd(), 1000);
        QCOMPARE(huge.pixelsPerDay(), TimelineScale::maximumPixelsPerDay());
    }

    void generatesTicksForEachZoom_data()
    {
        QTest::addColumn<int>("zoom");
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("labelledCount");
        QTest::addColumn<QString>("firstLabel");
        QTest::addColumn<QString>("firstYear");
        // June 2025 .. December 2027: 31 months, quarters from July 2025 to October 2027: 10.
        QTest::newRow("month en") << int(TimelineZoom::Month) << int(Language::English) << int(TickUnit::Month) << 31
                                  << "Jun" << "2025";
        QTest::newRow("month ko") << int(TimelineZoom::Month) << int(Language::Korean) << int(TickUnit::Month) << 31
                                  << "6월" << "2025년";
        QTest::newRow("quarter en") << int(TimelineZoom::Quarter) << int(Language::English)
                                    << int(TickUnit::Quarter) << 10 << "Q3" << "2025";
        QTest::newRow("quarter ko") << int(TimelineZoom::Quarter) << int(Language::Korean)
                                    << int(TickUnit::Quarter) << 10 << "3분기" << "2025년";
        QTest::newRow("year en") << int(TimelineZoom::Year) << int(Language::English) << int(TickUnit::Year) << 0
                                 << "" << "2025";
        QTest::newRow("year ko") << int(TimelineZoom::Year) << int(Language::Korean) << int(TickUnit::Year) << 0
                                 << "" << "2025년";
    }

    void generatesTicksForEachZoom()
    {
        QFETCH(int, zoom);
        QFETCH(int, language);
        QFETCH(int, unit);
        QFETCH(int, labelledCount);
        QFETCH(QString, firstLabel);
        QFETCH(QString, firstYear);
        const TimelineScale scale(TimelineScale::programStart(), TimelineScale::programEnd(),
                                  TimelineScale::pixelsPerDay(TimelineZoom(zoom)));
        QCOMPARE(int(scale.labelledUnit()), unit);

        const QVector<TimelineTick> minor = scale.minorTicks(Language(language));
        QStringList labels;
        double previousX = -1;
        for (const TimelineTick &tick : minor) {
            QVERIFY(tick.x > previousX);
            QCOMPARE(tick.x, scale.x(tick.date));
            QCOMPARE(tick.date.day(), 1);
            previousX = tick.x;
            if (!tick.label.isEmpty())
                labels.append(tick.label);
        }
        QCOMPARE(labels.size(), labelledCount);
        if (!firstLabel.isEmpty())
            QCOMPARE(labels.first(), firstLabel);
        // A month row crossing a year names the year at its January, and no label repeats.
        if (TickUnit(unit) == TickUnit::Month) {
            const bool korean = Language(language) == Language::Korean;
            QVERIFY2(labels.contains(korean ? QStringLiteral("2026년 1월") : QStringLiteral("Jan 2026")), qPrintable(labels.join(u' ')));
            QVERIFY2(labels.contains(korean ? QStringLiteral("2027년 1월") : QStringLiteral("Jan 2027")), qPrintable(labels.join(u' ')));
            const qsizetype january = labels.indexOf(korean ? QStringLiteral("2026년 1월") : QStringLiteral("Jan 2026"));
            QCOMPARE(labels.at(january - 1), korean ? QStringLiteral("12월") : QStringLiteral("Dec"));
        }

        const QVector<TimelineTick> major = scale.majorTicks(Language(language));
        QCOMPARE(major.size(), 3);
        QCOMPARE(major.first().label, firstYear);
        QCOMPARE(major.at(1).date, QDate(2026, 1, 1));
        QCOMPARE(major.first().x, 0.0);  // 2025 starts before the axis: its label sits at the left edge
    }

    void packsLabelsIntoFreeRows()
    {
        TimelineLabelPacker packer(2, 4);
        QCOMPARE(packer.firstFreeRow(0, 100), 0);
        packer.occupy(0, 0, 100);
        QCOMPARE(packer.firstFreeRow(50, 150), 1);
        QCOMPARE(packer.firstFreeRow(102, 150), 1);  // within the gap
        QCOMPARE(packer.firstFreeRow(110, 150), 0);
        packer.occupy(1, 50, 150);
        QCOMPARE(packer.firstFreeRow(60, 70), -1);
        QCOMPARE(packer.freeUntil(0, 0), 0.0);   // already covered
        packer.occupy(0, 300, 400);
        QCOMPARE(packer.freeUntil(0, 120), 296.0);
    }

    void drawsMilestonesAsDiamondsAndShowsSlippedRounds()
    {
        const TimelineLayout layout = fittedLayout(DefaultChartWidth, Language::English);
        const ProgramSnapshot &snapshot = m_state->snapshot();
        QVERIFY(layout.stageItem(stageByCode(snapshot, QStringLiteral("briefing"))->id)->isMilestone);
        QVERIFY(layout.stageItem(stageByCode(snapshot, QStringLiteral("showcase-1"))->id)->isMilestone);
        QVERIFY(!layout.stageItem(stageByCode(snapshot, QStringLiteral("phase1-dev"))->id)->isMilestone);

        // Planned for December 2025 (no day), announced on 15 January 2026: both drawn, and the delay
        // is counted from the end of the planned month, said as such (never "late" from an invented 31 Dec).
        const TimelineStageItem *phase1 = layout.stageItem(stageByCode(snapshot, QStringLiteral("phase1-eval"))->id);
        QVERIFY(!phase1->plannedBar.isNull());
        QCOMPARE(phase1->slipDays, 15);
        QVERIFY(phase1->bar.right() > phase1->plannedBar.right());
        QVERIFY2(phase1->label.fullText.contains(QLatin1String("15 days after the end of Dec 2025")),
                 qPrintable(phase1->label.fullText));
        QVERIFY(!phase1->label.fullText.contains(QLatin1String("days late")));
        // Held as planned: no second bar.
        QVERIFY(layout.stageItem(stageByCode(snapshot, QStringLiteral("document-review"))->id)->plannedBar.isNull());
        // Not yet held: drawn from the plan, marked as such.
        QVERIFY(layout.stageItem(stageByCode(snapshot, QStringLiteral("final-selection"))->id)->isPlannedOnly);
    }

    // Issue (trust review): a plan known only to the month is late only after that month has ended,
    // early only before it began, and the wording never names a planned day.
    void aMonthOnlyPlanIsLateOnlyAfterItsMonth()
    {
        Stage stage;
        stage.plannedStart = QDate(2025, 12, 1);
        stage.plannedEnd = QDate(2025, 12, 31);
        stage.plannedDates = PlannedDates::Approximate;
        stage.actualStart = QDate(2025, 12, 1);
        stage.actualEnd = QDate(2025, 12, 20);
        QCOMPARE(stage.plannedPrecision(), DatePrecision::Month);
        QCOMPARE(stage.slipDays(), 0);  // within December: on plan
        QVERIFY(TimelineText::slip(stage, stage.slipDays(), Language::English).isEmpty());
        stage.actualEnd = QDate(2026, 1, 15);
        QCOMPARE(stage.slipDays(), 15);
        QCOMPARE(TimelineText::slip(stage, 15, Language::English), QStringLiteral("15 days after the end of Dec 2025"));
        // (The Korean sentence is checked with the translation loaded in tst_timeline_view.)
        QVERIFY(TimelineText::slip(stage, 15, Language::Korean).contains(QStringLiteral("2025년 12월")));
        QCOMPARE(TimelineText::slip(stage, 1, Language::English), QStringLiteral("1 day after the end of Dec 2025"));
        QCOMPARE(TimelineText::plannedRange(stage, Language::English), QStringLiteral("Dec 2025"));
        QCOMPARE(TimelineText::plannedRange(stage, Language::Korean), QStringLiteral("2025년 12월"));
        stage.actualStart = QDate(2025, 11, 20);
        stage.actualEnd = QDate(2025, 11, 28);
        QCOMPARE(stage.slipDays(), -3);
        QCOMPARE(TimelineText::slip(stage, -3, Language::English), QStringLiteral("3 days before Dec 2025 began"));

        // A plan a source gives to the day is still counted from that day.
        stage.plannedDates = PlannedDates::Stated;
        stage.actualStart = QDate(2025, 12, 1);
        stage.actualEnd = QDate(2026, 1, 15);
        QCOMPARE(stage.slipDays(), 15);
        QCOMPARE(TimelineText::slip(stage, 15, Language::English), QStringLiteral("15 days late"));
        QCOMPARE(TimelineText::plannedRange(stage, Language::English), QStringLiteral("1 Dec 2025 – 31 Dec 2025"));
    }

    // Schema version 8: the phase-1 evaluation began "in December 2025". The sample says so, the
    // stage table and tooltip show the month, and no day of it is used as a start or counted to.
    void aMonthOnlyActualStartIsShownAndComparedAsItsMonth()
    {
        m_state->setAsOf(QDate(2026, 1, 16));
        const ProgramSnapshot &snapshot = m_state->snapshot();
        const Stage *phase1 = stageByCode(snapshot, QStringLiteral("phase1-eval"));
        QCOMPARE(phase1->actualStartPrecision, DatePrecision::Month);
        QCOMPARE(stageByCode(snapshot, QStringLiteral("document-review"))->actualStartPrecision, DatePrecision::Day);
        QVERIFY(!phase1->hasStatedStart());
        QCOMPARE(TimelineText::actualRange(*phase1, Language::English), QStringLiteral("Dec 2025 – 15 Jan 2026"));
        QVERIFY(TimelineText::actualRange(*phase1, Language::Korean).startsWith(QStringLiteral("2025년 12월 – ")));
        const TimelineLayout layout = fittedLayout(DefaultChartWidth, Language::English);
        const QString tip = TimelineText::stageToolTip(*layout.stageItem(phase1->id), snapshot, Language::English);
        QVERIFY2(tip.contains(QStringLiteral("Actual: Dec 2025 – 15 Jan 2026")), qPrintable(tip));
        QVERIFY2(!tip.contains(QLatin1String("1 Dec 2025")), qPrintable(tip));
        StageTableModel stages(*m_state);
        for (int row = 0; row < stages.rowCount(); ++row) {
            if (stages.index(row, 0).data(SnapshotTableModel::IdRole).toLongLong() == phase1->id)
                QCOMPARE(stages.index(row, StageTableModel::ActualStartColumn).data().toString(), QStringLiteral("Dec 2025"));
        }

        // A start known by its month began as planned when the plan starts in that month; the end
        // alone then decides whether the bar differs from the plan.
        Stage stage;
        stage.plannedStart = QDate(2026, 3, 9);
        stage.plannedEnd = QDate(2026, 3, 20);
        stage.actualStart = QDate(2026, 3, 1);
        stage.actualEnd = QDate(2026, 3, 20);
        stage.actualStartPrecision = DatePrecision::Month;
        QVERIFY(stage.startedAsPlanned());
        stage.actualStart = QDate(2026, 4, 1);
        stage.actualEnd = QDate(2026, 4, 20);
        QVERIFY(!stage.startedAsPlanned());
        stage.actualStartPrecision = DatePrecision::Day;
        stage.actualStart = QDate(2026, 3, 10);
        QVERIFY(!stage.startedAsPlanned());

        // No countdown to a start that has no day: the month is named instead.
        stage.kind = StageKind::EvaluationRound;
        stage.name = {QStringLiteral("평가"), QStringLiteral("Evaluation")};
        stage.actualStart = QDate(2026, 4, 1);
        stage.actualStartPrecision = DatePrecision::Month;
        ProgramSnapshot future;
        future.asOf = QDate(2026, 3, 1);
        const TimelineCountdown next{&stage, stage.actualStart, 31, true};
        const QString text = TimelineText::countdown(next, future, Language::English);
        QVERIFY2(!text.contains(QLatin1String("D-")) && text.contains(QLatin1String("Apr 2026")), qPrintable(text));
        m_state->setAsOf(QDate(2026, 6, 30));
    }

    // Issue (trust review): EXAONE 4.5 is LG's own release; no source calls it a programme output,
    // so the timeline does not draw it as a programme release, while the programme's models stay.
    void onlyProgrammeOutputsAreDrawnAsProgrammeReleases()
    {
        m_state->setAsOf(QDate(2027, 6, 30));
        const TimelineLayout layout = fittedLayout(DefaultChartWidth, Language::English);
        const TimelineLane &lg = laneOf(layout, QStringLiteral("lg"));
        QStringList drawn;
        for (const TimelineLaneMarker &marker : lg.markers) {
            if (marker.kind == LaneMarkerKind::ModelRelease)
                drawn << marker.model->code;
        }
        QVERIFY2(drawn.contains(QStringLiteral("k-exaone-236b-a23b")), qPrintable(drawn.join(u',')));
        QVERIFY2(!drawn.contains(QStringLiteral("exaone-4-5-33b")), qPrintable(drawn.join(u',')));
        // Known, but as the company's own release: not LG's latest programme model either.
        const ProgramSnapshot &snapshot = m_state->snapshot();
        QVERIFY(std::any_of(snapshot.models.cbegin(), snapshot.models.cend(), [](const ReleasedModel &m) {
            return m.code == QLatin1String("exaone-4-5-33b") && !m.isProgrammeOutput;
        }));
        m_state->setAsOf(QDate(2026, 6, 30));
        QCOMPARE(m_state->snapshot().latestModelOf(consortiumByCode(m_state->snapshot(), QStringLiteral("lg"))->id)->code,
                 QStringLiteral("k-exaone-236b-a23b"));
        m_state->setAsOf(QDate(2026, 11, 29));
    }

    // A release known only to the month is shown as the month in the marker's tooltip.
    void aMonthOnlyReleaseIsShownAsItsMonth()
    {
        m_state->setAsOf(QDate(2026, 1, 31));
        const ProgramSnapshot &snapshot = m_state->snapshot();
        for (const Language language : {Language::English, Language::Korean}) {
            const TimelineLayout layout = fittedLayout(DefaultChartWidth, language);
            const TimelineLane &upstage = laneOf(layout, QStringLiteral("upstage"));
            const TimelineLaneMarker *solar = markerOf(upstage, LaneMarkerKind::ModelRelease);
            QVERIFY(solar);
            QCOMPARE(solar->model->code, QStringLiteral("solar-open-100b"));
            const QString tip = TimelineText::markerToolTip(upstage, *solar, snapshot, language);
            if (language == Language::English) {
                QVERIFY2(tip.contains(QLatin1String("Dec 2025")) && !tip.contains(QLatin1String("1 Dec 2025")), qPrintable(tip));
            } else {
                QVERIFY2(tip.contains(QStringLiteral("2025년 12월")) && !tip.contains(QStringLiteral("12월 1일")), qPrintable(tip));
            }
        }
        m_state->setAsOf(QDate(2026, 11, 29));
    }

    void givesEachConsortiumALaneFromApplicationToExitOrAsOf()
    {
        const TimelineLayout layout = fittedLayout(DefaultChartWidth, Language::English);
        QCOMPARE(layout.lanes().size(), 16);  // 15 applicants in July 2025 and Trillion Labs in February 2026

        // Teams still in come first, then those who left, most recent exit first.
        bool seenLeft = false;
        for (const TimelineLane &lane : layout.lanes()) {
            QVERIFY(!(seenLeft && !lane.hasLeft));
            seenLeft = seenLeft || lane.hasLeft;
            QVERIFY(lane.rect.top() >= layout.lanesTop());
        }

        const TimelineLane &lg = laneOf(layout, QStringLiteral("lg"));
        QVERIFY(!lg.hasLeft);
        QCOMPARE(lg.segments.first().from, QDate(2025, 7, 21));
        QCOMPARE(lg.segments.last().kind, LaneSegmentKind::Selected);
        QCOMPARE(lg.segments.last().to, QDate(2026, 11, 29));  // open-ended: up to the as-of date
        QVERIFY(markerOf(lg, LaneMarkerKind::Pending));          // phase 2 not published
        QVERIFY(markerOf(lg, LaneMarkerKind::ModelRelease));

        // NAVER Cloud ranked second on score but failed the independence gate on 15 January 2026.
        const TimelineLane &naver = laneOf(layout, QStringLiteral("naver"));
        QVERIFY(naver.hasLeft);
        QCOMPARE(naver.segments.last().to, QDate(2026, 1, 15));
        const TimelineLaneMarker *naverExit = markerOf(naver, LaneMarkerKind::Eliminated);
        QVERIFY(naverExit);
        QCOMPARE(naverExit->result->exitReason, ExitReason::FailedGate);
        QCOMPARE(naverExit->label.fullText, DomainText::exitReason(ExitReason::FailedGate));
        QVERIFY(naverExit->label.isShown());

        const TimelineLaneMarker *ncExit = markerOf(laneOf(layout, QStringLiteral("ncai")), LaneMarkerKind::Eliminated);
        QCOMPARE(ncExit->result->exitReason, ExitReason::BelowCutLine);
    }

    void showsMotifsExitAndReEntry()
    {
        const TimelineLayout layout = fittedLayout(DefaultChartWidth, Language::English);
        const TimelineLane &motif = laneOf(layout, QStringLiteral("motif"));
        QVERIFY(!motif.hasLeft);
        QCOMPARE(motif.segments.size(), 3);
        QCOMPARE(motif.segments.at(0).kind, LaneSegmentKind::Applicant);
        QCOMPARE(motif.segments.at(0).to, QDate(2025, 8, 4));
        QCOMPARE(motif.segments.at(1).kind, LaneSegmentKind::Out);
        QCOMPARE(motif.segments.at(1).to, QDate(2026, 2, 20));
        QCOMPARE(motif.segments.at(2).kind, LaneSegmentKind::Selected);
        const TimelineLaneMarker *exit = markerOf(motif, LaneMarkerKind::Eliminated);
        QCOMPARE(exit->date, QDate(2025, 8, 4));
        QCOMPARE(exit->result->exitReason, ExitReason::NotSelected);
        const TimelineLaneMarker *reEntry = markerOf(motif, LaneMarkerKind::ReEntered);
        QVERIFY(reEntry);
        QCOMPARE(reEntry->date, QDate(2026, 2, 20));
        QCOMPARE(reEntry->label.fullText, TimelineText::wording(Language::English).reEntered);

        // Before the additional call Motif was simply out.
        m_state->setAsOf(QDate(2025, 9, 1));
        const TimelineLayout before = fittedLayout(DefaultChartWidth, Language::English);
        QCOMPARE(before.lanes().size(), 15);
        const TimelineLane &motifBefore = laneOf(before, QStringLiteral("motif"));
        QVERIFY(motifBefore.hasLeft);
        QVERIFY(!markerOf(motifBefore, LaneMarkerKind::ReEntered));
    }

    void labelsNeverOverlap_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<double>("pixelsPerDay");  // 0: fitted to the default window
        for (Language language : {Language::English, Language::Korean}) {
            const char *name = language == Language::English ? "en" : "ko";
            QTest::newRow(QByteArray(name).append(" default window").constData()) << int(language) << 0.0;
            QTest::newRow(QByteArray(name).append(" narrow").constData()) << int(language) << -1.0;
            for (TimelineZoom zoom : {TimelineZoom::Month, TimelineZoom::Quarter, TimelineZoom::Year}) {
                QTest::newRow(QByteArray(name).append(" zoom ").append(QByteArray::number(int(zoom))).constData())
                    << int(language) << TimelineScale::pixelsPerDay(zoom);
            }
        }
    }

    void labelsNeverOverlap()
    {
        QFETCH(int, language);
        QFETCH(double, pixelsPerDay);
        const Language lang = Language(language);
        const TimelineLayout layout = pixelsPerDay > 0 ? layoutAt(pixelsPerDay, lang)
                                                       : fittedLayout(pixelsPerDay == 0 ? DefaultChartWidth : 500, lang);
        const QVector<QRectF> labels = layout.labelRects();
        QVERIFY(labels.size() > 20);
        for (int i = 0; i < labels.size(); ++i) {
            for (int j = i + 1; j < labels.size(); ++j) {
                if (labels.at(i).intersects(labels.at(j)))
                    QFAIL(qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j)));
            }
        }
        // No stage label runs into another stage's bar either.
        for (const TimelineStageItem &item : layout.stages()) {
            for (const TimelineStageItem &other : layout.stages()) {
                if (&other != &item && item.label.isShown())
                    QVERIFY2(!item.label.rect.intersects(other.bar), qPrintable(item.label.fullText));
            }
        }
        // At the default width every stage name is readable in full.
        if (pixelsPerDay == 0) {
            for (const TimelineStageItem &item : layout.stages()) {
                QVERIFY2(item.label.isShown() && !item.label.isElided(), qPrintable(item.label.fullText));
                QVERIFY(item.row < TimelineLayout::MaximumStageRows);
            }
        }
    }

    void hitTestingFindsRounds()
    {
        const TimelineLayout layout = fittedLayout(DefaultChartWidth, Language::English);
        const ProgramSnapshot &snapshot = m_state->snapshot();
        const qint64 phase1 = stageByCode(snapshot, QStringLiteral("phase1-eval"))->id;
        QCOMPARE(layout.hitTest(layout.stageItem(phase1)->bar.center()).roundStageId(), phase1);
        const qint64 development = stageByCode(snapshot, QStringLiteral("phase1-dev"))->id;
        const TimelineHit devHit = layout.hitTest(layout.stageItem(development)->bar.center());
        QVERIFY(devHit.stage);
        QCOMPARE(devHit.roundStageId(), 0);
        const TimelineLaneMarker *naverExit =
            markerOf(laneOf(layout, QStringLiteral("naver")), LaneMarkerKind::Eliminated);
        QCOMPARE(layout.hitTest(naverExit->centre).roundStageId(), phase1);
        QVERIFY(layout.hitTest(QPointF(-50, -50)).isEmpty());
    }

    void countsDownToTheNextMilestone()
    {
        // Journalist review: the phase-2 evaluation (August) has no announced result yet, so it is
        // still the next thing due, before the final selection.
        auto next = TimelineCountdown::next(m_state->snapshot());
        QVERIFY(next);
        QCOMPARE(next->stage->code, QStringLiteral("phase2-eval"));
        QVERIFY(next->outstanding);
        QCOMPARE(TimelineText::countdown(next, m_state->snapshot(), Language::English),
                 QStringLiteral("Next: Phase-2 evaluation · planned Aug 2026, not yet announced"));
        // Issue 14: the sources disagree on the final selection, so no D-day, the window instead.
        const Stage *final = nullptr;
        for (const Stage &stage : m_state->snapshot().stages)
            final = stage.code == QLatin1String("final-selection") ? &stage : final;
        QVERIFY(final);
        QCOMPARE(TimelineText::plannedWindow(*final, m_state->snapshot(), Language::English),
                 QStringLiteral("Dec 2026 – Feb 2027, sources differ (S62, S61)"));

        m_state->setAsOf(QDate(2026, 7, 22));
        next = TimelineCountdown::next(m_state->snapshot());
        QCOMPARE(next->stage->code, QStringLiteral("phase2-eval"));
        QCOMPARE(next->daysLeft, 12);
        // "Early August" is a month, not a day: no countdown either.
        const QString korean = TimelineText::countdown(next, m_state->snapshot(), Language::Korean);
        QVERIFY2(korean.endsWith(QStringLiteral("2차 단계평가 · 2026년 8월")) && !korean.contains(QLatin1String("D-")),
                 qPrintable(korean));
    }

    void aStageDueButNotAnnouncedIsNextNotNone()
    {
        // Journalist review: on 30 Jun 2027 the final selection (planned Dec 2026 – Feb 2027) has no
        // result yet, so "No further milestone planned" contradicted "Final selection: planned".
        m_state->setAsOf(QDate(2027, 6, 30));
        auto next = TimelineCountdown::next(m_state->snapshot());
        QVERIFY(next);
        QVERIFY(next->outstanding);
        QVERIFY(!next->isStart);
        const QString english = TimelineText::countdown(next, m_state->snapshot(), Language::English);
        QVERIFY2(english.startsWith(QStringLiteral("Next: ")) && english.contains(QStringLiteral("not yet announced")),
                 qPrintable(english));
        const ProgramFigures figures = ProgramFigures::compute(m_state->snapshot());
        QCOMPARE(figures.nextMilestone, next->stage);
        QVERIFY(figures.nextMilestoneOutstanding);

        // On 14 Jan 2026 the phase-1 evaluation result is still pending: it comes before phase 2.
        m_state->setAsOf(QDate(2026, 1, 14));
        next = TimelineCountdown::next(m_state->snapshot());
        QVERIFY(next);
        QCOMPARE(next->stage->code, QStringLiteral("phase1-eval"));
        QVERIFY(next->outstanding);
        QCOMPARE(ProgramFigures::compute(m_state->snapshot()).nextMilestone->code, QStringLiteral("phase1-eval"));
    }

    void tooltipsGiveDatesInTheDisplayLanguage()
    {
        const ProgramSnapshot &snapshot = m_state->snapshot();
        const TimelineLayout english = fittedLayout(DefaultChartWidth, Language::English);
        const TimelineStageItem *phase1 = english.stageItem(stageByCode(snapshot, QStringLiteral("phase1-eval"))->id);
        const QString stageTip = TimelineText::stageToolTip(*phase1, snapshot, Language::English);
        // The actual start is known only as December (schema version 8): the month, never the 1st.
        QVERIFY2(stageTip.contains(QLatin1String("Actual: Dec 2025")), qPrintable(stageTip));
        QVERIFY(!stageTip.contains(QLatin1String("1 Dec 2025")));
        QVERIFY(stageTip.contains(QLatin1String("15 Jan 2026")));
        // The plan said only "December": no planned day is shown or counted from.
        QVERIFY2(stageTip.contains(QLatin1String("Planned: Dec 2025")), qPrintable(stageTip));
        QVERIFY(!stageTip.contains(QLatin1String("31 Dec 2025")));
        QVERIFY(stageTip.contains(QLatin1String("15 days after the end of Dec 2025")));
        QVERIFY(!stageTip.contains(QLatin1String("days late")));
        const TimelineLayout koreanLayout = fittedLayout(DefaultChartWidth, Language::Korean);
        const QString koreanTip = TimelineText::stageToolTip(
            *koreanLayout.stageItem(stageByCode(snapshot, QStringLiteral("phase1-eval"))->id), snapshot, Language::Korean);
        QVERIFY2(koreanTip.contains(QStringLiteral("2025년 12월")), qPrintable(koreanTip));
        QVERIFY(!koreanTip.contains(QStringLiteral("12월 31일")));

        const TimelineLayout korean = fittedLayout(DefaultChartWidth, Language::Korean);
        const TimelineLane &naver = laneOf(korean, QStringLiteral("naver"));
        const QString markerTip = TimelineText::markerToolTip(naver, *markerOf(naver, LaneMarkerKind::Eliminated),
                                                              snapshot, Language::Korean);
        QVERIFY(markerTip.contains(QStringLiteral("2026년 1월 15일")));
        QVERIFY(markerTip.contains(QStringLiteral("네이버클라우드")));
        QVERIFY(markerTip.contains(QStringLiteral("독자성")));  // the note says which gate
    }

    void theSampleCalendarIsPublicFact()
    {
        QVERIFY(!fittedLayout(DefaultChartWidth, Language::English).showsIllustrativeData());
    }
};

int main(int argc, char **argv)
{
    // A GUI application for font metrics only: the layout needs no widgets.
    return test::runTest<TestTimelineLayout, QGuiApplication>(argc, argv, test::ClusterNeed::ServerEngine);
}

#include "tst_timeline_layout.moc"
