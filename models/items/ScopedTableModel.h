// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/SnapshotTableModel.h"

namespace kai {

// A table about one record of the snapshot (a consortium, an organisation), chosen by id: the
// detail panels show one of these per section. Shares the rendering of source columns.
class ScopedTableModel : public SnapshotTableModel
{
    Q_OBJECT

public:
    using SnapshotTableModel::SnapshotTableModel;

    qint64 scopeId() const { return m_scopeId; }
    // Switches to another record; 0 empties the table.
    void setScopeId(qint64 id);

protected:
    // Cell data of a column that names a source: its code, its title as tooltip, illustrative flag.
    QVariant sourceData(qint64 sourceId, int role) const;
    // 주관/참여 in a narrow column; the tooltip gives DomainText::role's full wording.
    static QString shortRole(domain::MembershipRole role);

private:
    qint64 m_scopeId = 0;
};

} // namespace kai
