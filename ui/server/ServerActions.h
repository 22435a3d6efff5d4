// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QMainWindow;

namespace kai {
class DashboardState;
}

namespace kai::ui {

class ConnectServerDialog;

// The window's entries for server databases: File → Connect to Server… and File → Recent Servers
// (the saved connections). Also notes which database the window is on, so that the next start
// returns to a server (SavedServers).
class ServerActions : public QObject
{
    Q_OBJECT

public:
    ServerActions(DashboardState &state, QMainWindow &window);

    void addTo(QMenu *fileMenu);
    void retranslate();
    QAction *connectAction() const { return m_connect; }
    QMenu *recentMenu() const { return m_recent; }

    // Opens the dialog (window-modal, deleted when closed), on a saved connection if one is named,
    // with a message under it; on Connect the window moves to the server.
    ConnectServerDialog *openDialog(const QString &savedName = {}, const QString &message = {});
    // Connects to a saved connection with its remembered password; on failure opens the dialog on
    // it with the reason. Returns true when the window is now on the server.
    bool connectSaved(const QString &name);

private:
    void fillRecentMenu();
    void adopt(ConnectServerDialog &dialog);
    void rememberOpened();

    DashboardState &m_state;
    QMainWindow &m_window;
    QAction *m_connect = nullptr;
    QMenu *m_recent = nullptr;
};

} // namespace kai::ui
