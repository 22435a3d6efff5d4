// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/EditCommand.h"
#include "store/FactStore.h"

namespace kai::edit {

// The edits of the Consortia view: consortia, organisations, members joining and leaving, model
// releases. Each form is plain data; the command checks it against the program's rules.

struct ConsortiumForm
{
    QString code;
    QString nameKo;
    QString nameEn;
    qint64 leadOrganisationId = 0;
    QDate appliedOn;
    QDate announcedOn;
};

// A new consortium with its lead organisation as its first member.
class AddConsortiumCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddConsortiumCommand)

public:
    explicit AddConsortiumCommand(const ConsortiumForm &form);

protected:
    EditProblems validateForm(EditContext &context) const override;
    void plan(FactPlanner &planner, qint64 sourceId) const override;

private:
    ConsortiumForm m_form;
};

struct OrganisationForm
{
    qint64 id = 0;  // 0: a new organisation
    QString code;
    QString nameKo;
    QString nameEn;
    domain::OrganisationKind kind = domain::OrganisationKind::StartupSme;
    store::FactFields base;  // the stored fields when the form opened (an existing organisation)
};

class SaveOrganisationCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveOrganisationCommand)

public:
    explicit SaveOrganisationCommand(const OrganisationForm &form);

protected:
    EditProblems validateForm(EditContext &context) const override;
    void plan(FactPlanner &planner, qint64 sourceId) const override;
    bool createsFacts() const override { return m_form.id == 0; }

private:
    OrganisationForm m_form;
};

struct JoinForm
{
    qint64 consortiumId = 0;
    qint64 organisationId = 0;
    domain::MembershipRole role = domain::MembershipRole::Participant;
    QDate joinedOn;
    QDate announcedOn;
};

class MemberJoinsCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(MemberJoinsCommand)

public:
    MemberJoinsCommand(const JoinForm &form, const QString &organisationName, const QString &consortiumName);

protected:
    EditProblems validateForm(EditContext &context) const override;
    void plan(FactPlanner &planner, qint64 sourceId) const override;

private:
    JoinForm m_form;
};

struct LeaveForm
{
    qint64 membershipId = 0;
    QDate leftOn;
    store::FactFields base;
};

class MemberLeavesCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(MemberLeavesCommand)

public:
    MemberLeavesCommand(const LeaveForm &form, const QString &organisationName);

protected:
    EditProblems validateForm(EditContext &context) const override;
    void plan(FactPlanner &planner, qint64 sourceId) const override;
    bool createsFacts() const override { return false; }

private:
    LeaveForm m_form;
};

struct ReleaseForm
{
    qint64 consortiumId = 0;
    QString code;
    QString name;
    std::optional<double> paramsTotalB;
    std::optional<double> paramsActiveB;
    QDate releasedOn;
    QDate announcedOn;
    QString licence;
    domain::DatePrecision releasedPrecision = domain::DatePrecision::Day;
    bool isProgrammeOutput = true;  // a source calls it an output of the programme
};

class AddReleaseCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddReleaseCommand)

public:
    explicit AddReleaseCommand(const ReleaseForm &form);

protected:
    EditProblems validateForm(EditContext &context) const override;
    void plan(FactPlanner &planner, qint64 sourceId) const override;

private:
    ReleaseForm m_form;
};

// Names the consortium a company already belongs to on the dates of a new or changed membership
// (the program's one-consortium rule), for the field the dates are entered in.
void checkOneConsortiumRule(EditContext &context, const domain::Membership &membership, const QString &field,
                            EditProblems &problems);

} // namespace kai::edit
