// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

#include <QCoreApplication>

namespace kai {

// Translated display names of the domain's enumerations, in the program's official vocabulary.
class DomainText
{
    Q_DECLARE_TR_FUNCTIONS(DomainText)

public:
    static QString organisationKind(domain::OrganisationKind kind);
    static QString role(domain::MembershipRole role);
    static QString stageKind(domain::StageKind kind);
    static QString outcome(domain::Outcome outcome);
    // "company figure, not independently verified": a figure whose only source repeats the company's claim.
    static QString companyFigure();
    static QString exitReason(domain::ExitReason reason);
    static QString status(domain::ConsortiumStatus status);
    static QString confidential();
    static QString illustrative();
    static QString notPublished();
    // When a result was announced; a pending result has no announcement, so no date.
    static QString announced(const domain::RoundResult &result, domain::Language language);
};

} // namespace kai
