// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/OneConsortiumRule.h"

#include "domain/ProgramSnapshot.h"

namespace kai::domain {

namespace {
QDate endOrFarFuture(const QDate &leftOn)
{
    return leftOn.isValid() ? leftOn : QDate(9999, 12, 31);
}
} // namespace

bool OneConsortiumRule::overlap(const Membership &a, const Membership &b)
{
    return a.joinedOn < endOrFarFuture(b.leftOn) && b.joinedOn < endOrFarFuture(a.leftOn);
}

QVector<const Membership *> OneConsortiumRule::conflictsOf(const ProgramSnapshot &snapshot, const Membership &membership)
{
    QVector<const Membership *> conflicts;
    const Organisation *organisation = snapshot.organisation(membership.organisationId);
    const bool isCompany = organisation && organisation->isCompany();
    for (const Membership *other : snapshot.membershipsOfOrganisation(membership.organisationId)) {
        if (other->id == membership.id || !overlap(*other, membership))
            continue;
        // Being listed twice in the same team is a data error for any kind of member.
        if (isCompany || other->consortiumId == membership.consortiumId)
            conflicts.append(other);
    }
    return conflicts;
}

bool OneConsortiumRule::isBreachedBy(const ProgramSnapshot &snapshot, qint64 organisationId)
{
    for (const Membership *membership : snapshot.membershipsOfOrganisation(organisationId)) {
        if (!conflictsOf(snapshot, *membership).isEmpty())
            return true;
    }
    return false;
}

} // namespace kai::domain
