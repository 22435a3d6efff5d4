// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSnapshot.h"
#include "domain/TextWidths.h"
#include "domain/TimelineScale.h"

#include <QRectF>
#include <functional>
#include <optional>

namespace kai::domain {

class TimelineLabelPacker;

// The translated words the layout must measure; supplied by the caller so this code stays free of
// any particular translation (the app passes TimelineText::wording()).
struct TimelineWording
{
    std::function<QString(const Stage &stage, int slipDays)> stageLabel;
    std::function<QString(ExitReason reason)> exitLabel;
    QString reEntered;
    QString pending;
};

struct TimelineLabel
{
    QString text;      // as drawn, possibly elided
    QString fullText;  // for the tooltip
    QRectF rect;       // empty when the label did not fit at all
    bool isShown() const { return !rect.isEmpty(); }
    bool isElided() const { return text != fullText; }
};

struct TimelineStageItem
{
    const Stage *stage = nullptr;
    int row = 0;
    bool isMilestone = false;  // drawn as a diamond
    bool isPlannedOnly = false;  // no actual dates announced yet
    QRectF bar;                  // actual dates when known, planned dates otherwise
    QRectF plannedBar;           // only when the actual dates differ from the plan
    int slipDays = 0;            // Stage::slipDays(): after the plan's last day (or month)
    TimelineLabel label;
};

enum class LaneSegmentKind { Applicant, Selected, Out };

struct TimelineLaneSegment
{
    LaneSegmentKind kind = LaneSegmentKind::Applicant;
    QDate from;
    QDate to;
    double left = 0;
    double right = 0;
};

enum class LaneMarkerKind { Advanced, Eliminated, Pending, ReEntered, ModelRelease };

struct TimelineLaneMarker
{
    LaneMarkerKind kind = LaneMarkerKind::Advanced;
    QDate date;
    QPointF centre;
    QRectF hitRect;
    const RoundResult *result = nullptr;  // round markers
    const ReleasedModel *model = nullptr;  // model releases
    TimelineLabel label;
};

struct TimelineLane
{
    const Consortium *consortium = nullptr;
    QString name;
    QRectF rect;  // the whole row, across the chart
    QVector<TimelineLaneSegment> segments;
    QVector<TimelineLaneMarker> markers;
    bool hasLeft = false;  // eliminated and not back in
};

// What sits under a point of the chart.
struct TimelineHit
{
    const TimelineStageItem *stage = nullptr;
    const TimelineLane *lane = nullptr;
    const TimelineLaneMarker *marker = nullptr;
    bool isEmpty() const { return !stage && !marker && !lane; }
    // The evaluation stage a click opens in the rounds view, or 0.
    qint64 roundStageId() const;
};

// Places everything the timeline draws, in chart coordinates: x from the scale (0 = first day),
// y from 0 at the top of the first stage row. No widgets: the view paints what this computes, and
// the unit tests check positions and overlaps without a screen.
class TimelineLayout
{
public:
    // Rows the stages prefer; more are added only when even a bar would not fit otherwise.
    static constexpr int MaximumStageRows = 6;

    // Round labels are drawn bold: pass their widths as roundMetrics so they are measured as drawn.
    // rowSpacing > 1 spreads the rows (a page taller than the rows need); bars and type keep their size.
    TimelineLayout(const ProgramSnapshot &snapshot, const TimelineScale &scale, const TextWidths &metrics,
                   const TimelineWording &wording, Language language, const TextWidths *roundMetrics = nullptr,
                   double rowSpacing = 1.0);

    const TimelineScale &scale() const { return m_scale; }
    const QVector<TimelineStageItem> &stages() const { return m_stages; }
    const QVector<TimelineLane> &lanes() const { return m_lanes; }
    int stageRowCount() const { return m_stageRowCount; }
    double stageRowHeight() const { return m_stageRowHeight; }
    double barHeight() const { return m_barHeight; }
    double laneHeight() const { return m_laneHeight; }
    double lanesTop() const { return m_lanesTop; }
    double height() const;
    double width() const { return m_scale.width(); }
    // The widest consortium name: the painter sizes the name column from it.
    double laneNameWidth() const { return m_laneNameWidth; }

    const TimelineLane *lane(qint64 consortiumId) const;
    const TimelineStageItem *stageItem(qint64 stageId) const;
    TimelineHit hitTest(const QPointF &point) const;
    // Every label actually drawn, for overlap checks.
    QVector<QRectF> labelRects() const;
    // True when anything drawn comes from an illustrative source.
    bool showsIllustrativeData() const { return m_illustrative; }

private:
    void layOutStages(const ProgramSnapshot &snapshot, const TextWidths &metrics,
                      const TextWidths &roundMetrics, const TimelineWording &wording);
    std::optional<TimelineStageItem> stageItemFor(const Stage &stage) const;
    void placeStage(TimelineStageItem &item, TimelineLabelPacker &packer, const TextWidths &metrics,
                    const QString &text) const;
    void layOutLanes(const ProgramSnapshot &snapshot, const TextWidths &metrics, const TimelineWording &wording,
                     Language language);
    TimelineLane laneFor(const ProgramSnapshot &snapshot, const Consortium &consortium,
                         const TimelineWording &wording) const;
    void addModelMarkers(const ProgramSnapshot &snapshot, TimelineLane &lane) const;
    void placeLaneLabels(TimelineLane &lane, const TextWidths &metrics) const;
    void addMarker(TimelineLane &lane, LaneMarkerKind kind, const QDate &date, QString label) const;
    double dayCentre(const QDate &date) const;

    TimelineScale m_scale;
    QVector<TimelineStageItem> m_stages;
    QVector<TimelineLane> m_lanes;
    int m_stageRowCount = 0;
    double m_stageRowHeight = 0;
    double m_barHeight = 0;
    double m_laneHeight = 0;
    double m_markerSize = 0;
    double m_lanesTop = 0;
    double m_laneNameWidth = 0;
    bool m_illustrative = false;
};

} // namespace kai::domain
