// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/TimelineEdits.h"

#include "edit/EditContext.h"
#include "store/DomainCodes.h"

namespace kai::edit {

using store::DomainCodes;
using store::FactKind;

namespace {
QDate dateOf(const store::FactFields &fields, const char *name)
{
    return QDate::fromString(fields.value(QString::fromLatin1(name)).toString(), Qt::ISODate);
}
} // namespace

AddStageCommand::AddStageCommand(const StageForm &form)
    : EditCommand(tr("add stage %1").arg(form.nameEn.trimmed().isEmpty() ? form.nameKo : form.nameEn)), m_form(form)
{
}

EditProblems AddStageCommand::validateForm(EditContext &context) const
{
    EditProblems problems;
    if (m_form.code.trimmed().isEmpty())
        problems.append({QStringLiteral("code"), tr("Enter this field.")});
    else if (context.facts().idOfCode(FactKind::Stage, m_form.code.trimmed()))
        problems.append({QStringLiteral("code"), tr("The code %1 is already taken.").arg(m_form.code.trimmed())});
    requireText(problems, QStringLiteral("nameKo"), m_form.nameKo);
    requireText(problems, QStringLiteral("nameEn"), m_form.nameEn);
    requireDate(problems, QStringLiteral("plannedStart"), m_form.plannedStart);
    requireDate(problems, QStringLiteral("plannedEnd"), m_form.plannedEnd);
    requireDate(problems, QStringLiteral("planAnnouncedOn"), m_form.planAnnouncedOn);
    requireOrder(problems, QStringLiteral("plannedEnd"), m_form.plannedStart, m_form.plannedEnd);
    return problems;
}

void AddStageCommand::plan(FactPlanner &planner, qint64 sourceId) const
{
    store::FactStore &facts = planner.facts();
    planner.insert(FactKind::Stage,
                   {{QStringLiteral("program_id"), facts.programId()},
                    {QStringLiteral("code"), m_form.code.trimmed()},
                    {QStringLiteral("seq"), facts.maxStageSeq() + 1},
                    {QStringLiteral("kind"), DomainCodes::code(m_form.kind)},
                    {QStringLiteral("name_ko"), m_form.nameKo.trimmed()},
                    {QStringLiteral("name_en"), m_form.nameEn.trimmed()},
                    {QStringLiteral("planned_start"), m_form.plannedStart},
                    {QStringLiteral("planned_end"), m_form.plannedEnd},
                    {QStringLiteral("plan_announced_on"), m_form.planAnnouncedOn},
                    {QStringLiteral("is_milestone"), 0},
                    {QStringLiteral("source_id"), sourceId},
                    {QStringLiteral("planned_dates"), DomainCodes::code(m_form.approximate ? domain::PlannedDates::Approximate
                                                                                            : domain::PlannedDates::Stated)}});
}

ChangeStageDatesCommand::ChangeStageDatesCommand(const StageDatesForm &form, const QString &stageName)
    : EditCommand(form.actualAnnouncedOn.isValid() && !form.base.value(QStringLiteral("actual_announced_on")).isValid()
                      ? tr("mark %1 announced").arg(stageName)
                      : tr("change the dates of %1").arg(stageName)),
      m_form(form)
{
}

StageDatesForm ChangeStageDatesCommand::markAnnounced(const store::FactFields &stage, qint64 stageId,
                                                      const QDate &announcedOn)
{
    StageDatesForm form;
    form.stageId = stageId;
    form.base = stage;
    form.plannedStart = dateOf(stage, "planned_start");
    form.plannedEnd = dateOf(stage, "planned_end");
    form.actualStart = form.plannedStart;
    form.actualEnd = form.plannedEnd;
    // A plan known only by its months starts in its first month, not on the 1st.
    form.actualStartPrecision = DomainCodes::plannedDates(stage.value(QStringLiteral("planned_dates")).toString())
            == domain::PlannedDates::Stated
        ? domain::DatePrecision::Day
        : domain::DatePrecision::Month;
    form.actualAnnouncedOn = announcedOn;
    return form;
}

EditProblems ChangeStageDatesCommand::validateForm(EditContext &context) const
{
    EditProblems problems;
    if (context.read(FactKind::Stage, m_form.stageId).isEmpty())
        problems.append({QString(), tr("This stage no longer exists.")});
    requireDate(problems, QStringLiteral("plannedStart"), m_form.plannedStart);
    requireDate(problems, QStringLiteral("plannedEnd"), m_form.plannedEnd);
    requireOrder(problems, QStringLiteral("plannedEnd"), m_form.plannedStart, m_form.plannedEnd);
    const bool anyActual = m_form.actualStart.isValid() || m_form.actualEnd.isValid() || m_form.actualAnnouncedOn.isValid();
    if (anyActual) {
        requireDate(problems, QStringLiteral("actualStart"), m_form.actualStart);
        requireDate(problems, QStringLiteral("actualEnd"), m_form.actualEnd);
        requireDate(problems, QStringLiteral("actualAnnouncedOn"), m_form.actualAnnouncedOn);
        requireOrder(problems, QStringLiteral("actualEnd"), m_form.actualStart, m_form.actualEnd);
    }
    return problems;
}

void ChangeStageDatesCommand::plan(FactPlanner &planner, qint64 sourceId) const
{
    planner.update(FactKind::Stage, m_form.stageId, m_form.base,
                   {{QStringLiteral("planned_start"), m_form.plannedStart},
                    {QStringLiteral("planned_end"), m_form.plannedEnd},
                    {QStringLiteral("actual_start"), domain::storedDay(m_form.actualStart, m_form.actualStartPrecision)},
                    {QStringLiteral("actual_start_precision"),
                     DomainCodes::code(m_form.actualStart.isValid() ? m_form.actualStartPrecision : domain::DatePrecision::Day)},
                    {QStringLiteral("actual_end"), m_form.actualEnd},
                    {QStringLiteral("actual_announced_on"), m_form.actualAnnouncedOn},
                    {QStringLiteral("source_id"), sourceId}});
}

} // namespace kai::edit
