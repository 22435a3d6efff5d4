// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/NameSearchProxyModel.h"

#include "items/SearchRoles.h"

#include <QPoint>

namespace kai {

using domain::KoreanSearch;

namespace {
const QString MemberSeparator = QStringLiteral(", ");
}

NameSearchProxyModel::NameSearchProxyModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void NameSearchProxyModel::setSearchColumns(const QVector<int> &columns, int memberColumn)
{
    m_searchColumns = columns;
    m_memberColumn = memberColumn;
    markKeysStale();
    invalidateFilter();
}

void NameSearchProxyModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    // Connected before the base class connects its own handlers, so the keys are marked stale
    // before the proxy re-filters the changed rows.
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &NameSearchProxyModel::markKeysStale);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &NameSearchProxyModel::markKeysStale);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &NameSearchProxyModel::markKeysStale);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &NameSearchProxyModel::markKeysStale);
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, &NameSearchProxyModel::markKeysStale);
        connect(model, &QAbstractItemModel::dataChanged, this, &NameSearchProxyModel::markKeysStale);
    }
    markKeysStale();
    QSortFilterProxyModel::setSourceModel(model);
}

void NameSearchProxyModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const KoreanSearch::Query query = KoreanSearch::prepareQuery(text);
    m_narrowing = KoreanSearch::narrows(m_query, query) && !m_keysStale;
    m_query = query;
    invalidateFilter();
    m_narrowing = false;
    // Highlights change in rows that stay visible too.
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit searchTextChanged(text);
}

void NameSearchProxyModel::ensureKeys() const
{
    if (!m_keysStale)
        return;
    m_keysStale = false;
    ++m_keyPreparations;
    m_keys.clear();
    m_accepted.clear();
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return;
    const int rows = source->rowCount();
    m_keys.resize(rows);
    m_accepted.fill(true, rows);
    for (int row = 0; row < rows; ++row) {
        RowKeys &rowKeys = m_keys[row];
        rowKeys.columns.resize(m_searchColumns.size());
        for (int i = 0; i < m_searchColumns.size(); ++i) {
            const QStringList texts = source->index(row, m_searchColumns[i]).data(SearchTextsRole).toStringList();
            Keys &keys = rowKeys.columns[i];
            keys.reserve(texts.size());
            for (const QString &text : texts)
                keys.append(KoreanSearch::prepare(text));
        }
    }
}

QVector<int> NameSearchProxyModel::matchedEntities(int sourceRow, int searchColumn) const
{
    QVector<int> matched;
    ensureKeys();
    if (m_query.isEmpty() || sourceRow < 0 || sourceRow >= m_keys.size())
        return matched;
    const Keys &keys = m_keys[sourceRow].columns[searchColumn];
    for (int i = 0; i < keys.size(); ++i) {
        if (KoreanSearch::matches(keys[i], m_query) && (matched.isEmpty() || matched.last() != i / 2))
            matched.append(i / 2);
    }
    return matched;
}

bool NameSearchProxyModel::rowMatches(int sourceRow) const
{
    for (const Keys &keys : m_keys[sourceRow].columns) {
        for (const KoreanSearch::Key &key : keys) {
            if (KoreanSearch::matches(key, m_query))
                return true;
        }
    }
    return false;
}

bool NameSearchProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true;
    ensureKeys();
    if (sourceRow >= m_keys.size())
        return m_query.isEmpty();
    bool &accepted = m_accepted[sourceRow];
    if (m_query.isEmpty())
        accepted = true;
    else if (!m_narrowing || accepted)
        accepted = rowMatches(sourceRow);
    return accepted;
}

// The displayed member names with the ones that matched first, so the match is never elided.
QStringList NameSearchProxyModel::displayedNames(const QModelIndex &sourceIndex, const QVector<int> &matched) const
{
    const QStringList names = sourceIndex.data(DisplayNamesRole).toStringList();
    QStringList first;
    QStringList rest;
    for (int i = 0; i < names.size(); ++i)
        (matched.contains(i) ? first : rest).append(names[i]);
    return first + rest;
}

QVariantList NameSearchProxyModel::matchSpans(const QModelIndex &index) const
{
    QVariantList spans;
    const QString text = data(index, Qt::DisplayRole).toString();
    for (const KoreanSearch::Span &span : KoreanSearch::allMatches(text, m_query))
        spans.append(QPoint(span.start, span.length));
    return spans;
}

QVariant NameSearchProxyModel::data(const QModelIndex &index, int role) const
{
    const int searchColumn = index.isValid() ? int(m_searchColumns.indexOf(index.column())) : -1;
    if (searchColumn < 0 || m_query.isEmpty())
        return role == MatchSpansRole ? QVariant(QVariantList()) : QSortFilterProxyModel::data(index, role);
    const QModelIndex sourceIndex = mapToSource(index);
    const bool isMemberColumn = index.column() == m_memberColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (isMemberColumn)
            return displayedNames(sourceIndex, matchedEntities(sourceIndex.row(), searchColumn)).join(MemberSeparator);
        break;
    case MatchSpansRole: return matchSpans(index);
    case MatchedMembersRole:
        if (isMemberColumn) {
            const QVector<int> matched = matchedEntities(sourceIndex.row(), searchColumn);
            return displayedNames(sourceIndex, matched).mid(0, matched.size()).join(MemberSeparator);
        }
        break;
    default: break;
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace kai
