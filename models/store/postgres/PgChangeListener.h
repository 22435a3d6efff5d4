// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DatabaseWatcher.h"

#include <QCoreApplication>
#include <QTimer>
#include <memory>

class QSocketNotifier;

namespace kai::store {

class PgConnection;

// LISTENs on the application's own server connection and reports other clients' commits. The
// socket notifier wakes it when a notification arrives while the window is idle; notifications
// that arrived with the answer to one of our own queries are already in libpq's queue, with no
// socket activity left to wake anyone, so a short timer looks at that queue too (no I/O). The
// timer also reconnects a connection that was lost while idle.
class PgChangeListener final : public DatabaseWatcher
{
    Q_OBJECT

public:
    explicit PgChangeListener(PgConnection &connection);
    ~PgChangeListener() override;

    static constexpr int QueueCheckMs = 250;
    static constexpr int ReconnectEveryTicks = 20;  // 5 s

private:
    void watchSocket();
    void check();

    PgConnection &m_connection;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_timer;
    bool m_lost = false;
    int m_ticksSinceAttempt = 0;
};

} // namespace kai::store
