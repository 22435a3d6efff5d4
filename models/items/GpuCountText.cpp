// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/GpuCountText.h"

#include "items/DisplayFormat.h"

namespace kai {

QString GpuCountText::count(qint64 gpuCount, bool approximate, domain::Language language)
{
    const QString figure = DisplayFormat(language).integer(gpuCount);
    return approximate ? tr("about %1", "an approximate GPU count").arg(figure) : figure;
}

QString GpuCountText::derived(const QString &figure, bool approximate)
{
    return approximate ? tr("about %1", "a figure computed from an approximate GPU count").arg(figure) : figure;
}

QString GpuCountText::noneAllocated(const QString &sourceCode)
{
    return sourceCode.isEmpty() ? tr("None allocated", "GPUs: a source says the team got none")
                                : tr("None allocated (%1)", "GPUs: a source says the team got none; %1 is its code").arg(sourceCode);
}

QString GpuCountText::of(const domain::GpuAllocation &allocation, domain::Language language)
{
    return allocation.noneAllocated() ? noneAllocated(QString()) : count(allocation.gpuCount, allocation.approximate, language);
}

} // namespace kai
