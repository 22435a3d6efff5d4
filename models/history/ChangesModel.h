// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/ChangesReport.h"

#include <QAbstractListModel>

namespace kai {
class DashboardState;
}

namespace kai::history {

// The "what changed since" list of the open database as rows: each section's title, then its
// sentences. Re-read when the data reloads (an edit, undo, import, F5), re-worded when the language
// or the press mode changes. Also lists the export register, for choosing a briefing.
class ChangesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { HeadingRole = Qt::UserRole + 1, GroupRole, ItemCodeRole };

    explicit ChangesModel(const DashboardState &state, QObject *parent = nullptr);

    void setSince(const SincePoint &since);
    const SincePoint &since() const { return m_since; }
    const ChangesReport &report() const { return m_report; }
    // The register's exports, newest first: the briefings "since" can start from.
    const QVector<ExportRecord> &briefings() const { return m_briefings; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int section = 0;
        int line = -1;  // -1: the section's title
    };

    const DashboardState &m_state;
    SincePoint m_since;
    ChangesReport m_report;
    QVector<ExportRecord> m_briefings;
    QVector<Row> m_rows;
};

} // namespace kai::history
