// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/ConsortiumTableModel.h"

#include "DashboardState.h"
#include "domain/OneConsortiumRule.h"
#include "items/DomainText.h"
#include "items/GpuCountText.h"
#include "items/SearchRoles.h"
#include "items/StatusPalette.h"

#include <algorithm>

namespace kai {

using namespace kai::domain;

ConsortiumTableModel::ConsortiumTableModel(const DashboardState &state, QObject *parent)
    : SnapshotTableModel(state, parent)
{
    initialise();
}

// Member counts get short headings so the table fits beside the detail panel; the tooltip and
// the accessible text keep the full wording.
QString ConsortiumTableModel::shortColumnTitle(int column) const
{
    switch (column) {
    case LargeEnterpriseColumn: return tr("Large", "large enterprises, short column heading");
    case StartupColumn: return tr("SME", "startups and SMEs, short column heading");
    case UniversityColumn: return tr("Univ.", "universities, short column heading");
    case InstituteColumn: return tr("Inst.", "institutes and public bodies, short column heading");
    case GpusColumn: return tr("GPUs", "GPUs allocated, short column heading");
    default: return columnTitle(column);
    }
}

QVariant ConsortiumTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
        return shortColumnTitle(section);
    return SnapshotTableModel::headerData(section, orientation, role);
}

QString ConsortiumTableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn: return tr("Consortium");
    case LeadColumn: return tr("Lead organisation");
    case LargeEnterpriseColumn: return tr("Large enterprises");
    case StartupColumn: return tr("Startups / SMEs");
    case UniversityColumn: return tr("Universities");
    case InstituteColumn: return tr("Institutes / public bodies");
    case StatusColumn: return tr("Status");
    case LatestModelColumn: return tr("Latest model");
    case GpusColumn: return tr("GPUs allocated");
    case MembersColumn: return tr("Members");
    }
    return {};
}

void ConsortiumTableModel::rebuild()
{
    m_rows.clear();
    const ProgramSnapshot &snapshot = state().snapshot();
    for (const Consortium &consortium : snapshot.consortia) {
        Row row;
        row.consortiumId = consortium.id;
        row.name = consortium.name;
        if (const Organisation *lead = snapshot.organisation(consortium.leadOrganisationId))
            row.lead = lead->name;
        const QVector<const Membership *> memberships = snapshot.membershipsOf(consortium.id);
        for (const Membership *membership : memberships) {
            const Organisation *organisation = snapshot.organisation(membership->organisationId);
            if (organisation && isOnRoster(*membership, memberships))
                ++row.members[int(organisation->kind)];
        }
        row.memberList = membersOf(consortium.id);
        row.breachesOneConsortiumRule = std::any_of(row.memberList.cbegin(), row.memberList.cend(),
                                                    [](const Member &m) { return m.inAnotherConsortium; });
        row.status = snapshot.statusOf(consortium.id);
        if (const ReleasedModel *model = snapshot.latestModelOf(consortium.id)) {
            row.latestModel = model->name;
            row.latestModelDate = model->releasedOn;
            row.latestModelPrecision = model->releasedPrecision;
        }
        for (const GpuAllocation *allocation : snapshot.allocationsOf(consortium.id)) {
            if (allocation->noneAllocated()) {
                // A published "none" speaks only for its own period.
                if (allocation->periodStart <= snapshot.asOf && snapshot.asOf <= allocation->periodEnd) {
                    row.gpuNoneAllocated = true;
                    row.gpuNoneSource = sourceCode(allocation->sourceId).toString();
                }
            } else if (allocation->periodStart <= snapshot.asOf && snapshot.asOf <= allocation->periodEnd) {
                row.gpuCount += allocation->gpuCount;
                row.gpuApproximate = row.gpuApproximate || allocation->approximate;
                row.h100Equivalent += allocation->gpuCount * allocation->h100Equivalent;
                row.gpuIllustrative = row.gpuIllustrative || snapshot.isIllustrative(allocation->sourceId);
            } else if (allocation->periodEnd < snapshot.asOf) {
                if (allocation->periodEnd > row.gpuEndedOn) {
                    row.gpuEndedOn = allocation->periodEnd;
                    row.gpuEndedIllustrative = snapshot.isIllustrative(allocation->sourceId);
                }
            } else if (!row.gpuStartsOn.isValid() || allocation->periodStart < row.gpuStartsOn) {
                row.gpuStartsOn = allocation->periodStart;
                row.gpuStartsIllustrative = snapshot.isIllustrative(allocation->sourceId);
            }
        }
        m_rows.append(row);
    }
}

// The roster is who is in the team on the as-of date. A team that has ended (eliminated, its
// members all gone) keeps its last roster, so "who was in team X" still has an answer.
bool ConsortiumTableModel::isOnRoster(const Membership &membership, const QVector<const Membership *> &team) const
{
    const QDate asOf = state().snapshot().asOf;
    if (membership.activeOn(asOf))
        return true;
    QDate teamEnded;
    for (const Membership *other : team) {
        if (other->activeOn(asOf) || !other->leftOn.isValid())
            return false;  // the team goes on: whoever left is a former member
        teamEnded = std::max(teamEnded, other->leftOn);
    }
    return membership.leftOn == teamEnded && membership.leftOn <= asOf;
}

QVector<ConsortiumTableModel::Member> ConsortiumTableModel::membersOf(qint64 consortiumId) const
{
    const ProgramSnapshot &snapshot = state().snapshot();
    QVector<const Membership *> memberships = snapshot.membershipsOf(consortiumId);
    std::stable_sort(memberships.begin(), memberships.end(), [](const Membership *a, const Membership *b) {
        if (a->role != b->role)
            return a->role == MembershipRole::Lead;
        return a->joinedOn < b->joinedOn;
    });
    QVector<Member> members;
    for (const Membership *membership : memberships) {
        const Organisation *organisation = snapshot.organisation(membership->organisationId);
        if (!organisation)
            continue;
        Member member;
        member.name = organisation->name;
        member.isLead = membership->role == MembershipRole::Lead;
        member.hasLeft = !isOnRoster(*membership, memberships);
        member.inAnotherConsortium = !OneConsortiumRule::conflictsOf(snapshot, *membership).isEmpty();
        members.append(member);
    }
    return members;
}

QString ConsortiumTableModel::memberName(const Member &member) const
{
    QString name = member.name.in(state().language());
    if (member.hasLeft)
        name = tr("%1 (left)").arg(name);
    if (member.inAnotherConsortium)
        name = tr("%1 (also in another consortium)").arg(name);
    return name;
}

QStringList ConsortiumTableModel::memberNames(const Row &row) const
{
    QStringList names;
    names.reserve(row.memberList.size());
    for (const Member &member : row.memberList)
        names.append(memberName(member));
    return names;
}

QVariant ConsortiumTableModel::searchTexts(const Row &row, int column) const
{
    switch (column) {
    case NameColumn: return QStringList{row.name.ko, row.name.en};
    case LeadColumn: return QStringList{row.lead.ko, row.lead.en};
    case MembersColumn: {
        QStringList texts;
        texts.reserve(row.memberList.size() * 2);
        for (const Member &member : row.memberList)
            texts << member.name.ko << member.name.en;
        return texts;
    }
    default: return {};
    }
}

QString ConsortiumTableModel::toolTip(const Row &row, int column) const
{
    switch (column) {
    case NameColumn: {
        const QString name = row.name.in(state().language());
        return row.breachesOneConsortiumRule
            ? tr("%1\nA member company of this consortium is also listed in another consortium at the same time, "
                 "against the one-consortium rule.").arg(name)
            : name;
    }
    case GpusColumn:
        if (row.gpuCount > 0 && row.gpuApproximate)
            return tr("%1 GPUs, about %2 H100 equivalents").arg(gpuText(row), format().number(row.h100Equivalent, 0));
        return row.gpuCount > 0 ? tr("%1 H100 equivalents").arg(format().number(row.h100Equivalent, 0)) : QString();
    case MembersColumn: return memberNames(row).join(QLatin1Char('\n'));
    default: return display(row, column).toString();  // the full text of a cell the column width elides
    }
}

QVariant ConsortiumTableModel::display(const Row &row, int column) const
{
    const Language language = state().language();
    const DisplayFormat fmt = format();
    switch (column) {
    case NameColumn: return row.name.in(language);
    case LeadColumn: return row.lead.in(language);
    case LargeEnterpriseColumn:
    case StartupColumn:
    case UniversityColumn: return fmt.integer(row.members[column - LargeEnterpriseColumn]);
    case InstituteColumn:
        return fmt.integer(row.members[int(OrganisationKind::ResearchInstitute)]
                           + row.members[int(OrganisationKind::PublicBody)]);
    case StatusColumn: return DomainText::status(row.status);
    case LatestModelColumn:
        // An empty cell would not say whether the team released nothing or nothing is on record.
        return row.latestModel.isEmpty() ? tr("None on record", "latest model: no programme release known")
                                         : tr("%1 (%2)").arg(row.latestModel, fmt.date(row.latestModelDate, row.latestModelPrecision));
    case GpusColumn: return gpuText(row);
    case MembersColumn: return memberNames(row).join(QStringLiteral(", "));
    }
    return {};
}

QString ConsortiumTableModel::gpuText(const Row &row) const
{
    const DisplayFormat fmt = format();
    if (row.gpuCount > 0)
        return GpuCountText::count(row.gpuCount, row.gpuApproximate, state().language());
    if (row.gpuNoneAllocated)
        return GpuCountText::noneAllocated(row.gpuNoneSource);
    // An empty cell would read as "none" as well as "unknown": say which the data knows. A team
    // whose published allocations do not cover the day has none on it as far as is known.
    if (row.gpuStartsOn.isValid())
        return tr("None yet (from %1)", "GPUs allocated").arg(fmt.date(row.gpuStartsOn));
    if (row.gpuEndedOn.isValid())
        return tr("None (ended %1)", "GPUs allocated").arg(fmt.date(row.gpuEndedOn));
    return tr("None published", "GPUs allocated: no allocation of the team is published");
}

// A count, an end or a start drawn from an illustrative allocation is a sample (press: not published).
bool ConsortiumTableModel::gpuIsIllustrative(const Row &row) const
{
    if (row.gpuCount > 0)
        return row.gpuIllustrative;
    if (row.gpuNoneAllocated)
        return false;  // only a published source says "none"
    if (row.gpuStartsOn.isValid())
        return row.gpuStartsIllustrative;
    return row.gpuEndedOn.isValid() && row.gpuEndedIllustrative;
}

QVariant ConsortiumTableModel::sortKey(const Row &row, int column) const
{
    switch (column) {
    case LargeEnterpriseColumn:
    case StartupColumn:
    case UniversityColumn: return row.members[column - LargeEnterpriseColumn];
    case InstituteColumn:
        return row.members[int(OrganisationKind::ResearchInstitute)] + row.members[int(OrganisationKind::PublicBody)];
    case StatusColumn: return int(row.status);
    case LatestModelColumn: return row.latestModelDate;
    case GpusColumn: return row.h100Equivalent;
    case MembersColumn: return int(row.memberList.size());
    default: return display(row, column);
    }
}

QVariant ConsortiumTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::AccessibleTextRole:  // the words of a coloured (status) cell, for screen readers
    case Qt::DisplayRole: return display(row, index.column());
    case SortRole: return sortKey(row, index.column());
    case IdRole: return row.consortiumId;
    case SourceCodeRole: {
        const domain::Consortium *consortium = state().snapshot().consortium(row.consortiumId);
        return consortium ? sourceCode(consortium->sourceId) : QVariant();
    }
    case IllustrativeRole: return index.column() == GpusColumn && gpuIsIllustrative(row);
    case Qt::TextAlignmentRole:
        return (index.column() >= LargeEnterpriseColumn && index.column() <= InstituteColumn) || index.column() == GpusColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::BackgroundRole:
        return index.column() == StatusColumn ? QVariant(StatusPalette::background(row.status)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(StatusPalette::foreground()) : QVariant();
    case Qt::ToolTipRole: return toolTip(row, index.column());
    case SearchTextsRole: return searchTexts(row, index.column());
    case DisplayNamesRole:
        switch (index.column()) {
        case NameColumn:
        case LeadColumn: return QStringList{display(row, index.column()).toString()};
        case MembersColumn: return memberNames(row);
        default: return {};
        }
    default: return {};
    }
}

} // namespace kai
