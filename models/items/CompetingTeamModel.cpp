// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/CompetingTeamModel.h"

#include "DashboardState.h"
#include "items/CorrectionText.h"
#include "items/DomainText.h"
#include "items/StatusPalette.h"

namespace kai {

using namespace kai::domain;

CompetingTeamModel::CompetingTeamModel(const DashboardState &state, QObject *parent) : SnapshotTableModel(state, parent)
{
    initialise();
}

QString CompetingTeamModel::columnTitle(int column) const
{
    switch (column) {
    case ConsortiumColumn: return tr("Consortium");
    case StatusColumn: return tr("Status");
    case LatestResultColumn: return tr("Latest result");
    case LatestModelColumn: return tr("Latest model");
    }
    return {};
}

void CompetingTeamModel::rebuild()
{
    // Rows point into the snapshot, which lives until the next snapshotChanged, when this runs again.
    m_rows.clear();
    const ProgramSnapshot &snapshot = state().snapshot();
    for (const Consortium &consortium : snapshot.consortia) {
        const ConsortiumStatus status = snapshot.statusOf(consortium.id);
        if (status != ConsortiumStatus::Selected && status != ConsortiumStatus::Advanced
            && status != ConsortiumStatus::NationalModel)
            continue;
        const auto results = snapshot.resultsOf(consortium.id);
        m_rows.append({consortium.id, status, results.isEmpty() ? nullptr : results.last(),
                       snapshot.latestModelOf(consortium.id)});
    }
}

QString CompetingTeamModel::latestResultText(const Row &row) const
{
    if (!row.latest)
        return {};
    const Stage *stage = state().snapshot().stage(row.latest->stageId);
    QStringList parts{stage ? stage->name.in(state().language()) : QString(), DomainText::outcome(row.latest->outcome)};
    if (row.latest->rank)
        parts << tr("rank %1").arg(format().integer(*row.latest->rank));
    return CorrectionText::marked(parts.join(QStringLiteral(" · ")), *row.latest, state().language());
}

QVariant CompetingTeamModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == IdRole)
        return row.consortiumId;
    if (index.column() == StatusColumn && role == Qt::BackgroundRole)
        return StatusPalette::background(row.status);
    if (index.column() == StatusColumn && role == Qt::ForegroundRole)
        return StatusPalette::foreground();
    // Assistive technology reads the status word of the coloured cell, not the colour.
    if (role == Qt::AccessibleTextRole)
        role = Qt::DisplayRole;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case ConsortiumColumn: {
        const Consortium *consortium = state().snapshot().consortium(row.consortiumId);
        return consortium ? consortium->name.in(state().language()) : QString();
    }
    case StatusColumn: return role == SortRole ? QVariant(int(row.status)) : QVariant(DomainText::status(row.status));
    case LatestResultColumn: return latestResultText(row);
    // An empty cell would not say whether the team released nothing or nothing is on record.
    case LatestModelColumn: return row.model ? row.model->name : tr("None on record", "latest model: no programme release known");
    }
    return {};
}

} // namespace kai
