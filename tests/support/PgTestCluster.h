// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace kai::test {

// A throwaway PostgreSQL cluster for one test: initdb into a temporary folder, the server listening
// on a Unix socket in that folder only (no TCP), trust authentication for the role `kai`, stopped
// and removed with the object. With KAI_TEST_PG_CACHE set (CTest sets it), the first executable
// keeps its fresh cluster, sample template included, in that folder and later ones copy it
// instead of running initdb and filling the template again (12 s of each executable's 13 here). PostgreSQL refuses to run as root, so as root (CI) the server runs
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
    // A new database holding the embedded sample, cloned from a template that is filled once per
    // cluster (init --sample takes seconds, a clone a fraction of one); empty on failure (reason()).
    // An empty name only makes the template.
    QString createSampleDatabase(const QString &name);
    QString uri(const QString &database) const;
    // The socket folder and port, as a user types them into the connect dialog or libpq keywords.
    QString socketFolder() const { return m_folder.path(); }
    static int port() { return Port; }
    // Runs statements as the superuser `kai` in the database named (roles, grants, CREATE DATABASE).
    bool execute(const QString &database, const QString &sql);
    // Replaces pg_hba.conf with `lines` and reloads the server (a password login test).
    bool setHostBasedAuthentication(const QString &lines);

    // The one cluster of this test executable (TestEngine.h's runTest), or null when it has none.
    static PgTestCluster *shared();

private:
    bool run(const QString &program, const QStringList &arguments, bool asServerUser);
    bool startServer();
    bool stopServer();
    QString cacheKey() const;
    void storeInCache(const QString &cached);

    QString m_binDir;
    QTemporaryDir m_folder{QStringLiteral("/tmp/kai-pg-XXXXXX")};
    QString m_serverUser;  // empty: the current user
    bool m_started = false;
    QString m_reason;
    bool m_sampleTemplateMade = false;
    static constexpr int Port = 5433;  // only names the socket file inside the private folder
};

} // namespace kai::test
