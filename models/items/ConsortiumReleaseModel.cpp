// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/ConsortiumReleaseModel.h"

#include "DashboardState.h"

#include <algorithm>

namespace kai {

using namespace kai::domain;

ConsortiumReleaseModel::ConsortiumReleaseModel(const DashboardState &state, QObject *parent)
    : ScopedTableModel(state, parent)
{
    initialise();
}

QString ConsortiumReleaseModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn: return tr("Model");
    case SizeColumn: return tr("Parameters");
    case ReleasedColumn: return tr("Released");
    case LicenceColumn: return tr("Licence");
    case SourceColumn: return tr("Source");
    }
    return {};
}

void ConsortiumReleaseModel::rebuild()
{
    m_rows.clear();
    for (const ReleasedModel &model : state().snapshot().models) {
        if (model.consortiumId == scopeId())
            m_rows.append(&model);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const ReleasedModel *a, const ReleasedModel *b) { return a->releasedOn > b->releasedOn; });
}

QString ConsortiumReleaseModel::size(const ReleasedModel &model) const
{
    if (!model.paramsTotalB)
        return tr("Not disclosed");
    const QString total = tr("%1B").arg(format().number(*model.paramsTotalB, *model.paramsTotalB < 10 ? 1 : 0));
    if (!model.paramsActiveB || *model.paramsActiveB >= *model.paramsTotalB)
        return total;
    return tr("%1 (%2B active)").arg(total, format().number(*model.paramsActiveB, *model.paramsActiveB < 10 ? 1 : 0));
}

QVariant ConsortiumReleaseModel::display(const ReleasedModel &model, int column) const
{
    switch (column) {
    case NameColumn: return model.isProgrammeOutput ? model.name : tr("%1 · the company's own release").arg(model.name);
    case SizeColumn: return size(model);
    case ReleasedColumn: return format().date(model.releasedOn, model.releasedPrecision);
    case LicenceColumn: return model.licence.isEmpty() ? tr("Not stated") : model.licenceIn(state().language());
    case SourceColumn: return sourceData(model.sourceId, Qt::DisplayRole);
    }
    return {};
}

QVariant ConsortiumReleaseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReleasedModel &model = *m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return display(model, index.column());
    case IdRole: return model.id;
    case SourceCodeRole: return sourceCode(model.sourceId);
    case SortRole:
        return index.column() == ReleasedColumn ? QVariant(model.releasedOn)
            : index.column() == SizeColumn      ? QVariant(model.paramsTotalB.value_or(0))
                                                : display(model, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn)
            return sourceData(model.sourceId, role);
        if (index.column() == NameColumn && !model.note.isEmpty())
            return tr("%1\n%2").arg(model.name, model.note.in(state().language()));
        return display(model, index.column());
    case IllustrativeRole: return index.column() == SourceColumn ? sourceData(model.sourceId, role) : QVariant(false);
    default: return {};
    }
}

} // namespace kai
