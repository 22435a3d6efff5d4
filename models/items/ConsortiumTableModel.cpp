// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/ConsortiumTableModel.h"

#include "DashboardState.h"
#include "items/DomainText.h"
#include "items/StatusPalette.h"

namespace kai {

using namespace kai::domain;

ConsortiumTableModel::ConsortiumTableModel(const DashboardState &state, QObject *parent)
    : SnapshotTableModel(state, parent)
{
    initialise();
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
        for (const Membership *membership : snapshot.membershipsOf(consortium.id)) {
            const Organisation *organisation = snapshot.organisation(membership->organisationId);
            if (organisation && membership->activeOn(snapshot.asOf))
                ++row.members[int(organisation->kind)];
        }
        row.status = snapshot.statusOf(consortium.id);
        if (const ReleasedModel *model = snapshot.latestModelOf(consortium.id)) {
            row.latestModel = model->name;
            row.latestModelDate = model->releasedOn;
        }
        for (const GpuAllocation *allocation : snapshot.allocationsOf(consortium.id)) {
            if (allocation->periodStart <= snapshot.asOf && snapshot.asOf <= allocation->periodEnd) {
                row.gpuCount += allocation->gpuCount;
                row.h100Equivalent += allocation->gpuCount * allocation->h100Equivalent;
            }
        }
        m_rows.append(row);
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
        return row.latestModel.isEmpty() ? QString()
                                         : tr("%1 (%2)").arg(row.latestModel, fmt.shortDate(row.latestModelDate));
    case GpusColumn: return row.gpuCount > 0 ? fmt.integer(row.gpuCount) : QString();
    }
    return {};
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
    default: return display(row, column);
    }
}

QVariant ConsortiumTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case SortRole: return sortKey(row, index.column());
    case IdRole: return row.consortiumId;
    case Qt::TextAlignmentRole:
        return (index.column() >= LargeEnterpriseColumn && index.column() <= InstituteColumn) || index.column() == GpusColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::BackgroundRole:
        return index.column() == StatusColumn ? QVariant(StatusPalette::background(row.status)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(StatusPalette::foreground()) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == GpusColumn && row.gpuCount > 0
            ? tr("%1 H100 equivalents").arg(format().number(row.h100Equivalent, 0))
            : QVariant();
    default: return {};
    }
}

} // namespace kai
