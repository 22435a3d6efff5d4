// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DomainCodes.h"

#include <utility>

namespace kai::store {

using namespace kai::domain;

namespace {
template<typename Enum, std::size_t N>
Enum fromCode(const QString &code, const std::pair<const char *, Enum> (&table)[N])
{
    for (const auto &[text, value] : table) {
        if (code == QLatin1String(text))
            return value;
    }
    return table[0].second;
}

template<typename Enum, std::size_t N>
QString toCode(Enum value, const std::pair<const char *, Enum> (&table)[N])
{
    for (const auto &[text, entry] : table) {
        if (entry == value)
            return QString::fromLatin1(text);
    }
    return QString::fromLatin1(table[0].first);
}

const std::pair<const char *, OrganisationKind> organisationKindCodes[] = {
    {"startup_sme", OrganisationKind::StartupSme},
    {"large_enterprise", OrganisationKind::LargeEnterprise},
    {"university", OrganisationKind::University},
    {"research_institute", OrganisationKind::ResearchInstitute},
    {"public_body", OrganisationKind::PublicBody},
};

const std::pair<const char *, MembershipRole> membershipRoleCodes[] = {
    {"participant", MembershipRole::Participant},
    {"lead", MembershipRole::Lead},
};

const std::pair<const char *, PlannedDates> plannedDatesCodes[] = {
    {"stated", PlannedDates::Stated},
    {"approximate", PlannedDates::Approximate},
    {"disputed", PlannedDates::Disputed},
};

const std::pair<const char *, DatePrecision> datePrecisionCodes[] = {
    {"day", DatePrecision::Day},
    {"month", DatePrecision::Month},
    {"year", DatePrecision::Year},
};

const std::pair<const char *, StageKind> stageKindCodes[] = {
    {"development", StageKind::Development},
    {"briefing", StageKind::Briefing},
    {"application", StageKind::Application},
    {"document_review", StageKind::DocumentReview},
    {"presentation_review", StageKind::PresentationReview},
    {"showcase", StageKind::Showcase},
    {"evaluation_round", StageKind::EvaluationRound},
    {"additional_call", StageKind::AdditionalCall},
    {"final_selection", StageKind::FinalSelection},
};

const std::pair<const char *, Outcome> outcomeCodes[] = {
    {"pending", Outcome::Pending},
    {"advanced", Outcome::Advanced},
    {"eliminated", Outcome::Eliminated},
    {"withdrawn", Outcome::Withdrawn},
};

const std::pair<const char *, ExitReason> exitReasonCodes[] = {
    {"", ExitReason::None},
    {"failed_gate", ExitReason::FailedGate},
    {"below_cut_line", ExitReason::BelowCutLine},
    {"not_selected", ExitReason::NotSelected},
    {"did_not_apply", ExitReason::DidNotApply},
};

} // namespace

OrganisationKind DomainCodes::organisationKind(const QString &code)
{
    return fromCode(code, organisationKindCodes);
}

QString DomainCodes::code(OrganisationKind value)
{
    return toCode(value, organisationKindCodes);
}

MembershipRole DomainCodes::membershipRole(const QString &code)
{
    return fromCode(code, membershipRoleCodes);
}

QString DomainCodes::code(MembershipRole value)
{
    return toCode(value, membershipRoleCodes);
}

PlannedDates DomainCodes::plannedDates(const QString &code)
{
    return fromCode(code, plannedDatesCodes);
}

QString DomainCodes::code(PlannedDates value)
{
    return toCode(value, plannedDatesCodes);
}

DatePrecision DomainCodes::datePrecision(const QString &code)
{
    return fromCode(code, datePrecisionCodes);
}

QString DomainCodes::code(DatePrecision value)
{
    return toCode(value, datePrecisionCodes);
}

StageKind DomainCodes::stageKind(const QString &code)
{
    return fromCode(code, stageKindCodes);
}

QString DomainCodes::code(StageKind value)
{
    return toCode(value, stageKindCodes);
}

Outcome DomainCodes::outcome(const QString &code)
{
    return fromCode(code, outcomeCodes);
}

QString DomainCodes::code(Outcome value)
{
    return toCode(value, outcomeCodes);
}

ExitReason DomainCodes::exitReason(const QString &code)
{
    return fromCode(code, exitReasonCodes);
}

QString DomainCodes::code(ExitReason value)
{
    return toCode(value, exitReasonCodes);
}

} // namespace kai::store
