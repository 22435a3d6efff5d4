// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ProgramSnapshot.h"

#include "domain/ConsortiumStatusResolver.h"

#include <algorithm>

namespace kai::domain {

namespace {
template<typename T>
void buildIndex(const QVector<T> &items, QHash<qint64, int> &index)
{
    index.clear();
    index.reserve(items.size());
    for (int i = 0; i < items.size(); ++i)
        index.insert(items[i].id, i);
}

template<typename T>
const T *lookup(const QVector<T> &items, const QHash<qint64, int> &index, qint64 id)
{
    const auto it = index.constFind(id);
    return it == index.cend() ? nullptr : &items[*it];
}

template<typename T, typename Predicate>
QVector<const T *> select(const QVector<T> &items, Predicate predicate)
{
    QVector<const T *> selected;
    for (const T &item : items) {
        if (predicate(item))
            selected.append(&item);
    }
    return selected;
}
} // namespace

void ProgramSnapshot::index()
{
    buildIndex(sources, m_sourceIndex);
    buildIndex(organisations, m_organisationIndex);
    buildIndex(consortia, m_consortiumIndex);
    buildIndex(stages, m_stageIndex);
}

const Source *ProgramSnapshot::source(qint64 id) const
{
    return lookup(sources, m_sourceIndex, id);
}

const Organisation *ProgramSnapshot::organisation(qint64 id) const
{
    return lookup(organisations, m_organisationIndex, id);
}

const Consortium *ProgramSnapshot::consortium(qint64 id) const
{
    return lookup(consortia, m_consortiumIndex, id);
}

const Stage *ProgramSnapshot::stage(qint64 id) const
{
    return lookup(stages, m_stageIndex, id);
}

QVector<const Membership *> ProgramSnapshot::membershipsOf(qint64 consortiumId) const
{
    return select(memberships, [=](const Membership &m) { return m.consortiumId == consortiumId; });
}

QVector<const Membership *> ProgramSnapshot::membershipsOfOrganisation(qint64 organisationId) const
{
    return select(memberships, [=](const Membership &m) { return m.organisationId == organisationId; });
}

QVector<const RoundResult *> ProgramSnapshot::resultsOf(qint64 consortiumId) const
{
    auto selected = select(results, [=](const RoundResult &r) { return r.consortiumId == consortiumId; });
    std::stable_sort(selected.begin(), selected.end(), [this](const RoundResult *a, const RoundResult *b) {
        const Stage *sa = stage(a->stageId);
        const Stage *sb = stage(b->stageId);
        return (sa ? sa->seq : 0) < (sb ? sb->seq : 0);
    });
    return selected;
}

QVector<const RoundResult *> ProgramSnapshot::resultsOfStage(qint64 stageId) const
{
    return select(results, [=](const RoundResult &r) { return r.stageId == stageId; });
}

QVector<const GpuAllocation *> ProgramSnapshot::allocationsOf(qint64 consortiumId) const
{
    return select(allocations, [=](const GpuAllocation &a) { return a.consortiumId == consortiumId; });
}

const GpuUsageTotal *ProgramSnapshot::usageOf(qint64 consortiumId) const
{
    const auto it = std::find_if(usage.cbegin(), usage.cend(),
                                 [=](const GpuUsageTotal &u) { return u.consortiumId == consortiumId; });
    return it == usage.cend() ? nullptr : &*it;
}

const ReleasedModel *ProgramSnapshot::latestModelOf(qint64 consortiumId) const
{
    const ReleasedModel *latest = nullptr;
    for (const ReleasedModel &model : models) {
        if (model.consortiumId == consortiumId && model.isProgrammeOutput
            && (!latest || model.releasedOn > latest->releasedOn))
            latest = &model;
    }
    return latest;
}

BilingualText ProgramSnapshot::shortNameOf(qint64 consortiumId) const
{
    const Consortium *c = consortium(consortiumId);
    if (!c)
        return {};
    const Organisation *lead = organisation(c->leadOrganisationId);
    return lead && !lead->name.isEmpty() ? lead->name : c->name;
}

ConsortiumStatus ProgramSnapshot::statusOf(qint64 consortiumId) const
{
    return ConsortiumStatusResolver::resolve(*this, consortiumId);
}

double ProgramSnapshot::allocatedH100EquivalentOn(qint64 consortiumId, const QDate &date) const
{
    double total = 0;
    for (const GpuAllocation &allocation : allocations) {
        if (allocation.consortiumId == consortiumId && allocation.periodStart <= date && date <= allocation.periodEnd)
            total += allocation.gpuCount * allocation.h100Equivalent;
    }
    return total;
}

bool ProgramSnapshot::isIllustrative(qint64 sourceId) const
{
    const Source *s = source(sourceId);
    return s && s->isIllustrative();
}

bool ProgramSnapshot::containsIllustrativeData() const
{
    const auto illustrative = [this](const auto &item) { return isIllustrative(item.sourceId); };
    return std::any_of(results.cbegin(), results.cend(),
                       [this](const RoundResult &r) { return isIllustrative(r.sourceId) || isIllustrative(r.totalSourceId); })
        || std::any_of(allocations.cbegin(), allocations.cend(), illustrative)
        || std::any_of(funding.cbegin(), funding.cend(), illustrative)
        || std::any_of(usage.cbegin(), usage.cend(), [](const GpuUsageTotal &u) { return u.illustrativeSamples > 0; });
}

} // namespace kai::domain
