// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/ScopedTableModel.h"

#include "DashboardState.h"
#include "items/DomainText.h"

namespace kai {

void ScopedTableModel::setScopeId(qint64 id)
{
    if (id == m_scopeId)
        return;
    m_scopeId = id;
    beginResetModel();
    rebuild();
    endResetModel();
}

QString ScopedTableModel::shortRole(domain::MembershipRole role)
{
    return role == domain::MembershipRole::Lead ? tr("Lead", "주관기관") : tr("Participant", "참여기관");
}

QVariant ScopedTableModel::sourceData(qint64 sourceId, int role) const
{
    const domain::Source *source = state().snapshot().source(sourceId);
    if (!source)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        // An illustrative sample says so in the reader's language rather than by its code.
        return source->isIllustrative() ? DomainText::illustrative() : source->code;
    case Qt::ToolTipRole:
    {
        const QString title = source->titleIn(state().language());
        return source->url.isEmpty() ? title : tr("%1\n%2").arg(title, source->url);
    }
    case IllustrativeRole: return source->isIllustrative();
    default: return {};
    }
}

} // namespace kai
