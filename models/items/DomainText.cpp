// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/DomainText.h"

#include "items/DisplayFormat.h"

namespace kai {

using namespace kai::domain;

QString DomainText::organisationKind(OrganisationKind kind)
{
    switch (kind) {
    case OrganisationKind::LargeEnterprise: return tr("Large enterprise");
    case OrganisationKind::StartupSme: return tr("Startup / SME");
    case OrganisationKind::University: return tr("University");
    case OrganisationKind::ResearchInstitute: return tr("Research institute");
    case OrganisationKind::PublicBody: return tr("Public body");
    }
    return {};
}

QString DomainText::role(MembershipRole role)
{
    return role == MembershipRole::Lead ? tr("Lead organisation") : tr("Participating organisation");
}

QString DomainText::stageKind(StageKind kind)
{
    switch (kind) {
    case StageKind::Briefing: return tr("Briefing session");
    case StageKind::Application: return tr("Call for applications");
    case StageKind::DocumentReview: return tr("Document review");
    case StageKind::PresentationReview: return tr("Presentation review");
    case StageKind::Development: return tr("Development phase");
    case StageKind::Showcase: return tr("Public showcase");
    case StageKind::EvaluationRound: return tr("Phase evaluation");
    case StageKind::AdditionalCall: return tr("Additional call");
    case StageKind::FinalSelection: return tr("Final selection");
    }
    return {};
}

QString DomainText::outcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Advanced: return tr("Advanced");
    case Outcome::Eliminated: return tr("Eliminated");
    case Outcome::Withdrawn: return tr("Withdrawn");
    case Outcome::Pending: return tr("Result pending");
    }
    return {};
}

QString DomainText::exitReason(ExitReason reason)
{
    switch (reason) {
    case ExitReason::None: return {};
    // The ministry's term: the one pass/fail gate of the program is independence (독자성).
    case ExitReason::FailedGate: return tr("Independence criterion not met");
    case ExitReason::BelowCutLine: return tr("Below the cut line");
    case ExitReason::NotSelected: return tr("Not selected");
    case ExitReason::DidNotApply: return tr("Did not apply");
    }
    return {};
}

QString DomainText::status(ConsortiumStatus status)
{
    switch (status) {
    case ConsortiumStatus::Applied: return tr("Applied");
    case ConsortiumStatus::Shortlisted: return tr("Shortlisted");
    case ConsortiumStatus::Selected: return tr("Selected");
    case ConsortiumStatus::Advanced: return tr("Advanced");
    case ConsortiumStatus::Eliminated: return tr("Eliminated");
    case ConsortiumStatus::NationalModel: return tr("National model");
    }
    return {};
}

QString DomainText::confidential()
{
    return tr("Confidential");
}

QString DomainText::companyFigure()
{
    return tr("company figure, not independently verified");
}

QString DomainText::illustrative()
{
    return tr("Illustrative sample");
}

QString DomainText::notPublished()
{
    return tr("Not published");
}

QString DomainText::announced(const domain::RoundResult &result, domain::Language language)
{
    return result.outcome == domain::Outcome::Pending ? tr("Result pending") : DisplayFormat(language).date(result.publishedOn);
}

} // namespace kai
