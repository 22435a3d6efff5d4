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
    static domain::DatePrecision datePrecision(const QString &code);
    static domain::Outcome outcome(const QString &code);
    static domain::ExitReason exitReason(const QString &code);

    // The code stored for each value (ExitReason::None: an empty code, stored as NULL by callers).
    static QString code(domain::OrganisationKind value);
    static QString code(domain::MembershipRole value);
    static QString code(domain::StageKind value);
    static QString code(domain::PlannedDates value);
    static QString code(domain::DatePrecision value);
    static QString code(domain::Outcome value);
    static QString code(domain::ExitReason value);
};

} // namespace kai::store
