// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/ConsortiumMemberModel.h"

#include "DashboardState.h"
#include "domain/OneConsortiumRule.h"
#include "items/DomainText.h"

#include <algorithm>

namespace kai {

using namespace kai::domain;

ConsortiumMemberModel::ConsortiumMemberModel(const DashboardState &state, QObject *parent)
    : ScopedTableModel(state, parent)
{
    initialise();
}

QString ConsortiumMemberModel::columnTitle(int column) const
{
    switch (column) {
    case KindColumn: return tr("Kind");
    case OrganisationColumn: return tr("Organisation");
    case RoleColumn: return tr("Role");
    case PeriodColumn: return tr("Member since");
    }
    return {};
}

void ConsortiumMemberModel::rebuild()
{
    m_rows.clear();
    const ProgramSnapshot &snapshot = state().snapshot();
    for (const Membership *membership : snapshot.membershipsOf(scopeId())) {
        if (const Organisation *organisation = snapshot.organisation(membership->organisationId))
            m_rows.append({membership, organisation, !OneConsortiumRule::conflictsOf(snapshot, *membership).isEmpty()});
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.organisation->kind != b.organisation->kind)
            return a.organisation->kind < b.organisation->kind;
        if (a.membership->role != b.membership->role)
            return a.membership->role == MembershipRole::Lead;
        return a.membership->joinedOn < b.membership->joinedOn;
    });
}

QString ConsortiumMemberModel::period(const Membership &membership) const
{
    const DisplayFormat fmt = format();
    if (!membership.leftOn.isValid())
        return fmt.shortDate(membership.joinedOn);
    return tr("%1 – %2 (left)").arg(fmt.shortDate(membership.joinedOn), fmt.shortDate(membership.leftOn));
}

QString ConsortiumMemberModel::sourceTitle(const Row &row) const
{
    const QString code = sourceData(row.membership->sourceId, Qt::DisplayRole).toString();
    return code.isEmpty() ? QString() : tr("Source: %1 — %2").arg(code, sourceData(row.membership->sourceId, Qt::ToolTipRole).toString());
}

// The kind is written once per group, so the rows read as groups of large enterprises, SMEs...
bool ConsortiumMemberModel::startsGroup(int row) const
{
    return row == 0 || m_rows[row - 1].organisation->kind != m_rows[row].organisation->kind;
}

QVariant ConsortiumMemberModel::display(const Row &row, int column) const
{
    switch (column) {
    case KindColumn: return DomainText::organisationKind(row.organisation->kind);
    case OrganisationColumn: {
        const QString name = row.organisation->name.in(state().language());
        return row.breachesRule ? tr("%1 — also in another consortium").arg(name) : name;
    }
    case RoleColumn:
        return shortRole(row.membership->role);
    case PeriodColumn: return period(*row.membership);
    }
    return {};
}

QVariant ConsortiumMemberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == KindColumn && !startsGroup(index.row()) ? QVariant(QString())
                                                                        : display(row, index.column());
    case Qt::AccessibleTextRole: return display(row, index.column());
    case IdRole: return row.organisation->id;
    case SourceCodeRole: return sourceCode(row.membership->sourceId);
    case SortRole:
        return index.column() == PeriodColumn ? QVariant(row.membership->joinedOn) : display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == RoleColumn)
            return DomainText::role(row.membership->role);
        if (index.column() != OrganisationColumn)
            return display(row, index.column());
        return row.breachesRule
            ? tr("%1\nThis company is listed in another consortium for an overlapping period, against the "
                 "one-consortium rule. Select it to see its history.").arg(sourceTitle(row))
            : sourceTitle(row);
    case IllustrativeRole: return sourceData(row.membership->sourceId, role);
    default: return {};
    }
}

} // namespace kai
