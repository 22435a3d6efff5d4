// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/EditCommand.h"
#include "store/FactStore.h"

namespace kai::edit {

// The edits of the GPU view: a new allocation, and the end of one.

struct AllocationForm
{
    qint64 consortiumId = 0;
    qint64 providerId = 0;
    qint64 gpuModelId = 0;
    int gpuCount = 0;
    QDate periodStart;
    QDate periodEnd;
    QDate announcedOn;
    bool approximate = false;     // the source says "about gpuCount"
    bool noneAllocated = false;   // the source says the team got no GPUs: no provider, model or count
};

class AddAllocationCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddAllocationCommand)

public:
    AddAllocationCommand(const AllocationForm &form, const QString &consortiumName);

protected:
    EditProblems validateForm(EditContext &context) const override;
    void plan(FactPlanner &planner, qint64 sourceId) const override;

private:
    AllocationForm m_form;
};

struct EndAllocationForm
{
    qint64 allocationId = 0;
    QDate lastDay;  // the allocation's last day
    store::FactFields base;
};

class EndAllocationCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EndAllocationCommand)

public:
    EndAllocationCommand(const EndAllocationForm &form, const QString &consortiumName);

protected:
    EditProblems validateForm(EditContext &context) const override;
    void plan(FactPlanner &planner, qint64 sourceId) const override;
    bool createsFacts() const override { return false; }

private:
    EndAllocationForm m_form;
};

// A source on its own (the Sources picker's "Add source" outside a fact's form).
class AddSourceCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddSourceCommand)

public:
    explicit AddSourceCommand(const SourceForm &form);

protected:
    EditProblems validateForm(EditContext &) const override { return {}; }
    void plan(FactPlanner &, qint64) const override {}
};

} // namespace kai::edit
