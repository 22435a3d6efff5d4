// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/ChangesModel.h"

#include "DashboardState.h"
#include "history/ChangesSince.h"
#include "store/Database.h"
#include "store/ExportRegisterStore.h"
#include "store/StoreError.h"

#include <QFont>

namespace kai::history {

ChangesModel::ChangesModel(const DashboardState &state, QObject *parent)
    : QAbstractListModel(parent), m_state(state), m_since(SincePoint::fromDay(QDate::currentDate().addDays(-7)))
{
    connect(&state, &DashboardState::snapshotChanged, this, &ChangesModel::reload);
    connect(&state, &DashboardState::languageChanged, this, &ChangesModel::reload);
    reload();
}

void ChangesModel::setSince(const SincePoint &since)
{
    m_since = since;
    reload();
}

void ChangesModel::reload()
{
    beginResetModel();
    m_report = {};
    m_rows.clear();
    m_briefings.clear();
    if (store::Database *database = m_state.database()) {
        try {
            m_briefings = store::ExportRegisterStore(database->sql()).list();
        } catch (const store::StoreError &) {
            // A database from before the register (version 5) has no briefings to choose.
        }
        try {
            m_report = ChangesSince::build(database->sql(), m_since, m_state.language(), m_state.pressMode());
        } catch (const store::StoreError &error) {
            // The state reports an unreadable database itself; the list says why it is empty.
            m_report.heading = ChangesSince::heading(m_since, m_state.language());
            m_report.emptyText = error.message();
        }
    }
    for (int section = 0; section < m_report.sections.size(); ++section) {
        m_rows.append({section, -1});
        for (int line = 0; line < m_report.sections.at(section).lines.size(); ++line)
            m_rows.append({section, line});
    }
    endResetModel();
}

int ChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChangesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const ChangeSection &section = m_report.sections.at(row.section);
    const bool heading = row.line < 0;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return heading ? section.title : section.lines.at(row.line).sentence;
    case Qt::FontRole: {
        if (!heading)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case HeadingRole: return heading;
    case GroupRole: return int(section.group);
    case ItemCodeRole: return heading ? QString() : section.lines.at(row.line).itemCode;
    default: return {};
    }
}

} // namespace kai::history
