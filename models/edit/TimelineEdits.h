// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/EditCommand.h"
#include "store/FactStore.h"

namespace kai::edit {

// The edits of the Timeline view: a new stage, and a stage's planned or actual dates.

struct StageForm
{
    QString code;
    domain::StageKind kind = domain::StageKind::Development;
    QString nameKo;
    QString nameEn;
    QDate plannedStart;
    QDate plannedEnd;
    QDate planAnnouncedOn;
    bool approximate = false;  // the planned dates are known only to the month or period
};

// Adds a stage after the last one.
class AddStageCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddStageCommand)

public:
    explicit AddStageCommand(const StageForm &form);

protected:
    EditProblems validateForm(EditContext &context) const override;
    void plan(FactPlanner &planner, qint64 sourceId) const override;

private:
    StageForm m_form;
};

struct StageDatesForm
{
    qint64 stageId = 0;
    QDate plannedStart;
    QDate plannedEnd;
    // Actual dates and the day they were announced: all three or none.
    QDate actualStart;
    QDate actualEnd;
    QDate actualAnnouncedOn;
    store::FactFields base;
    // How much of the actual start a source gives ("in December": the month only).
    domain::DatePrecision actualStartPrecision = domain::DatePrecision::Day;
};

// Moves a stage's planned dates, or records (marks announced) its actual dates.
class ChangeStageDatesCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeStageDatesCommand)

public:
    ChangeStageDatesCommand(const StageDatesForm &form, const QString &stageName);
    // The planned dates become the actual ones, announced on `announcedOn`.
    static StageDatesForm markAnnounced(const store::FactFields &stage, qint64 stageId, const QDate &announcedOn);

protected:
    EditProblems validateForm(EditContext &context) const override;
    void plan(FactPlanner &planner, qint64 sourceId) const override;
    bool createsFacts() const override { return false; }

private:
    StageDatesForm m_form;
};

} // namespace kai::edit
