// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVector>
#include <algorithm>
#include <optional>

namespace kai::domain {

enum class Language { Korean, English };

// A text the database holds in both languages; the view picks one at display time so a language
// switch never needs a reload.
struct BilingualText
{
    QString ko;
    QString en;

    QString in(Language language) const
    {
        const QString &preferred = language == Language::Korean ? ko : en;
        return preferred.isEmpty() ? (language == Language::Korean ? en : ko) : preferred;
    }
    bool isEmpty() const { return ko.isEmpty() && en.isEmpty(); }
};

enum class OrganisationKind { LargeEnterprise, StartupSme, University, ResearchInstitute, PublicBody };
enum class MembershipRole { Lead, Participant };
enum class StageKind {
    Briefing, Application, DocumentReview, PresentationReview, Development, Showcase,
    EvaluationRound, AdditionalCall, FinalSelection
};
enum class Outcome { Advanced, Eliminated, Withdrawn, Pending };
// How far a planned date can be trusted: a day a source states, only a month or period, or a window
// spanning sources that disagree. Only a stated day may be counted down to.
enum class PlannedDates { Stated, Approximate, Disputed };
// How much of a release or publication date a source gives: the stored day is the 1st of the month
// (or of the year) when only the month (or year) is known, and is never shown as that day.
enum class DatePrecision { Day, Month, Year };
enum class ExitReason { None, FailedGate, BelowCutLine, NotSelected, DidNotApply };
// Where a consortium stands as known on a date. Ordered by progress through the program.
enum class ConsortiumStatus { Applied, Shortlisted, Selected, Advanced, Eliminated, NationalModel };

// The day stored for a date known to the given precision: the first of its month or year.
inline QDate storedDay(const QDate &date, DatePrecision precision)
{
    if (!date.isValid() || precision == DatePrecision::Day)
        return date;
    return QDate(date.year(), precision == DatePrecision::Month ? date.month() : 1, 1);
}

struct Source
{
    qint64 id = 0;
    QString code;
    QString title;  // English; titleKo may be empty (then the English one is shown)
    QString url;
    QDate publishedOn;
    QString confidence;  // C, S, U, NF or I (illustrative)
    QString titleKo;
    DatePrecision publishedPrecision = DatePrecision::Day;
    // The source only reports what a company says of itself: no one else measured the figure.
    bool companyClaim = false;
    bool isIllustrative() const { return confidence == QLatin1String("I"); }
    QString titleIn(Language language) const
    {
        return language == Language::Korean && !titleKo.isEmpty() ? titleKo : title;
    }
};

struct ProgramInfo
{
    BilingualText name;
    BilingualText ministry;
    double targetRelativePct = 95.0;
    int maxSelectedTeams = 5;
    int finalTeams = 2;
    qint64 sourceId = 0;
};

struct Organisation
{
    qint64 id = 0;
    QString code;
    BilingualText name;
    bool englishNameVerified = true;
    OrganisationKind kind = OrganisationKind::StartupSme;
    qint64 sourceId = 0;
    bool isCompany() const
    {
        return kind == OrganisationKind::LargeEnterprise || kind == OrganisationKind::StartupSme;
    }
};

struct Membership
{
    qint64 id = 0;
    qint64 consortiumId = 0;
    qint64 organisationId = 0;
    MembershipRole role = MembershipRole::Participant;
    QDate joinedOn;
    QDate leftOn;  // null while still a member
    QDate announcedOn;
    qint64 sourceId = 0;
    bool activeOn(const QDate &date) const
    {
        return joinedOn <= date && (!leftOn.isValid() || date < leftOn);
    }
};

struct Consortium
{
    qint64 id = 0;
    QString code;
    qint64 leadOrganisationId = 0;
    BilingualText name;
    QDate appliedOn;
    QDate announcedOn;
    qint64 sourceId = 0;
};

struct Stage
{
    qint64 id = 0;
    QString code;
    int seq = 0;
    StageKind kind = StageKind::Development;
    BilingualText name;
    QDate plannedStart;
    QDate plannedEnd;
    QDate actualStart;  // null until announced
    QDate actualEnd;
    std::optional<int> maxAdvancing;
    bool isMilestone = false;
    qint64 sourceId = 0;
    PlannedDates plannedDates = PlannedDates::Stated;
    qint64 otherSourceId = 0;  // the source that contradicts sourceId when the dates are disputed
    // How much of the actual start a source gives: "in December" is stored as the 1st, never shown as it.
    DatePrecision actualStartPrecision = DatePrecision::Day;

    // A day a source states: actual dates, or planned ones a source gives to the day.
    bool hasStatedDates() const { return hasActualDates() || plannedDates == PlannedDates::Stated; }
    bool isRound() const
    {
        return kind == StageKind::DocumentReview || kind == StageKind::PresentationReview
            || kind == StageKind::EvaluationRound || kind == StageKind::AdditionalCall
            || kind == StageKind::FinalSelection;
    }
    bool hasActualDates() const { return actualStart.isValid(); }
    // A plan no source gives to the day is known only by its months ("December 2025").
    DatePrecision plannedPrecision() const
    {
        return plannedDates == PlannedDates::Stated ? DatePrecision::Day : DatePrecision::Month;
    }
    // Days the actual end lies after the plan (negative: before it). A plan known only by its months
    // is kept while the stage ends within them: late only after the last planned month has ended,
    // early only when it ended before the first one began.
    int slipDays() const
    {
        if (!hasActualDates())
            return 0;
        if (plannedPrecision() == DatePrecision::Day)
            return int(plannedEnd.daysTo(actualEnd));
        const QDate firstDay(plannedStart.year(), plannedStart.month(), 1);
        const QDate lastDay(plannedEnd.year(), plannedEnd.month(), plannedEnd.daysInMonth());
        if (actualEnd > lastDay)
            return int(lastDay.daysTo(actualEnd));
        return actualEnd < firstDay ? int(firstDay.daysTo(actualEnd)) : 0;
    }
    // How much of effectiveStart() a source gives: a month-only start has no day to count to or from.
    DatePrecision effectiveStartPrecision() const
    {
        return hasActualDates() ? actualStartPrecision : plannedPrecision();
    }
    bool hasStatedStart() const { return effectiveStartPrecision() == DatePrecision::Day; }
    // The actual start as known compared with the planned one: a start known only by its month
    // began as planned when the plan's start falls in that month (or year); no day is invented.
    bool startedAsPlanned() const
    {
        if (!hasActualDates())
            return true;
        return storedDay(actualStart, actualStartPrecision) == storedDay(plannedStart, actualStartPrecision);
    }
    QDate effectiveStart() const { return hasActualDates() ? actualStart : plannedStart; }
    QDate effectiveEnd() const { return hasActualDates() ? actualEnd : plannedEnd; }
};

// A correction of a sealed result, as known on the as-of date: why, on whose authority, and the
// values the result had before (the row keeps them; the result shows the corrected ones).
struct ResultCorrection
{
    qint64 id = 0;
    QDate recordedOn;
    BilingualText reason;
    BilingualText note;  // internal: never in the press profile
    qint64 sourceId = 0;
    Outcome originalOutcome = Outcome::Pending;
    ExitReason originalExitReason = ExitReason::None;
    std::optional<int> originalRank;
    std::optional<double> originalTotalScore;
    bool originalTotalIsConfidential = false;
};

struct RoundResult
{
    qint64 id = 0;
    qint64 stageId = 0;
    qint64 consortiumId = 0;
    Outcome outcome = Outcome::Pending;
    ExitReason exitReason = ExitReason::None;
    std::optional<int> rank;
    std::optional<double> totalScore;
    bool totalIsConfidential = false;
    QDate evaluatedOn;
    QDate publishedOn;
    BilingualText note;
    qint64 sourceId = 0;       // of the outcome and rank
    qint64 totalSourceId = 0;  // of the total score; 0 when there is none
    bool sealed = false;       // announced and sealed: changed only by corrections
    std::optional<ResultCorrection> correction;  // the latest one recorded by the as-of date
};

struct ReleasedModel
{
    qint64 id = 0;
    qint64 consortiumId = 0;
    QString code;
    QString name;
    std::optional<double> paramsTotalB;
    std::optional<double> paramsActiveB;
    QDate releasedOn;
    QString licence;
    BilingualText note;
    qint64 sourceId = 0;
    QString licenceKo;  // empty: the licence text is a name, or has no Korean wording
    DatePrecision releasedPrecision = DatePrecision::Day;
    // A source calls it an output of the programme; otherwise it is the company's own release.
    bool isProgrammeOutput = true;
    QString licenceIn(Language language) const
    {
        return language == Language::Korean && !licenceKo.isEmpty() ? licenceKo : licence;
    }
};

struct GpuAllocation
{
    qint64 id = 0;
    qint64 consortiumId = 0;
    QString providerCode;
    BilingualText providerName;
    QString gpuModelCode;
    double h100Equivalent = 1.0;
    int gpuCount = 0;
    QDate periodStart;
    QDate periodEnd;
    QDate announcedOn;
    qint64 sourceId = 0;
    // The source gives the count as "about N".
    bool approximate = false;

    // A source says the team was allocated no GPUs (no provider or model then).
    bool noneAllocated() const { return gpuCount == 0; }
    // GPU-hours the allocation offers on the days it shares with [firstDay, lastDay]; 0 if none.
    double capacityBetween(const QDate &firstDay, const QDate &lastDay) const
    {
        const QDate first = std::max(periodStart, firstDay);
        const QDate last = std::min(periodEnd, lastDay);
        return last < first ? 0.0 : double(gpuCount) * 24.0 * (first.daysTo(last) + 1);
    }
};

// GPU-hours allocated, summed over allocations. A sum with any share from an "about N" count is
// itself approximate, and so is every share or percentage drawn from it: saying it exactly would
// claim a precision no source gave.
struct GpuCapacity
{
    double hours = 0;
    bool approximate = false;

    void add(const GpuAllocation &allocation, const QDate &firstDay, const QDate &lastDay)
    {
        const double share = allocation.capacityBetween(firstDay, lastDay);
        hours += share;
        approximate = approximate || (share > 0 && allocation.approximate);
    }
    GpuCapacity &operator+=(const GpuCapacity &other)
    {
        hours += other.hours;
        approximate = approximate || other.approximate;
        return *this;
    }
};

// GPU-hours used by one consortium, summed over usage known by the as-of date.
struct GpuUsageTotal
{
    qint64 consortiumId = 0;
    double gpuHours = 0;
    double h100EquivalentHours = 0;
    qint64 samples = 0;
    qint64 illustrativeSamples = 0;
};

// A released model's score relative to the reference model frozen for a round (not the frontier:
// a round's reference is one model, the programme's target counts the global frontier models).
struct RelativePerformance
{
    qint64 consortiumId = 0;
    QString modelName;
    QString referenceModel;
    qint64 stageId = 0;
    double relativePct = 0;  // model score / reference score x 100
    bool confidential = false;
    bool illustrative = false;
    // The score or the reference rests only on the company's own claim.
    bool companyClaim = false;
};

struct Funding
{
    qint64 consortiumId = 0;
    int year = 0;
    qint64 governmentKrw = 0;
    qint64 privateKrw = 0;
    QString openSourceGrade;
    qint64 sourceId = 0;
};

} // namespace kai::domain
