// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"
#include "store/ChangeLog.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace kai {
class DashboardState;
}

namespace kai::history {

// The change log, newest first, one row per changed field. Re-read whenever the state reloads (an
// edit, undo, redo, import or F5), so it always shows what the file holds.
class ChangeLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, PersonColumn, ActionColumn, KindColumn, ItemColumn, FieldColumn, OldColumn, NewColumn,
                  SourceColumn, ReasonColumn, SummaryColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, KeyRole, PersonRole, TimeRole };

    explicit ChangeLogModel(const DashboardState &state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const store::ChangeLogEntry &entry(int row) const { return m_entries.at(row); }
    QStringList kinds() const;
    QStringList people() const;
    void reload();

    static QString kindText(const QString &kind);
    static QString actionText(const QString &action);

private:
    const DashboardState &m_state;
    QVector<store::ChangeLogEntry> m_entries;
};

// Filters the change log by kind of fact, person, UTC day range and free text.
class ChangeLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setKind(const QString &kind);
    void setPerson(const QString &person);
    void setDateRange(const QDate &from, const QDate &to);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_kind;
    QString m_person;
    QDate m_from;
    QDate m_to;
    QString m_text;
};

} // namespace kai::history
