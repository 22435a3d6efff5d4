// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AboutDialog.h"

#include "items/SourceTableModel.h"
#include "review/ItemKeys.h"
#include "review/NoteMarkers.h"
#include "store/SqliteConnection.h"

#include "DashboardState.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kai::ui {

QString AboutDialog::versionText()
{
    return tr("Version %1 · Qt %2 · SQLite %3")
        .arg(QStringLiteral(KAI_VERSION), QString::fromLatin1(qVersion()), store::SqliteConnection::libraryVersion());
}

AboutDialog::AboutDialog(const DashboardState &state, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About K-AI Dashboard"));
    auto *heading = new QLabel(tr("<h2>K-AI Dashboard</h2><p>The Sovereign AI Foundation Model Project "
                                  "(Ministry of Science and ICT) at a glance.</p>"),
                               this);
    auto *version = new QLabel(versionText(), this);
    version->setObjectName(QStringLiteral("versionLabel"));
    auto *licence = new QLabel(tr("Licensed under the GNU General Public License, version 3 or later. Figures "
                                  "marked as illustrative samples are not official."),
                               this);
    licence->setWordWrap(true);
    // The full path lives here and in the status bar's tooltip, not in the status bar itself, where
    // it would show the user's account name in every screenshot.
    const QString path = state.databasePath();
    auto *database = new QLabel(path.isEmpty() ? tr("No database open")
                                               : tr("Database: %1").arg(QDir::toNativeSeparators(path)),
                                this);
    database->setObjectName(QStringLiteral("databasePathLabel"));
    database->setWordWrap(true);
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *sourcesLabel = new QLabel(tr("Data sources:"), this);

    auto *sources = m_sources = new QTableView(this);
    sources->setObjectName(QStringLiteral("sourcesTable"));
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(new SourceTableModel(state, this));
    proxy->setSortRole(SnapshotTableModel::SortRole);
    sources->setModel(proxy);
    sources->setSortingEnabled(true);
    sources->verticalHeader()->setVisible(false);
    sources->horizontalHeader()->setStretchLastSection(true);
    sources->setAccessibleName(tr("Data sources"));
    sourcesLabel->setBuddy(sources);
    sources->setSelectionBehavior(QAbstractItemView::SelectRows);
    NoteMarkers::attach(sources, state, [&state](const QModelIndex &index) {
        return review::ItemKeys::source(state.snapshot(), index.data(SnapshotTableModel::IdRole).toLongLong());
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(version);
    layout->addWidget(licence);
    layout->addWidget(database);
    layout->addWidget(sourcesLabel);
    layout->addWidget(sources, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}

void AboutDialog::selectSource(qint64 sourceId)
{
    QAbstractItemModel *model = m_sources->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(SnapshotTableModel::IdRole).toLongLong() == sourceId) {
            m_sources->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                    | QItemSelectionModel::Rows);
            m_sources->scrollTo(index);
            return;
        }
    }
}

} // namespace kai::ui
