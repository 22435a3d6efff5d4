// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/NotesPanel.h"

#include "DashboardState.h"
#include "review/ItemKeys.h"
#include "review/NoteListModel.h"
#include "review/NotesBook.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kai::ui {

using review::NoteListModel;

NotesPanel::NotesPanel(const DashboardState &state, QWidget *parent)
    : QDockWidget(parent), m_state(state), m_model(new NoteListModel(state, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_kindFilter(new QComboBox), m_kindLabel(new QLabel),
      m_table(new QTableView), m_open(new QPushButton), m_accept(new QPushButton), m_resolve(new QPushButton), m_dismiss(new QPushButton),
      m_remove(new QPushButton)
{
    setObjectName(QStringLiteral("notesPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(NoteListModel::KindRole);
    m_kindFilter->setObjectName(QStringLiteral("noteKindFilter"));
    m_kindLabel->setBuddy(m_kindFilter);
    m_table->setObjectName(QStringLiteral("notesTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_kindLabel);
    filterRow->addWidget(m_kindFilter);
    filterRow->addStretch(1);
    auto *buttons = new QHBoxLayout;
    m_accept->setObjectName(QStringLiteral("acceptCorrectionButton"));
    for (QPushButton *button : {m_open, m_accept, m_resolve, m_dismiss, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &NotesPanel::applyFilter);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_open, &QPushButton::clicked, this, [this] { openRow(currentRow()); });
    connect(m_accept, &QPushButton::clicked, this, [this] {
        emit acceptCorrectionRequested(m_proxy->index(currentRow(), 0).data(NoteListModel::NoteIdRole).toLongLong());
    });
    connect(m_resolve, &QPushButton::clicked, this, [this] { askAndClose(true); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { askAndClose(false); });
    connect(m_remove, &QPushButton::clicked, this, &NotesPanel::removeLocal);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NotesPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotesPanel::updateButtons);
    retranslate();
    updateButtons();
}

void NotesPanel::retranslate()
{
    setWindowTitle(tr("Notes"));
    m_kindLabel->setText(tr("&Show:"));
    const int current = std::max(0, m_kindFilter->currentIndex());
    const QSignalBlocker blocker(m_kindFilter);
    m_kindFilter->clear();
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (const review::NoteKind kind : {review::NoteKind::Question, review::NoteKind::Correction, review::NoteKind::Confirmed})
        m_kindFilter->addItem(NoteListModel::kindText(kind), review::noteKindName(kind));
    m_kindFilter->setCurrentIndex(current);
    m_table->setAccessibleName(tr("Review notes"));
    m_open->setText(tr("&Open Item"));
    m_accept->setText(tr("&Accept Correction…"));
    m_accept->setToolTip(tr("Open the item's edit form with the value the reviewer proposed"));
    m_resolve->setText(tr("&Resolve…"));
    m_dismiss->setText(tr("&Dismiss…"));
    m_remove->setText(tr("Re&move"));
    m_remove->setToolTip(tr("Remove a note of your own that has not been sent yet"));
}

void NotesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void NotesPanel::applyFilter()
{
    // Kind names are fixed words: match them whole, not as a pattern.
    const QString kind = m_kindFilter->currentData().toString();
    m_proxy->setFilterRegularExpression(kind.isEmpty() ? QString() : QStringLiteral("^%1$").arg(kind));
}

int NotesPanel::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void NotesPanel::updateButtons()
{
    const int row = currentRow();
    const QModelIndex index = m_proxy->index(row, 0);
    const bool merged = index.isValid() && index.data(NoteListModel::NoteIdRole).toLongLong() > 0;
    const bool open = index.isValid() && index.data(NoteListModel::OpenRole).toBool();
    const bool writable = !m_state.isReadOnly();
    m_open->setEnabled(index.isValid());
    const bool correction = index.data(NoteListModel::KindRole).toString() == review::noteKindName(review::NoteKind::Correction);
    m_accept->setEnabled(merged && open && writable && correction);
    m_resolve->setEnabled(merged && open && writable);
    m_dismiss->setEnabled(merged && open && writable);
    m_remove->setEnabled(index.isValid() && !merged);
}

bool NotesPanel::openRow(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    const std::optional<review::ReviewItemKey> key =
        review::ReviewItemKey::parse(index.data(NoteListModel::ItemKeyRole).toString());
    if (!key)
        return false;
    using review::ItemKeys;
    using Kind = review::ReviewItemKey::Kind;
    const domain::ProgramSnapshot &snapshot = m_state.snapshot();
    const QStringList &parts = key->parts;
    // Each view takes the ids of what it shows (see its focusItem); an item that no longer exists
    // in this database has nowhere to open.
    const qint64 first = key->kind == Kind::Stage || key->kind == Kind::RoundResult ? ItemKeys::stageId(snapshot, parts.first())
                         : key->kind == Kind::Source ? ItemKeys::sourceId(snapshot, parts.first())
                                                     : ItemKeys::consortiumId(snapshot, parts.first());
    if (first == 0)
        return false;
    const auto map = [](const char *firstName, qint64 firstId, const char *secondName, const QVariant &second) {
        return QVariantMap{{QString::fromLatin1(firstName), firstId}, {QString::fromLatin1(secondName), second}};
    };
    switch (key->kind) {
    case Kind::Consortium: emit openItemRequested(ViewId::Consortia, first); return true;
    case Kind::Member:
        emit openItemRequested(ViewId::Consortia, map("consortium", first, "organisation",
                                                      ItemKeys::organisationId(snapshot, parts.at(1))));
        return true;
    case Kind::Stage: emit openItemRequested(ViewId::Timeline, first); return true;
    case Kind::RoundResult:
        emit openItemRequested(ViewId::Rounds, map("stage", first, "consortium", ItemKeys::consortiumId(snapshot, parts.at(1))));
        return true;
    case Kind::GpuMonth:
        emit openItemRequested(ViewId::Gpu, map("consortium", first, "month",
                                                QDate::fromString(parts.at(1) + QStringLiteral("-01"), Qt::ISODate)));
        return true;
    case Kind::Source: emit openSourceRequested(first); return true;
    }
    return false;
}

QString NotesPanel::closeRow(int row, bool resolve, const QString &reason)
{
    const qint64 id = m_proxy->index(row, 0).data(NoteListModel::NoteIdRole).toLongLong();
    return review::NotesBook::of(m_state).close(
        id, resolve ? review::MergedNote::Status::Resolved : review::MergedNote::Status::Dismissed, reason);
}

void NotesPanel::askAndClose(bool resolve)
{
    const int row = currentRow();
    bool ok = false;
    const QString reason = QInputDialog::getText(this, resolve ? tr("Resolve Note") : tr("Dismiss Note"),
                                                 tr("Reason:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (const QString error = closeRow(row, resolve, reason); !error.isEmpty())
        QMessageBox::warning(this, tr("Note not changed"), error);
}

void NotesPanel::removeLocal()
{
    const QString uid = m_proxy->index(currentRow(), 0).data(NoteListModel::UidRole).toString();
    if (const QString error = review::NotesBook::of(m_state).removeLocal(uid); !error.isEmpty())
        QMessageBox::warning(this, tr("Note not removed"), error);
}

} // namespace kai::ui
