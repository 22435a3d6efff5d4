// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/ConsortiumEdits.h"

#include "domain/OneConsortiumRule.h"
#include "edit/EditContext.h"
#include "items/DisplayFormat.h"
#include "store/DomainCodes.h"

namespace kai::edit {

using domain::Language;
using store::DomainCodes;
using store::FactKind;

namespace {
QVariant optionalText(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

void requireNewCode(EditContext &context, FactKind kind, const QString &code, EditProblems &problems)
{
    if (code.trimmed().isEmpty())
        problems.append({QStringLiteral("code"), EditCommand::tr("Enter this field.")});
    else if (context.facts().idOfCode(kind, code.trimmed()))
        problems.append({QStringLiteral("code"), AddConsortiumCommand::tr("The code %1 is already taken.").arg(code.trimmed())});
}
} // namespace

void checkOneConsortiumRule(EditContext &context, const domain::Membership &membership, const QString &field,
                            EditProblems &problems)
{
    const domain::ProgramSnapshot &program = context.program();
    for (const domain::Membership *other : domain::OneConsortiumRule::conflictsOf(program, membership)) {
        const domain::Consortium *consortium = program.consortium(other->consortiumId);
        const domain::Organisation *organisation = program.organisation(membership.organisationId);
        const QString consortiumName = consortium ? consortium->name.in(context.language()) : QString();
        const DisplayFormat format(context.language());
        const QString until = other->leftOn.isValid() ? format.date(other->leftOn)
                                                      : AddConsortiumCommand::tr("today (still a member)");
        problems.append(
            {field, AddConsortiumCommand::tr("%1 already belongs to %2 from %3 to %4: a company may be in only "
                                             "one consortium at a time.")
                        .arg(organisation ? organisation->name.in(context.language()) : QString(), consortiumName,
                             format.date(other->joinedOn), until)});
    }
}

AddConsortiumCommand::AddConsortiumCommand(const ConsortiumForm &form)
    : EditCommand(tr("add consortium %1").arg(form.nameEn.trimmed().isEmpty() ? form.nameKo : form.nameEn)),
      m_form(form)
{
}

EditProblems AddConsortiumCommand::validateForm(EditContext &context) const
{
    EditProblems problems;
    requireNewCode(context, FactKind::Consortium, m_form.code, problems);
    requireText(problems, QStringLiteral("nameKo"), m_form.nameKo);
    requireText(problems, QStringLiteral("nameEn"), m_form.nameEn);
    requireChoice(problems, QStringLiteral("lead"), m_form.leadOrganisationId);
    requireDate(problems, QStringLiteral("appliedOn"), m_form.appliedOn);
    requireDate(problems, QStringLiteral("announcedOn"), m_form.announcedOn);
    requireOrder(problems, QStringLiteral("announcedOn"), m_form.appliedOn, m_form.announcedOn);
    for (const domain::Consortium &other : context.program().consortia) {
        if (other.leadOrganisationId == m_form.leadOrganisationId) {
            problems.append({QStringLiteral("lead"), tr("This organisation already leads %1.")
                                                         .arg(other.name.in(context.language()))});
        }
    }
    if (m_form.leadOrganisationId > 0 && m_form.appliedOn.isValid()) {
        domain::Membership lead;
        lead.consortiumId = -1;
        lead.organisationId = m_form.leadOrganisationId;
        lead.joinedOn = m_form.appliedOn;
        checkOneConsortiumRule(context, lead, QStringLiteral("lead"), problems);
    }
    return problems;
}

void AddConsortiumCommand::plan(FactPlanner &planner, qint64 sourceId) const
{
    const qint64 consortiumId = planner.insert(
        FactKind::Consortium, {{QStringLiteral("program_id"), planner.facts().programId()},
                               {QStringLiteral("code"), m_form.code.trimmed()},
                               {QStringLiteral("lead_organisation_id"), m_form.leadOrganisationId},
                               {QStringLiteral("name_ko"), m_form.nameKo.trimmed()},
                               {QStringLiteral("name_en"), m_form.nameEn.trimmed()},
                               {QStringLiteral("applied_on"), m_form.appliedOn},
                               {QStringLiteral("announced_on"), m_form.announcedOn},
                               {QStringLiteral("source_id"), sourceId}});
    planner.insert(FactKind::Membership, {{QStringLiteral("consortium_id"), consortiumId},
                                          {QStringLiteral("organisation_id"), m_form.leadOrganisationId},
                                          {QStringLiteral("role"), DomainCodes::code(domain::MembershipRole::Lead)},
                                          {QStringLiteral("joined_on"), m_form.appliedOn},
                                          {QStringLiteral("left_on"), QVariant()},
                                          {QStringLiteral("announced_on"), m_form.announcedOn},
                                          {QStringLiteral("source_id"), sourceId}});
}

SaveOrganisationCommand::SaveOrganisationCommand(const OrganisationForm &form)
    : EditCommand(form.id == 0 ? tr("add organisation %1").arg(form.nameEn) : tr("edit organisation %1").arg(form.nameEn)),
      m_form(form)
{
}

EditProblems SaveOrganisationCommand::validateForm(EditContext &context) const
{
    EditProblems problems;
    if (m_form.id == 0) {
        requireNewCode(context, FactKind::Organisation, m_form.code, problems);
    }
    requireText(problems, QStringLiteral("nameKo"), m_form.nameKo);
    requireText(problems, QStringLiteral("nameEn"), m_form.nameEn);
    if (m_form.id != 0 && (m_form.kind == domain::OrganisationKind::LargeEnterprise
                           || m_form.kind == domain::OrganisationKind::StartupSme)) {
        // Becoming a company puts its memberships under the one-consortium rule.
        domain::ProgramSnapshot program = context.program();
        for (domain::Organisation &organisation : program.organisations) {
            if (organisation.id == m_form.id)
                organisation.kind = m_form.kind;
        }
        for (const domain::Membership *membership : program.membershipsOfOrganisation(m_form.id)) {
            if (!domain::OneConsortiumRule::conflictsOf(program, *membership).isEmpty()) {
                problems.append({QStringLiteral("kind"), tr("As a company it would be in two consortia at once; "
                                                             "record its departure first.")});
                break;
            }
        }
    }
    return problems;
}

void SaveOrganisationCommand::plan(FactPlanner &planner, qint64 sourceId) const
{
    store::FactFields fields{{QStringLiteral("name_ko"), m_form.nameKo.trimmed()},
                             {QStringLiteral("name_en"), m_form.nameEn.trimmed()},
                             {QStringLiteral("kind"), DomainCodes::code(m_form.kind)},
                             {QStringLiteral("source_id"), sourceId}};
    if (m_form.id != 0) {
        planner.update(FactKind::Organisation, m_form.id, m_form.base, fields);
        return;
    }
    fields.insert(QStringLiteral("code"), m_form.code.trimmed());
    fields.insert(QStringLiteral("name_en_verified"), 1);
    planner.insert(FactKind::Organisation, fields);
}

MemberJoinsCommand::MemberJoinsCommand(const JoinForm &form, const QString &organisationName,
                                       const QString &consortiumName)
    : EditCommand(tr("%1 joins %2").arg(organisationName, consortiumName)), m_form(form)
{
}

EditProblems MemberJoinsCommand::validateForm(EditContext &context) const
{
    EditProblems problems;
    requireChoice(problems, QStringLiteral("consortium"), m_form.consortiumId);
    requireChoice(problems, QStringLiteral("organisation"), m_form.organisationId);
    requireDate(problems, QStringLiteral("joinedOn"), m_form.joinedOn);
    requireDate(problems, QStringLiteral("announcedOn"), m_form.announcedOn);
    if (m_form.organisationId > 0 && m_form.consortiumId > 0 && m_form.joinedOn.isValid()) {
        domain::Membership membership;
        membership.consortiumId = m_form.consortiumId;
        membership.organisationId = m_form.organisationId;
        membership.joinedOn = m_form.joinedOn;
        checkOneConsortiumRule(context, membership, QStringLiteral("joinedOn"), problems);
    }
    return problems;
}

void MemberJoinsCommand::plan(FactPlanner &planner, qint64 sourceId) const
{
    planner.insert(FactKind::Membership, {{QStringLiteral("consortium_id"), m_form.consortiumId},
                                          {QStringLiteral("organisation_id"), m_form.organisationId},
                                          {QStringLiteral("role"), DomainCodes::code(m_form.role)},
                                          {QStringLiteral("joined_on"), m_form.joinedOn},
                                          {QStringLiteral("left_on"), QVariant()},
                                          {QStringLiteral("announced_on"), m_form.announcedOn},
                                          {QStringLiteral("source_id"), sourceId}});
}

MemberLeavesCommand::MemberLeavesCommand(const LeaveForm &form, const QString &organisationName)
    : EditCommand(tr("%1 leaves on %2").arg(organisationName, form.leftOn.toString(Qt::ISODate))), m_form(form)
{
}

EditProblems MemberLeavesCommand::validateForm(EditContext &context) const
{
    EditProblems problems;
    requireDate(problems, QStringLiteral("leftOn"), m_form.leftOn);
    const store::FactFields stored = context.read(FactKind::Membership, m_form.membershipId);
    if (stored.isEmpty()) {
        problems.append({QString(), tr("This membership no longer exists.")});
        return problems;
    }
    const QDate joined = QDate::fromString(stored.value(QStringLiteral("joined_on")).toString(), Qt::ISODate);
    requireOrder(problems, QStringLiteral("leftOn"), joined, m_form.leftOn, true);
    return problems;
}

void MemberLeavesCommand::plan(FactPlanner &planner, qint64 sourceId) const
{
    planner.update(FactKind::Membership, m_form.membershipId, m_form.base,
                   {{QStringLiteral("left_on"), m_form.leftOn}, {QStringLiteral("source_id"), sourceId}});
}

AddReleaseCommand::AddReleaseCommand(const ReleaseForm &form)
    : EditCommand(tr("record release of %1").arg(form.name)), m_form(form)
{
}

EditProblems AddReleaseCommand::validateForm(EditContext &context) const
{
    EditProblems problems;
    requireChoice(problems, QStringLiteral("consortium"), m_form.consortiumId);
    requireNewCode(context, FactKind::ReleasedModel, m_form.code, problems);
    requireText(problems, QStringLiteral("name"), m_form.name);
    requireDate(problems, QStringLiteral("releasedOn"), m_form.releasedOn);
    requireDate(problems, QStringLiteral("announcedOn"), m_form.announcedOn);
    if (m_form.paramsTotalB && *m_form.paramsTotalB <= 0)
        problems.append({QStringLiteral("paramsTotal"), tr("Must be more than 0.")});
    if (m_form.paramsActiveB && (*m_form.paramsActiveB <= 0 || !m_form.paramsTotalB || *m_form.paramsActiveB > *m_form.paramsTotalB))
        problems.append({QStringLiteral("paramsActive"), tr("Must be more than 0 and at most the total parameters.")});
    return problems;
}

void AddReleaseCommand::plan(FactPlanner &planner, qint64 sourceId) const
{
    planner.insert(FactKind::ReleasedModel, {{QStringLiteral("consortium_id"), m_form.consortiumId},
                                             {QStringLiteral("code"), m_form.code.trimmed()},
                                             {QStringLiteral("name"), m_form.name.trimmed()},
                                             {QStringLiteral("params_total_b"), optionalNumber(m_form.paramsTotalB)},
                                             {QStringLiteral("params_active_b"), optionalNumber(m_form.paramsActiveB)},
                                             {QStringLiteral("released_on"), domain::storedDay(m_form.releasedOn, m_form.releasedPrecision)},
                                             {QStringLiteral("released_precision"), store::DomainCodes::code(m_form.releasedPrecision)},
                                             {QStringLiteral("is_programme_output"), m_form.isProgrammeOutput ? 1 : 0},
                                             {QStringLiteral("announced_on"), m_form.announcedOn},
                                             {QStringLiteral("licence"), optionalText(m_form.licence)},
                                             {QStringLiteral("source_id"), sourceId}});
}

} // namespace kai::edit
