// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <memory>

namespace kai::store {

class Database;

// Tells the application that another client committed a change to the open database, so it can
// reload. A server pushes this (LISTEN/NOTIFY); a file has no watcher (create() gives null): its
// writers are this window or a command the user started.
class DatabaseWatcher : public QObject
{
    Q_OBJECT

public:
    static std::unique_ptr<DatabaseWatcher> create(Database &database);

signals:
    void changedElsewhere();
    // The connection was lost or came back; the message is translated and empty when it came back.
    void connectionProblem(const QString &message);

protected:
    DatabaseWatcher() = default;
};

} // namespace kai::store
