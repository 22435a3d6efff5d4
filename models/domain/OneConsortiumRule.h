// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

namespace kai::domain {

class ProgramSnapshot;

// The program's rule that a company belongs to one consortium at a time. Universities and
// research institutes join through separate labs and may be in several. The schema enforces the
// rule, but a database edited by hand or by an older tool may not: the views flag what they find.
class OneConsortiumRule
{
public:
    // Other memberships of the same organisation that overlap this one in breach of the rule.
    static QVector<const Membership *> conflictsOf(const ProgramSnapshot &snapshot, const Membership &membership);
    static bool isBreachedBy(const ProgramSnapshot &snapshot, qint64 organisationId);
    static bool overlap(const Membership &a, const Membership &b);
};

} // namespace kai::domain
