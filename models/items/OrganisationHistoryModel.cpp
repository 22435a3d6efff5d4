// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/OrganisationHistoryModel.h"

#include "DashboardState.h"
#include "domain/OneConsortiumRule.h"
#include "items/DomainText.h"
#include "items/StatusPalette.h"

#include <algorithm>

namespace kai {

using namespace kai::domain;

OrganisationHistoryModel::OrganisationHistoryModel(const DashboardState &state, QObject *parent)
    : ScopedTableModel(state, parent)
{
    initialise();
}

QString OrganisationHistoryModel::columnTitle(int column) const
{
    switch (column) {
    case ConsortiumColumn: return tr("Consortium");
    case RoleColumn: return tr("Role");
    case JoinedColumn: return tr("Joined");
    case LeftColumn: return tr("Left");
    case RuleColumn: return tr("One-consortium rule");
    }
    return {};
}

void OrganisationHistoryModel::rebuild()
{
    m_rows.clear();
    m_hasBreach = false;
    const ProgramSnapshot &snapshot = state().snapshot();
    for (const Membership *membership : snapshot.membershipsOfOrganisation(scopeId())) {
        Row row;
        row.membership = membership;
        for (const Membership *conflict : OneConsortiumRule::conflictsOf(snapshot, *membership))
            row.conflictIds.append(conflict->consortiumId);
        m_hasBreach = m_hasBreach || !row.conflictIds.isEmpty();
        m_rows.append(row);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.membership->joinedOn < b.membership->joinedOn; });
}

QString OrganisationHistoryModel::consortiumName(qint64 consortiumId) const
{
    const Consortium *consortium = state().snapshot().consortium(consortiumId);
    return consortium ? consortium->name.in(state().language()) : QString();
}

QVariant OrganisationHistoryModel::display(const Row &row, int column) const
{
    const DisplayFormat fmt = format();
    switch (column) {
    case ConsortiumColumn: return consortiumName(row.membership->consortiumId);
    case RoleColumn: return shortRole(row.membership->role);
    case JoinedColumn: return fmt.shortDate(row.membership->joinedOn);
    case LeftColumn: return fmt.shortDate(row.membership->leftOn);  // empty while still a member
    case RuleColumn: {
        if (row.conflictIds.isEmpty())
            return tr("Kept");
        QStringList names;
        for (qint64 id : row.conflictIds)
            names.append(consortiumName(id));
        return tr("Breach: overlaps with %1").arg(names.join(QStringLiteral(", ")));
    }
    }
    return {};
}

QVariant OrganisationHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::AccessibleTextRole:  // the words of a coloured (status) cell, for screen readers
    case Qt::DisplayRole: return display(row, index.column());
    case IdRole: return row.membership->consortiumId;
    case SortRole:
        return index.column() == JoinedColumn ? QVariant(row.membership->joinedOn) : display(row, index.column());
    case Qt::BackgroundRole:
        return index.column() == RuleColumn && !row.conflictIds.isEmpty()
            ? QVariant(StatusPalette::background(ConsortiumStatus::Eliminated))
            : QVariant();
    case Qt::ForegroundRole:
        return index.column() == RuleColumn && !row.conflictIds.isEmpty() ? QVariant(StatusPalette::foreground())
                                                                          : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == RoleColumn)
            return DomainText::role(row.membership->role);
        if (index.column() == LeftColumn && !row.membership->leftOn.isValid())
            return tr("Still a member");
        return display(row, index.column());
    default: return {};
    }
}

} // namespace kai
