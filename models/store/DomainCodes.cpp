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
} // namespace

OrganisationKind DomainCodes::organisationKind(const QString &code)
{
    static const std::pair<const char *, OrganisationKind> table[] = {
        {"startup_sme", OrganisationKind::StartupSme},
        {"large_enterprise", OrganisationKind::LargeEnterprise},
        {"university", OrganisationKind::University},
        {"research_institute", OrganisationKind::ResearchInstitute},
        {"public_body", OrganisationKind::PublicBody},
    };
    return fromCode(code, table);
}

MembershipRole DomainCodes::membershipRole(const QString &code)
{
    static const std::pair<const char *, MembershipRole> table[] = {
        {"participant", MembershipRole::Participant},
        {"lead", MembershipRole::Lead},
    };
    return fromCode(code, table);
}

PlannedDates DomainCodes::plannedDates(const QString &code)
{
    static const std::pair<const char *, PlannedDates> table[] = {
        {"stated", PlannedDates::Stated},
        {"approximate", PlannedDates::Approximate},
        {"disputed", PlannedDates::Disputed},
    };
    return fromCode(code, table);
}

StageKind DomainCodes::stageKind(const QString &code)
{
    static const std::pair<const char *, StageKind> table[] = {
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
    return fromCode(code, table);
}

Outcome DomainCodes::outcome(const QString &code)
{
    static const std::pair<const char *, Outcome> table[] = {
        {"pending", Outcome::Pending},
        {"advanced", Outcome::Advanced},
        {"eliminated", Outcome::Eliminated},
        {"withdrawn", Outcome::Withdrawn},
    };
    return fromCode(code, table);
}

ExitReason DomainCodes::exitReason(const QString &code)
{
    static const std::pair<const char *, ExitReason> table[] = {
        {"", ExitReason::None},
        {"failed_gate", ExitReason::FailedGate},
        {"below_cut_line", ExitReason::BelowCutLine},
        {"not_selected", ExitReason::NotSelected},
        {"did_not_apply", ExitReason::DidNotApply},
    };
    return fromCode(code, table);
}

} // namespace kai::store
