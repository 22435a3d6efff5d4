// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/KnownSources.h"

namespace kai {

KnownSources::KnownSources(const domain::ProgramSnapshot &snapshot) : m_asOf(snapshot.asOf)
{
    m_cited.insert(snapshot.program.sourceId);
    const auto add = [this](const auto &items) {
        for (const auto &item : items)
            m_cited.insert(item.sourceId);
    };
    add(snapshot.organisations);
    add(snapshot.memberships);
    add(snapshot.consortia);
    add(snapshot.models);
    add(snapshot.allocations);
    add(snapshot.funding);
    for (const domain::Stage &stage : snapshot.stages)
        m_cited.unite({stage.sourceId, stage.otherSourceId});
    for (const domain::RoundResult &result : snapshot.results)
        m_cited.unite({result.sourceId, result.totalSourceId});
}

bool KnownSources::contains(qint64 sourceId, const QDate &published) const
{
    if (published.isValid())
        return published <= m_asOf;
    return m_cited.contains(sourceId);
}

} // namespace kai
