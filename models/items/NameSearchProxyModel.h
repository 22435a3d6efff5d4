// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/KoreanSearch.h"

#include <QSortFilterProxyModel>

namespace kai {

// Filters and sorts a table by a name search (Korean, English, partial, 초성), over the names
// each source cell reports in SearchTextsRole. The names are prepared once whenever the source
// rows change (a new snapshot), never per keystroke, so typing stays within one frame even over
// ten thousand organisations. Answers MatchSpansRole and MatchedMembersRole for highlighting.
class NameSearchProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit NameSearchProxyModel(QObject *parent = nullptr);

    // The columns whose names are searched; memberColumn lists a row's members.
    void setSearchColumns(const QVector<int> &columns, int memberColumn = -1);
    void setSourceModel(QAbstractItemModel *model) override;

    QString searchText() const { return m_text; }
    void setSearchText(const QString &text);
    bool isSearching() const { return !m_query.isEmpty(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // How many times the keys were prepared: once per change of the source rows.
    int keyPreparations() const { return m_keyPreparations; }

signals:
    void searchTextChanged(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    using Keys = QVector<domain::KoreanSearch::Key>;  // pairs (Korean, English) per entity
    struct RowKeys
    {
        QVector<Keys> columns;  // in the order of m_searchColumns
    };

    void markKeysStale() { m_keysStale = true; }
    void ensureKeys() const;
    bool rowMatches(int sourceRow) const;
    QVector<int> matchedEntities(int sourceRow, int searchColumn) const;
    QStringList displayedNames(const QModelIndex &sourceIndex, const QVector<int> &matched) const;
    QVariantList matchSpans(const QModelIndex &index) const;

    QVector<int> m_searchColumns;
    int m_memberColumn = -1;
    QString m_text;
    domain::KoreanSearch::Query m_query;
    mutable QVector<RowKeys> m_keys;
    // Which rows the previous query accepted: typing one more character can only narrow the
    // result, so rows rejected before are not matched again.
    mutable QVector<bool> m_accepted;
    bool m_narrowing = false;
    mutable bool m_keysStale = true;
    mutable int m_keyPreparations = 0;
};

} // namespace kai
