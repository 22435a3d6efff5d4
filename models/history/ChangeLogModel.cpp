// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/ChangeLogModel.h"

#include "DashboardState.h"
#include "items/DisplayFormat.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QSet>
#include <QTimeZone>

namespace kai::history {

ChangeLogModel::ChangeLogModel(const DashboardState &state, QObject *parent) : QAbstractTableModel(parent), m_state(state)
{
    connect(&state, &DashboardState::snapshotChanged, this, &ChangeLogModel::reload);
    connect(&state, &DashboardState::languageChanged, this, [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_entries.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    reload();
}

void ChangeLogModel::reload()
{
    beginResetModel();
    m_entries.clear();
    if (store::Database *database = m_state.database()) {
        try {
            m_entries = store::ChangeLogRepository(database->sql()).load();
        } catch (const store::StoreError &) {
            // An unreadable log shows as empty; the state reports the database error itself.
        }
    }
    endResetModel();
}

int ChangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChangeLogModel::kindText(const QString &kind)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("organisation"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("consortium"), QT_TR_NOOP("Consortium")},
        {QStringLiteral("membership"), QT_TR_NOOP("Membership")},
        {QStringLiteral("released_model"), QT_TR_NOOP("Model release")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
        {QStringLiteral("round_result"), QT_TR_NOOP("Round result")},
        {QStringLiteral("criterion"), QT_TR_NOOP("Criterion")},
        {QStringLiteral("criterion_score"), QT_TR_NOOP("Criterion score")},
        {QStringLiteral("gpu_allocation"), QT_TR_NOOP("GPU allocation")},
        {QStringLiteral("gpu_usage"), QT_TR_NOOP("GPU usage")},
        {QStringLiteral("round_seal"), QT_TR_NOOP("Round seal")},
        {QStringLiteral("result_correction"), QT_TR_NOOP("Correction")},
        {QStringLiteral("criterion_score_correction"), QT_TR_NOOP("Criterion score correction")},
        {QStringLiteral("review_note"), QT_TR_NOOP("Review note")},
        {QStringLiteral("schema"), QT_TR_NOOP("Database format")},
    };
    const char *text = texts.value(kind);
    return text ? tr(text) : kind;
}

QString ChangeLogModel::actionText(const QString &action)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("edit"), QT_TR_NOOP("Edit")},
        {QStringLiteral("undo"), QT_TR_NOOP("Undo")},
        {QStringLiteral("redo"), QT_TR_NOOP("Redo")},
        {QStringLiteral("import"), QT_TR_NOOP("Import")},
        {QStringLiteral("migration"), QT_TR_NOOP("Upgrade")},
    };
    const char *text = texts.value(action);
    return text ? tr(text) : action;
}

QVariant ChangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const store::ChangeLogEntry &e = m_entries.at(index.row());
    switch (role) {
    case KindRole: return e.kind;
    case KeyRole: return e.factKey;
    case PersonRole: return e.author();
    case TimeRole: return e.changedAt;
    case Qt::DisplayRole:
    case Qt::ToolTipRole: break;
    default: return {};
    }
    switch (Column(index.column())) {
    case TimeColumn:
        return DisplayFormat(m_state.language()).date(e.changedAt.date()) + e.changedAt.toString(QStringLiteral(" HH:mm 'UTC'"));
    case PersonColumn: return e.author();
    case ActionColumn: return actionText(e.action);
    case KindColumn: return kindText(e.kind);
    case ItemColumn: return e.factKey;
    case FieldColumn: return e.field;
    case OldColumn: return e.oldValue.isNull() ? tr("(none)") : e.oldValue;
    case NewColumn: return e.newValue.isNull() ? tr("(none)") : e.newValue;
    case SourceColumn: return e.source;
    case ReasonColumn: return e.reason;
    case SummaryColumn: return e.summary;
    case ColumnCount: break;
    }
    return {};
}

QVariant ChangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case PersonColumn: return tr("Person");
    case ActionColumn: return tr("Action");
    case KindColumn: return tr("Kind");
    case ItemColumn: return tr("Item");
    case FieldColumn: return tr("Field");
    case OldColumn: return tr("Old value");
    case NewColumn: return tr("New value");
    case SourceColumn: return tr("Source");
    case ReasonColumn: return tr("Reason");
    case SummaryColumn: return tr("Change");
    case ColumnCount: break;
    }
    return {};
}

QStringList ChangeLogModel::kinds() const
{
    QStringList kinds;
    for (const store::ChangeLogEntry &e : m_entries) {
        if (!kinds.contains(e.kind))
            kinds << e.kind;
    }
    kinds.sort();
    return kinds;
}

QStringList ChangeLogModel::people() const
{
    QStringList people;
    for (const store::ChangeLogEntry &e : m_entries) {
        if (!people.contains(e.author()))
            people << e.author();
    }
    people.sort();
    return people;
}

void ChangeLogFilterModel::setKind(const QString &kind)
{
    m_kind = kind;
    invalidateFilter();
}

void ChangeLogFilterModel::setPerson(const QString &person)
{
    m_person = person;
    invalidateFilter();
}

void ChangeLogFilterModel::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void ChangeLogFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool ChangeLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty() && first.data(ChangeLogModel::KindRole).toString() != m_kind)
        return false;
    if (!m_person.isEmpty() && first.data(ChangeLogModel::PersonRole).toString() != m_person)
        return false;
    const QDate day = first.data(ChangeLogModel::TimeRole).toDateTime().date();
    if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace kai::history
