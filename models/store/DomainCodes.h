// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

namespace kai::store {

// The text codes the schema's CHECK constraints allow, mapped to domain enums. Unknown codes
// cannot occur in a database that passed its constraints; they map to the first value.
struct DomainCodes
{
    static domain::OrganisationKind organisationKind(const QString &code);
    static domain::MembershipRole membershipRole(const QString &code);
    static domain::StageKind stageKind(const QString &code);
    static domain::PlannedDates plannedDates(const QString &code);
    static domain::Outcome outcome(const QString &code);
    static domain::ExitReason exitReason(const QString &code);
};

} // namespace kai::store
