// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TimelineLayout.h"

#include "domain/TimelineLabelPacker.h"

#include <algorithm>
#include <cmath>

namespace kai::domain {

namespace {
constexpr double LabelPadding = 6.0;
constexpr double LabelOffset = 5.0;  // between a bar or marker and its label
constexpr double StageGap = 10.0;

bool differsFromPlan(const Stage &stage)
{
    return stage.hasActualDates() && stage.plannedStart.isValid()
        && (!stage.startedAsPlanned() || stage.actualEnd != stage.plannedEnd);
}

QDate dateOf(const RoundResult &result, const Stage *stage)
{
    if (result.publishedOn.isValid())
        return result.publishedOn;
    if (result.evaluatedOn.isValid())
        return result.evaluatedOn;
    return stage ? stage->effectiveEnd() : QDate();
}

// "K-EXAONE (K-EXAONE-236B-A23B)" reads as "K-EXAONE" on a crowded lane; the tooltip has the rest.
QString shortModelName(const QString &name)
{
    const qsizetype bracket = name.indexOf(QLatin1String(" ("));
    return bracket > 0 ? name.left(bracket) : name;
}

// The text that fits in `room` pixels, or nothing when even an elided stub would be unreadable.
QString fittedText(const TextWidths &metrics, const QString &text, double room)
{
    if (metrics.horizontalAdvance(text) <= room)
        return text;
    const QString elided = metrics.elidedText(text, Qt::ElideRight, room);
    // Fewer than five characters before the ellipsis say nothing; the marker and tooltip remain.
    const bool readable = elided.size() >= 6;
    return readable ? elided : QString();
}
} // namespace

qint64 TimelineHit::roundStageId() const
{
    if (marker && marker->result)
        return marker->result->stageId;
    if (stage && stage->stage->isRound())
        return stage->stage->id;
    return 0;
}

TimelineLayout::TimelineLayout(const ProgramSnapshot &snapshot, const TimelineScale &scale,
                               const TextWidths &metrics, const TimelineWording &wording, Language language,
                               const TextWidths *roundMetrics, double rowSpacing)
    : m_scale(scale)
{
    const double textHeight = std::ceil(metrics.height());
    const double spacing = std::max(1.0, rowSpacing);
    m_barHeight = textHeight + 4;
    m_stageRowHeight = std::round((m_barHeight + 5) * spacing);
    m_laneHeight = std::round((textHeight + 6) * spacing);
    m_markerSize = std::min(m_laneHeight - 7, textHeight);
    layOutStages(snapshot, metrics, roundMetrics ? *roundMetrics : metrics, wording);
    layOutLanes(snapshot, metrics, wording, language);
}

double TimelineLayout::dayCentre(const QDate &date) const
{
    return m_scale.x(date) + m_scale.pixelsPerDay() / 2;
}

double TimelineLayout::height() const
{
    return m_lanesTop + m_laneHeight * m_lanes.size();
}

void TimelineLayout::layOutStages(const ProgramSnapshot &snapshot, const TextWidths &metrics,
                                  const TextWidths &roundMetrics, const TimelineWording &wording)
{
    QVector<const Stage *> ordered;
    for (const Stage &stage : snapshot.stages)
        ordered.append(&stage);
    std::sort(ordered.begin(), ordered.end(), [](const Stage *a, const Stage *b) { return a->seq < b->seq; });

    // Room for one row per stage, so that even the most crowded zoom never stacks two bars.
    TimelineLabelPacker packer(int(ordered.size()) + MaximumStageRows, StageGap);
    for (const Stage *stage : ordered) {
        std::optional<TimelineStageItem> item = stageItemFor(*stage);
        if (!item)
            continue;
        const QString text = wording.stageLabel ? wording.stageLabel(*stage, item->slipDays) : stage->name.en;
        placeStage(*item, packer, stage->isRound() ? roundMetrics : metrics, text);
        m_stageRowCount = std::max(m_stageRowCount, item->row + 1);
        m_illustrative = m_illustrative || snapshot.isIllustrative(stage->sourceId);
        m_stages.append(*item);
    }
}

std::optional<TimelineStageItem> TimelineLayout::stageItemFor(const Stage &stage) const
{
    const QDate start = stage.effectiveStart();
    const QDate end = stage.effectiveEnd().isValid() ? stage.effectiveEnd() : start;
    if (!start.isValid() || end < m_scale.first() || start > m_scale.last())
        return std::nullopt;

    TimelineStageItem item;
    item.stage = &stage;
    item.isPlannedOnly = !stage.hasActualDates();
    item.isMilestone = stage.isMilestone || start == end;
    if (item.isMilestone) {
        const double centre = dayCentre(m_scale.clamp(start));
        item.bar = QRectF(centre - m_barHeight / 2, 0, m_barHeight, m_barHeight);
    } else {
        const double left = m_scale.x(m_scale.clamp(start));
        item.bar = QRectF(left, 0, m_scale.xEnd(m_scale.clamp(end)) - left, m_barHeight);
    }
    if (differsFromPlan(stage)) {
        item.slipDays = stage.slipDays();
        const double plannedLeft = m_scale.x(m_scale.clamp(stage.plannedStart));
        const double plannedRight = m_scale.xEnd(m_scale.clamp(stage.plannedEnd));
        item.plannedBar = QRectF(plannedLeft, 0, plannedRight - plannedLeft, m_barHeight);
    }
    return item;
}

void TimelineLayout::placeStage(TimelineStageItem &item, TimelineLabelPacker &packer, const TextWidths &metrics,
                                const QString &text) const
{
    const double spanLeft = item.plannedBar.isNull() ? item.bar.left() : std::min(item.bar.left(), item.plannedBar.left());
    const double spanRight =
        item.plannedBar.isNull() ? item.bar.right() : std::max(item.bar.right(), item.plannedBar.right());
    const double textWidth = metrics.horizontalAdvance(text);
    // Text over a hatched (unconfirmed) bar is hard to read, so only solid bars hold their label.
    const bool inside =
        !item.isMilestone && !item.isPlannedOnly && item.bar.width() >= textWidth + 2 * LabelPadding;
    const double labelLeft = inside ? item.bar.left() + LabelPadding : spanRight + LabelOffset;
    const double labelRight = inside ? spanRight : labelLeft + textWidth;

    // First choice: a row where bar and whole label fit. Then: a row where the bar fits and the
    // label, shortened, has the most room. Last resort, when the preferred rows are full even for
    // the bar: a new row below them.
    int row = packer.firstFreeRow(spanLeft, labelRight);
    if (row >= MaximumStageRows)
        row = -1;
    QString shown = text;
    if (row < 0) {
        double bestRoom = -1;
        for (int candidate = 0; candidate < MaximumStageRows; ++candidate) {
            const double room = packer.freeUntil(candidate, labelLeft) - labelLeft;
            if (packer.fits(candidate, spanLeft, spanRight) && room > bestRoom) {
                bestRoom = room;
                row = candidate;
            }
        }
        if (row >= 0 && !inside)
            shown = fittedText(metrics, text, bestRoom);
    }
    if (row < 0)
        row = packer.firstFreeRow(spanLeft, labelRight, MaximumStageRows);
    const double shownWidth = shown.isEmpty() ? 0 : metrics.horizontalAdvance(shown);
    packer.occupy(row, spanLeft, inside ? spanRight : std::max(spanRight, labelLeft + shownWidth));

    const double top = row * m_stageRowHeight + (m_stageRowHeight - m_barHeight) / 2;
    item.row = row;
    item.bar.moveTop(top);
    if (!item.plannedBar.isNull())
        item.plannedBar.moveTop(top);
    item.label = {shown, text, shown.isEmpty() ? QRectF() : QRectF(labelLeft, top, shownWidth, m_barHeight)};
}

void TimelineLayout::layOutLanes(const ProgramSnapshot &snapshot, const TextWidths &metrics,
                                 const TimelineWording &wording, Language language)
{
    m_lanesTop = m_stageRowCount * m_stageRowHeight + m_stageRowHeight * 0.6;
    QVector<TimelineLane> lanes;
    for (const Consortium &consortium : snapshot.consortia) {
        if (!consortium.appliedOn.isValid() || consortium.appliedOn > m_scale.last())
            continue;
        TimelineLane lane = laneFor(snapshot, consortium, wording);
        lane.name = consortium.name.in(language);
        m_laneNameWidth = std::max(m_laneNameWidth, metrics.horizontalAdvance(lane.name));
        lanes.append(lane);
    }
    // Teams still in first, then the longest-lasting; the order never depends on the language.
    std::stable_sort(lanes.begin(), lanes.end(), [](const TimelineLane &a, const TimelineLane &b) {
        if (a.hasLeft != b.hasLeft)
            return !a.hasLeft;
        const QDate aEnd = a.segments.isEmpty() ? QDate() : a.segments.last().to;
        const QDate bEnd = b.segments.isEmpty() ? QDate() : b.segments.last().to;
        if (aEnd != bEnd)
            return aEnd > bEnd;
        if (a.consortium->appliedOn != b.consortium->appliedOn)
            return a.consortium->appliedOn < b.consortium->appliedOn;
        return a.consortium->id < b.consortium->id;
    });
    for (int index = 0; index < lanes.size(); ++index) {
        TimelineLane &lane = lanes[index];
        const double top = m_lanesTop + index * m_laneHeight;
        lane.rect = QRectF(0, top, m_scale.width(), m_laneHeight);
        for (TimelineLaneMarker &marker : lane.markers) {
            marker.centre.setY(top + m_laneHeight / 2);
            marker.hitRect.moveCenter(marker.centre);
        }
        placeLaneLabels(lane, metrics);
        for (const TimelineLaneMarker &marker : lane.markers) {
            const qint64 sourceId = marker.result ? marker.result->sourceId : marker.model ? marker.model->sourceId : 0;
            m_illustrative = m_illustrative || snapshot.isIllustrative(sourceId);
        }
    }
    m_lanes = lanes;
}

TimelineLane TimelineLayout::laneFor(const ProgramSnapshot &snapshot, const Consortium &consortium,
                                     const TimelineWording &wording) const
{
    TimelineLane lane;
    lane.consortium = &consortium;
    QDate segmentStart = consortium.appliedOn;
    LaneSegmentKind kind = LaneSegmentKind::Applicant;
    const auto closeSegment = [&](const QDate &to, LaneSegmentKind next) {
        const QDate from = m_scale.clamp(segmentStart);
        const QDate until = m_scale.clamp(to);
        if (until >= from)
            lane.segments.append({kind, from, until, m_scale.x(from), m_scale.xEnd(until)});
        segmentStart = to;
        kind = next;
    };

    for (const RoundResult *result : snapshot.resultsOf(consortium.id)) {
        const Stage *stage = snapshot.stage(result->stageId);
        const QDate date = dateOf(*result, stage);
        if (!date.isValid())
            continue;
        const int markerIndex = int(lane.markers.size());
        switch (result->outcome) {
        case Outcome::Advanced: {
            const bool reEntry = lane.hasLeft;
            const bool selection = stage
                && (stage->kind == StageKind::PresentationReview || stage->kind == StageKind::AdditionalCall);
            if (reEntry || (selection && kind == LaneSegmentKind::Applicant))
                closeSegment(date, LaneSegmentKind::Selected);
            lane.hasLeft = false;
            addMarker(lane, reEntry ? LaneMarkerKind::ReEntered : LaneMarkerKind::Advanced, date,
                      reEntry ? wording.reEntered : QString());
            break;
        }
        case Outcome::Eliminated:
        case Outcome::Withdrawn:
            if (!lane.hasLeft)
                closeSegment(date, LaneSegmentKind::Out);
            lane.hasLeft = true;
            addMarker(lane, LaneMarkerKind::Eliminated, date,
                      wording.exitLabel ? wording.exitLabel(result->exitReason) : QString());
            break;
        case Outcome::Pending:
            addMarker(lane, LaneMarkerKind::Pending, date, wording.pending);
            break;
        }
        lane.markers[markerIndex].result = result;
    }
    if (!lane.hasLeft)
        closeSegment(snapshot.asOf.isValid() ? snapshot.asOf : m_scale.last(), kind);

    addModelMarkers(snapshot, lane);
    std::stable_sort(lane.markers.begin(), lane.markers.end(),
                     [](const TimelineLaneMarker &a, const TimelineLaneMarker &b) { return a.date < b.date; });
    return lane;
}

void TimelineLayout::addModelMarkers(const ProgramSnapshot &snapshot, TimelineLane &lane) const
{
    // Only what a source calls a programme output is drawn as a programme release: a company's own
    // model on the team's lane would read as a deliverable of the programme.
    for (const ReleasedModel &model : snapshot.models) {
        if (model.consortiumId != lane.consortium->id || !model.releasedOn.isValid() || !model.isProgrammeOutput)
            continue;
        addMarker(lane, LaneMarkerKind::ModelRelease, model.releasedOn, shortModelName(model.name));
        lane.markers.last().model = &model;
    }
}

void TimelineLayout::addMarker(TimelineLane &lane, LaneMarkerKind kind, const QDate &date, QString label) const
{
    TimelineLaneMarker marker;
    marker.kind = kind;
    marker.date = date;
    marker.centre = QPointF(dayCentre(m_scale.clamp(date)), 0);
    const double hitSize = std::max(m_markerSize * 1.5, 12.0);
    marker.hitRect = QRectF(0, 0, hitSize, hitSize);
    marker.hitRect.moveCenter(marker.centre);
    marker.label.fullText = std::move(label);
    lane.markers.append(marker);
}

void TimelineLayout::placeLaneLabels(TimelineLane &lane, const TextWidths &metrics) const
{
    // Markers are never covered; labels go right of their marker, most important first (why a
    // team left or came back, then pending results, then model names), and shrink or disappear
    // when the next marker or label is too close. The tooltip always has the full text.
    TimelineLabelPacker packer(1, 2.0);
    for (const TimelineLaneMarker &marker : lane.markers)
        packer.occupy(0, marker.centre.x() - m_markerSize / 2, marker.centre.x() + m_markerSize / 2);
    const auto priority = [](LaneMarkerKind kind) {
        switch (kind) {
        case LaneMarkerKind::Eliminated:
        case LaneMarkerKind::ReEntered: return 0;
        case LaneMarkerKind::Pending: return 1;
        case LaneMarkerKind::ModelRelease: return 2;
        case LaneMarkerKind::Advanced: return 3;
        }
        return 3;
    };
    QVector<TimelineLaneMarker *> ordered;
    for (TimelineLaneMarker &marker : lane.markers) {
        if (!marker.label.fullText.isEmpty())
            ordered.append(&marker);
    }
    std::stable_sort(ordered.begin(), ordered.end(), [&](const TimelineLaneMarker *a, const TimelineLaneMarker *b) {
        return priority(a->kind) < priority(b->kind);
    });
    for (TimelineLaneMarker *marker : ordered) {
        const double left = marker->centre.x() + m_markerSize / 2 + 3;
        const double room = std::min(packer.freeUntil(0, left), m_scale.width()) - left;
        const QString shown = room > 0 ? fittedText(metrics, marker->label.fullText, room) : QString();
        marker->label.text = shown;
        if (shown.isEmpty())
            continue;
        const double width = metrics.horizontalAdvance(shown);
        const double height = std::ceil(metrics.height());
        marker->label.rect = QRectF(left, marker->centre.y() - height / 2, width, height);
        packer.occupy(0, left, left + width);
    }
}

const TimelineLane *TimelineLayout::lane(qint64 consortiumId) const
{
    for (const TimelineLane &lane : m_lanes) {
        if (lane.consortium->id == consortiumId)
            return &lane;
    }
    return nullptr;
}

const TimelineStageItem *TimelineLayout::stageItem(qint64 stageId) const
{
    for (const TimelineStageItem &item : m_stages) {
        if (item.stage->id == stageId)
            return &item;
    }
    return nullptr;
}

TimelineHit TimelineLayout::hitTest(const QPointF &point) const
{
    TimelineHit hit;
    for (const TimelineStageItem &item : m_stages) {
        QRectF area = item.bar.united(item.plannedBar.isNull() ? item.bar : item.plannedBar);
        if (item.label.isShown())
            area = area.united(item.label.rect);
        if (area.adjusted(-2, -2, 2, 2).contains(point)) {
            hit.stage = &item;
            return hit;
        }
    }
    for (const TimelineLane &lane : m_lanes) {
        if (!lane.rect.contains(point))
            continue;
        hit.lane = &lane;
        for (const TimelineLaneMarker &marker : lane.markers) {
            if (marker.hitRect.contains(point) || (marker.label.isShown() && marker.label.rect.contains(point)))
                hit.marker = &marker;  // the last one wins: it is drawn on top
        }
        return hit;
    }
    return hit;
}

QVector<QRectF> TimelineLayout::labelRects() const
{
    QVector<QRectF> rects;
    for (const TimelineStageItem &item : m_stages) {
        if (item.label.isShown())
            rects.append(item.label.rect);
    }
    for (const TimelineLane &lane : m_lanes) {
        for (const TimelineLaneMarker &marker : lane.markers) {
            if (marker.label.isShown())
                rects.append(marker.label.rect);
        }
    }
    return rects;
}

} // namespace kai::domain
