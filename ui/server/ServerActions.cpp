// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ServerActions.h"

#include "DashboardState.h"
#include "server/ConnectServerDialog.h"
#include "server/SavedServers.h"
#include "server/ServerKeychain.h"
#include "store/Database.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace kai::ui {

using server::SavedServers;
using server::ServerAddress;

namespace {
constexpr int NoticeTimeoutMs = 15000;
}

ServerActions::ServerActions(DashboardState &state, QMainWindow &window)
    : QObject(&window), m_state(state), m_window(window)
{
    m_connect = new QAction(this);
    m_connect->setObjectName(QStringLiteral("connectServerAction"));
    // Modal like the window's other dialogs: the menu waits until it is closed.
    connect(m_connect, &QAction::triggered, this, [this] { openDialog()->exec(); });
    m_recent = new QMenu(&window);
    m_recent->setObjectName(QStringLiteral("recentServersMenu"));
    connect(m_recent, &QMenu::aboutToShow, this, &ServerActions::fillRecentMenu);
    connect(&m_state, &DashboardState::databaseChanged, this, &ServerActions::rememberOpened);
    fillRecentMenu();
}

void ServerActions::addTo(QMenu *fileMenu)
{
    fileMenu->addAction(m_connect);
    fileMenu->addMenu(m_recent);
}

void ServerActions::retranslate()
{
    m_connect->setText(tr("Connect to &Server…"));
    m_connect->setToolTip(tr("Open a shared PostgreSQL database on a server"));
    m_recent->setTitle(tr("Recent Ser&vers"));
    // Only the placeholder is translated: rebuilding the menu here would delete actions that a
    // caller may still hold (a language change arrives as a posted event).
    for (QAction *action : m_recent->actions()) {
        if (!action->isEnabled())
            action->setText(tr("No saved connections"));
    }
}

void ServerActions::fillRecentMenu()
{
    m_recent->clear();
    const QList<ServerAddress> saved = SavedServers::all();
    for (const ServerAddress &address : saved) {
        QAction *action = m_recent->addAction(QStringLiteral("%1 (%2)").arg(address.name, address.label()));
        const QString name = address.name;
        connect(action, &QAction::triggered, this, [this, name] { connectSaved(name); });
    }
    if (saved.isEmpty())
        m_recent->addAction(tr("No saved connections"))->setEnabled(false);
}

ConnectServerDialog *ServerActions::openDialog(const QString &savedName, const QString &message)
{
    auto *dialog = new ConnectServerDialog(&m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!savedName.isEmpty())
        dialog->showSaved(savedName, message);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { adopt(*dialog); });
    dialog->open();
    return dialog;
}

void ServerActions::adopt(ConnectServerDialog &dialog)
{
    if (std::unique_ptr<store::Database> database = dialog.takeDatabase())
        m_state.setDatabase(std::move(database));
    if (!dialog.notice().isEmpty())
        m_window.statusBar()->showMessage(dialog.notice(), NoticeTimeoutMs);
}

bool ServerActions::connectSaved(const QString &name)
{
    const std::optional<ServerAddress> address = SavedServers::find(name);
    if (!address)
        return false;
    store::Database::OpenOptions options;
    options.readOnly = true;
    const QString password = server::ServerKeychain::read(address->uri()).password;
    store::Database::OpenResult opened = store::Database::open(address->uri(), options, password);
    if (!opened) {
        openDialog(name, opened.error);
        return false;
    }
    m_state.setDatabase(std::move(opened.database));
    return true;
}

void ServerActions::rememberOpened()
{
    if (const store::Database *database = m_state.database())
        SavedServers::rememberOpened(database->path(), database->isServer());
}

} // namespace kai::ui
