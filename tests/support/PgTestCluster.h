// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace kai::test {

// A throwaway PostgreSQL cluster for one test: initdb into a temporary folder, the server listening
// on a Unix socket in that folder only (no TCP), trust authentication for the role `kai`, stopped
// and removed with the object. PostgreSQL refuses to run as root, so as root (CI) the server runs
// as the unprivileged user `nobody` through runuser. POSIX only: elsewhere start() fails and says
// why (the test then skips with exit code 77).
class PgTestCluster
{
public:
    PgTestCluster() = default;
    ~PgTestCluster();
    PgTestCluster(const PgTestCluster &) = delete;
    PgTestCluster &operator=(const PgTestCluster &) = delete;

    bool start();
    QString reason() const { return m_reason; }
    // Creates an empty database owned by `kai` and returns its libpq URI.
    QString createDatabase(const QString &name);
    QString uri(const QString &database) const;

private:
    bool run(const QString &program, const QStringList &arguments, bool asServerUser);

    QString m_binDir;
    QTemporaryDir m_folder{QStringLiteral("/tmp/kai-pg-XXXXXX")};
    QString m_serverUser;  // empty: the current user
    bool m_started = false;
    QString m_reason;
    static constexpr int Port = 5433;  // only names the socket file inside the private folder
};

} // namespace kai::test
