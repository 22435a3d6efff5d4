// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgres/PgChangeListener.h"

#include "store/StoreError.h"
#include "store/postgres/PgConnection.h"

#include <QSocketNotifier>
#include <spdlog/spdlog.h>

namespace kai::store {

PgChangeListener::PgChangeListener(PgConnection &connection) : m_connection(connection)
{
    try {
        m_connection.listen();
    } catch (const StoreError &error) {
        spdlog::warn("cannot listen for changes: {}", error.message().toStdString());
    }
    m_connection.setReconnectHandler([this] { watchSocket(); });
    watchSocket();
    connect(&m_timer, &QTimer::timeout, this, &PgChangeListener::check);
    m_timer.start(QueueCheckMs);
}

PgChangeListener::~PgChangeListener()
{
    m_connection.setReconnectHandler({});
}

void PgChangeListener::watchSocket()
{
    m_notifier.reset();
    const int socket = m_connection.socket();
    if (socket < 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(qintptr(socket), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &PgChangeListener::check);
}

void PgChangeListener::check()
{
    if (m_connection.inTransaction())
        return;  // never between a caller's statements
    bool missed = m_lost;
    if (m_connection.isLost()) {
        m_notifier.reset();  // a closed socket stays readable
        // Reconnecting blocks until the server answers or times out: not on every tick.
        if (m_lost && ++m_ticksSinceAttempt < ReconnectEveryTicks)
            return;
        m_ticksSinceAttempt = 0;
        try {
            m_connection.reconnectIfLost();
        } catch (const StoreError &error) {
            if (!m_lost)
                emit connectionProblem(error.message());
            m_lost = true;
            return;
        }
        missed = true;  // what others committed meanwhile was announced to nobody
    }
    const int changes = m_connection.takeNotifications();
    if (m_connection.isLost())
        return;  // the next check reconnects
    if (m_lost)
        emit connectionProblem(QString());
    m_lost = false;
    if (missed || changes > 0) {
        spdlog::info("server database changed elsewhere ({} notification(s))", changes);
        emit changedElsewhere();
    }
}

} // namespace kai::store
