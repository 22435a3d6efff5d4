// SPDX-License-Identifier: GPL-3.0-or-later
#include "consortia/ConsortiaView.h"
#include "common/WrappingLabel.h"

#include "DashboardState.h"
#include "common/ColumnSharing.h"
#include "consortia/ConsortiumDetailPanel.h"
#include "consortia/SearchHighlightDelegate.h"
#include "review/ItemKeys.h"
#include "review/NoteMarkers.h"
#include "items/ConsortiumTableModel.h"
#include "items/DisplayFormat.h"
#include "items/NameSearchProxyModel.h"
#include "items/SearchRoles.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kai::ui {

ConsortiaView::ConsortiaView(const DashboardState &state, QWidget *parent)
    : ViewPage(parent), m_state(state), m_model(new ConsortiumTableModel(state, this)),
      m_proxy(new NameSearchProxyModel(this)), m_heading(new QLabel(this)), m_description(new WrappingLabel(this)),
      m_search(new QLineEdit(this)), m_resultCount(new QLabel(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_table(new QTableView(m_splitter)), m_detail(new ConsortiumDetailPanel(state, m_splitter))
{
    setObjectName(QStringLiteral("consortiaView"));
    m_proxy->setSearchColumns({ConsortiumTableModel::NameColumn, ConsortiumTableModel::LeadColumn,
                               ConsortiumTableModel::MembersColumn},
                              ConsortiumTableModel::MembersColumn);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SnapshotTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setDynamicSortFilter(true);
    setUpTable();
    buildLayout();
    setUpShortcuts();
    NoteMarkers::attach(m_table, state, [&state](const QModelIndex &index) {
        return review::ItemKeys::consortium(state.snapshot(), index.data(SnapshotTableModel::IdRole).toLongLong());
    });

    connect(m_search, &QLineEdit::textChanged, this, &ConsortiaView::onSearchTextChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConsortiaView::onCurrentRowChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConsortiaView::onRowsChanged);
    follow(m_proxy, &QAbstractItemModel::modelReset, this, [this] { fitColumns(); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ConsortiaView::onRowsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ConsortiaView::onRowsChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ConsortiaView::onRowsChanged);
    follow(&state, &DashboardState::languageChanged, this, [this] { fitColumns(); });
    connect(m_detail, &ConsortiumDetailPanel::consortiumActivated, this, [this](qint64 id) {
        focusItem(id);
        m_table->setFocus(Qt::OtherFocusReason);
    });
    connect(m_detail, &ConsortiumDetailPanel::illustrativeDataChanged, this, &ViewPage::illustrativeDataChanged);
    retranslate();
    onRowsChanged();
    fitColumns();
}

void ConsortiaView::setUpTable()
{
    m_table->setObjectName(QStringLiteral("consortiaTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new SearchHighlightDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);  // fitColumns() shares the width instead
    header->setResizeContentsPrecision(-1);  // measure every row, not just those in view
    // What officials look for first stays in view beside the detail panel: the name, where the
    // team stands and who is in it (with the member that matched a search listed first).
    header->moveSection(header->visualIndex(ConsortiumTableModel::StatusColumn), 1);
    header->moveSection(header->visualIndex(ConsortiumTableModel::MembersColumn), 2);
    header->setMinimumSectionSize(48);
    header->setSectionsClickable(true);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);  // its width decides how columns share it
}

// Columns share the table's width by what their contents need: at 1366 px the table fits without
// scrolling sideways (long names are elided, the full text in the tooltip), at 1920 px the spare
// room goes to the columns that need it rather than to an empty last column.
void ConsortiaView::fitColumns()
{
    QVector<int> needed;
    for (int column = 0; column < ConsortiumTableModel::ColumnCount; ++column) {
        m_table->resizeColumnToContents(column);
        needed << m_table->columnWidth(column);
    }
    const int available = m_table->viewport()->width();
    const QVector<int> widths = ColumnSharing::share(needed, available, fontMetrics().averageCharWidth() * 9);
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths[column]);
}

void ConsortiaView::buildLayout()
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_description->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("consortiaSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_resultCount->setObjectName(QStringLiteral("consortiaResultCount"));

    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_detail->setMinimumWidth(360);
    m_splitter->setSizes({640, 500});

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_resultCount);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addLayout(searchRow);
    layout->addWidget(m_splitter, 1);
}

void ConsortiaView::setUpShortcuts()
{
    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
}

QString ConsortiaView::title() const
{
    return titleText();
}

QString ConsortiaView::titleText()
{
    return tr("Consortia");
}

QString ConsortiaView::description() const
{
    return tr("Every consortium that applied, its members by kind and its status as of the chosen date. "
              "Select a consortium for its full record; select a member for every consortium it joined.");
}

void ConsortiaView::retranslate()
{
    m_heading->setText(title());
    m_description->setText(description());
    m_search->setPlaceholderText(
        tr("Search consortia and organisations: Korean, English or initial consonants (e.g. ㅇㅅㅌㅇㅈ)  —  Ctrl+F"));
    m_search->setAccessibleName(tr("Search consortia and organisations"));
    m_search->setAccessibleDescription(
        tr("Filters by Korean or English name, part of a name, or Korean initial consonants. Escape clears."));
    m_table->setAccessibleName(tr("Consortia"));
    m_table->horizontalHeader()->setAccessibleName(tr("Consortia: column headings, click to sort"));
    m_table->setAccessibleDescription(tr("Arrow keys move between consortia; Enter opens the details."));
    m_splitter->setAccessibleName(tr("Consortia and details"));
    updateResultCount();
}

bool ConsortiaView::showsIllustrativeData() const
{
    return m_detail->showsIllustrativeData();
}

QVariantMap ConsortiaView::editContext() const
{
    return {{QStringLiteral("consortium"), selectedConsortiumId()},
            {QStringLiteral("organisation"), m_detail->historyOrganisationId()}};
}

void ConsortiaView::offerEditActions(const QList<QAction *> &actions)
{
    ViewPage::offerEditActions(actions);
    m_table->addActions(actions);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_detail->addEditButtons(actions);
}

qint64 ConsortiaView::selectedConsortiumId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(SnapshotTableModel::IdRole).toLongLong() : 0;
}

void ConsortiaView::focusItem(const QVariant &key)
{
    // A consortium id, or {"consortium": id, "organisation": id} for one of its members.
    const QVariantMap member = key.toMap();
    const qint64 id = member.isEmpty() ? key.toLongLong() : member.value(QStringLiteral("consortium")).toLongLong();
    selectConsortium(id);
    if (selectedConsortiumId() != id && !m_search->text().isEmpty()) {
        m_search->clear();  // the search hid it
        selectConsortium(id);
    }
    if (!member.isEmpty())
        m_detail->selectMember(member.value(QStringLiteral("organisation")).toLongLong());
}

void ConsortiaView::selectConsortium(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, ConsortiumTableModel::NameColumn);
        if (index.data(SnapshotTableModel::IdRole).toLongLong() == id) {
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return;
        }
    }
}

void ConsortiaView::onSearchTextChanged(const QString &text)
{
    // The proxy reports every removed and inserted range; react once, after the whole search.
    m_searching = true;
    m_proxy->setSearchText(text);
    m_searching = false;
    onRowsChanged();
}

void ConsortiaView::onCurrentRowChanged()
{
    const qint64 id = selectedConsortiumId();
    if (id != 0)
        m_selectedId = id;
    m_detail->setConsortiumId(id);
}

// After a new snapshot or a search, keep the same consortium selected when it is still shown;
// otherwise select the first row, so the detail panel never describes a hidden consortium.
void ConsortiaView::onRowsChanged()
{
    if (m_searching)
        return;
    updateResultCount();
    if (m_proxy->rowCount() == 0) {
        m_detail->setConsortiumId(0);
        return;
    }
    const qint64 wanted = m_selectedId;
    selectConsortium(wanted);
    if (selectedConsortiumId() != wanted || wanted == 0)
        selectConsortium(m_proxy->index(0, 0).data(SnapshotTableModel::IdRole).toLongLong());
    // The user's choice comes back when the search that hid it is cleared.
    if (wanted != 0)
        m_selectedId = wanted;
    m_detail->setConsortiumId(selectedConsortiumId());
}

// The organisations the search found, so "which team is company Y in" reads at a glance.
QStringList ConsortiaView::matchedMembers() const
{
    constexpr int MaxNamed = 4;
    QStringList names;
    for (int row = 0; row < m_proxy->rowCount() && m_proxy->isSearching(); ++row) {
        const QString matched =
            m_proxy->index(row, ConsortiumTableModel::MembersColumn).data(MatchedMembersRole).toString();
        for (const QString &name : matched.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
            if (!names.contains(name))
                names.append(name);
        }
    }
    if (names.size() > MaxNamed)
        names = names.mid(0, MaxNamed) << tr("and %1 more").arg(names.size() - MaxNamed);
    return names;
}

void ConsortiaView::updateResultCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    const DisplayFormat fmt(m_state.language());
    QString text = m_proxy->isSearching() ? tr("Consortia found: %1 of %2").arg(fmt.integer(shown), fmt.integer(total))
                                          : tr("Consortia: %1").arg(fmt.integer(total));
    const QStringList members = matchedMembers();
    if (!members.isEmpty())
        text = tr("%1 · organisations found: %2").arg(text, members.join(QStringLiteral(", ")));
    m_resultCount->setText(text);
    m_resultCount->setAccessibleName(m_resultCount->text());
}

bool ConsortiaView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &ConsortiaView::fitColumns, Qt::QueuedConnection);
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_table && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            m_detail->focusDetail();
            return true;
        }
        if (watched == m_search && key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
                                    || key->key() == Qt::Key_Enter)) {
            m_table->setFocus(Qt::OtherFocusReason);  // from the search straight into the results
            return true;
        }
    }
    return ViewPage::eventFilter(watched, event);
}

void ConsortiaView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ViewPage::changeEvent(event);
}

} // namespace kai::ui
