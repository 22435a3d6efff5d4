// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ViewFactory.h"

#include "consortia/ConsortiaView.h"
#include "gpu/GpuUsageView.h"
#include "overview/OverviewView.h"
#include "rounds/RoundsView.h"
#include "timeline/TimelineView.h"

namespace kai::ui {

ViewPage *ViewFactory::create(ViewId view, const DashboardState &state)
{
    switch (view) {
    case ViewId::Overview: return new OverviewView(state);
    case ViewId::Consortia: return new ConsortiaView(state);
    case ViewId::Timeline: return new TimelineView(state);
    case ViewId::Gpu: return new GpuUsageView(state);
    case ViewId::Rounds: return new RoundsView(state);
    case ViewId::History:
    case ViewId::Changes: break;  // navigation only: nothing to export
    }
    return nullptr;
}

QStringList ViewFactory::keys()
{
    return {QStringLiteral("overview"), QStringLiteral("consortia"), QStringLiteral("timeline"), QStringLiteral("gpu"),
            QStringLiteral("rounds")};
}

QString ViewFactory::key(ViewId view)
{
    return keys().value(int(view));
}

std::optional<ViewId> ViewFactory::parseKey(const QString &key)
{
    const qsizetype index = keys().indexOf(key.toLower());
    if (index < 0)
        return std::nullopt;
    return ViewId(index);
}

} // namespace kai::ui
