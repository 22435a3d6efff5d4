// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

#include <QHash>

namespace kai::domain {

// Everything about the program as it was known on one date: only facts announced by then.
// Plain data, built by the repository and read by item models; rebuilt when the as-of date moves.
class ProgramSnapshot
{
public:
    QDate asOf;
    ProgramInfo program;
    QVector<Source> sources;
    QVector<Organisation> organisations;
    QVector<Consortium> consortia;
    QVector<Membership> memberships;
    QVector<Stage> stages;
    QVector<RoundResult> results;
    QVector<ReleasedModel> models;
    QVector<GpuAllocation> allocations;
    QVector<GpuUsageTotal> usage;             // from the first sample to the day before asOf
    QVector<GpuUsageTotal> usageMonthToDate;  // from the 1st of asOf's month to the day before asOf
    // The best overall score relative to its round's reference model among published rounds;
    // public figures are preferred over confidential or illustrative ones.
    std::optional<RelativePerformance> bestRelativePerformance;
    QVector<Funding> funding;

    // Builds the id indexes; call once after filling the vectors.
    void index();

    const Source *source(qint64 id) const;
    const Organisation *organisation(qint64 id) const;
    const Consortium *consortium(qint64 id) const;
    const Stage *stage(qint64 id) const;

    QVector<const Membership *> membershipsOf(qint64 consortiumId) const;
    QVector<const Membership *> membershipsOfOrganisation(qint64 organisationId) const;
    QVector<const RoundResult *> resultsOf(qint64 consortiumId) const;  // in stage order
    QVector<const RoundResult *> resultsOfStage(qint64 stageId) const;
    QVector<const GpuAllocation *> allocationsOf(qint64 consortiumId) const;
    const GpuUsageTotal *usageOf(qint64 consortiumId) const;
    const ReleasedModel *latestModelOf(qint64 consortiumId) const;

    ConsortiumStatus statusOf(qint64 consortiumId) const;
    // The name where room is short (chart labels): the lead organisation's, else the consortium's.
    BilingualText shortNameOf(qint64 consortiumId) const;
    // GPUs allocated to the consortium on the as-of date, counted in H100 equivalents.
    double allocatedH100EquivalentOn(qint64 consortiumId, const QDate &date) const;

    bool isIllustrative(qint64 sourceId) const;
    // True when any figure in the snapshot comes from an illustrative sample.
    bool containsIllustrativeData() const;

private:
    QHash<qint64, int> m_sourceIndex;
    QHash<qint64, int> m_organisationIndex;
    QHash<qint64, int> m_consortiumIndex;
    QHash<qint64, int> m_stageIndex;
};

} // namespace kai::domain
