// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/GpuEdits.h"

#include "edit/EditContext.h"

namespace kai::edit {

using store::FactKind;

AddAllocationCommand::AddAllocationCommand(const AllocationForm &form, const QString &consortiumName)
    : EditCommand(tr("add a GPU allocation for %1").arg(consortiumName)), m_form(form)
{
}

EditProblems AddAllocationCommand::validateForm(EditContext &) const
{
    EditProblems problems;
    requireChoice(problems, QStringLiteral("consortium"), m_form.consortiumId);
    if (!m_form.noneAllocated) {
        requireChoice(problems, QStringLiteral("provider"), m_form.providerId);
        requireChoice(problems, QStringLiteral("gpuModel"), m_form.gpuModelId);
        if (m_form.gpuCount <= 0)
            problems.append({QStringLiteral("gpuCount"), tr("Must be more than 0, or choose “None allocated”.")});
    }
    requireDate(problems, QStringLiteral("periodStart"), m_form.periodStart);
    requireDate(problems, QStringLiteral("periodEnd"), m_form.periodEnd);
    requireDate(problems, QStringLiteral("announcedOn"), m_form.announcedOn);
    requireOrder(problems, QStringLiteral("periodEnd"), m_form.periodStart, m_form.periodEnd);
    return problems;
}

void AddAllocationCommand::plan(FactPlanner &planner, qint64 sourceId) const
{
    // A published "none" is a row of 0 GPUs with no provider or model (schema version 10).
    const bool none = m_form.noneAllocated;
    planner.insert(FactKind::GpuAllocation, {{QStringLiteral("consortium_id"), m_form.consortiumId},
                                             {QStringLiteral("provider_id"), none ? QVariant() : QVariant(m_form.providerId)},
                                             {QStringLiteral("gpu_model_id"), none ? QVariant() : QVariant(m_form.gpuModelId)},
                                             {QStringLiteral("gpu_count"), none ? 0 : m_form.gpuCount},
                                             {QStringLiteral("count_precision"),
                                              !none && m_form.approximate ? QStringLiteral("approximate") : QStringLiteral("exact")},
                                             {QStringLiteral("period_start"), m_form.periodStart},
                                             {QStringLiteral("period_end"), m_form.periodEnd},
                                             {QStringLiteral("announced_on"), m_form.announcedOn},
                                             {QStringLiteral("source_id"), sourceId}});
}

EndAllocationCommand::EndAllocationCommand(const EndAllocationForm &form, const QString &consortiumName)
    : EditCommand(tr("end a GPU allocation of %1").arg(consortiumName)), m_form(form)
{
}

EditProblems EndAllocationCommand::validateForm(EditContext &context) const
{
    EditProblems problems;
    requireDate(problems, QStringLiteral("lastDay"), m_form.lastDay);
    const store::FactFields stored = context.read(FactKind::GpuAllocation, m_form.allocationId);
    if (stored.isEmpty()) {
        problems.append({QString(), tr("This allocation no longer exists.")});
        return problems;
    }
    const QDate start = QDate::fromString(stored.value(QStringLiteral("period_start")).toString(), Qt::ISODate);
    requireOrder(problems, QStringLiteral("lastDay"), start, m_form.lastDay);
    return problems;
}

void EndAllocationCommand::plan(FactPlanner &planner, qint64 sourceId) const
{
    planner.update(FactKind::GpuAllocation, m_form.allocationId, m_form.base,
                   {{QStringLiteral("period_end"), m_form.lastDay}, {QStringLiteral("source_id"), sourceId}});
}

AddSourceCommand::AddSourceCommand(const SourceForm &form)
    : EditCommand(tr("add source %1").arg(form.titleEn.trimmed().isEmpty() ? form.titleKo : form.titleEn))
{
    setSource({0, form});
}

} // namespace kai::edit
