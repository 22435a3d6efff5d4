// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SqlConnection.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

struct pg_conn;
struct pg_result;

namespace kai::store {

// One libpq connection to a PostgreSQL server, the second engine behind SqlConnection. Every
// statement with values goes through PQexecParams (values travel apart from the SQL text, so no
// SQL is ever built from user text); text results are mapped onto SQLite's storage classes.
class PgConnection final : public SqlConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)

public:
    // A libpq connection URI (postgresql://host[:port]/dbname?...). Throws StoreError with a
    // message naming the server and libpq's reason. readOnly makes every transaction read-only,
    // so the server refuses writes whatever the role may do. A non-empty password is given to
    // libpq as a keyword of its own (it overrides one in the URI) and appears in no message.
    static std::unique_ptr<PgConnection> open(const QString &uri, bool readOnly, const QString &password = {});
    static bool isServerUri(const QString &text);
    // The URI without its password, for messages and the status bar.
    static QString shownUri(const QString &uri);

    ~PgConnection() override;
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    Engine engine() const override { return Engine::PostgreSql; }
    SqlQuery query(const QString &sql) override;
    SqlQuery scan(const QString &sql) override;
    void execute(const QString &sql) override;
    bool isReadOnly() const override { return m_readOnly; }
    bool inTransaction() const override;
    void beginRead() override;
    // Writers take one advisory lock for their transaction, so two clients' edits follow each
    // other as on SQLite and each one's optimistic check reads what it overwrites; the commit
    // notifies every listening client (NOTIFY is delivered only if the transaction commits).
    void beginWrite() override;
    void commitWrite() override;
    void rollbackWrite() override;
    QStringList tableNames() override;
    qint64 applicationId() override;
    int schemaVersion() override;

    // "host:port/dbname", and the role the server signed us in as.
    QString serverName() const;
    QString role() const;
    // The engine's bookkeeping table (application id and schema version), like SQLite's PRAGMAs.
    static QString schemaTable() { return QStringLiteral("kai_schema"); }

    // Whether the signed-in role may change the data (the editor role's grants); the server
    // refuses writes of any other role anyway.
    bool mayWrite();
    // Makes every later transaction read-only (a reader role, or a window asked to only read).
    void setReadOnly(bool readOnly);

    // LISTEN on the change channel (kept across reconnects); the socket to watch for its
    // notifications; how many changes other clients committed since the last call (0 when the
    // connection was lost: see isLost()).
    void listen();
    int socket() const;
    int takeNotifications();
    bool isLost() const;
    // Reconnects a lost connection (a restarted server, a terminated backend). Throws StoreError
    // with a clear message when the server is still unreachable. Told to the handler, since the
    // socket changes.
    void reconnectIfLost();
    void setReconnectHandler(std::function<void()> handler) { m_onReconnect = std::move(handler); }
    static QString changeChannel() { return QStringLiteral("kai_changes"); }

    // The error a failed statement stands for, in words a user can act on when it is a lost
    // connection or a role without the right to write.
    static QString failureMessage(pg_conn *conn, const pg_result *result);

    pg_conn *handle() const { return m_conn; }

private:
    PgConnection(pg_conn *conn, bool readOnly) : m_conn(conn), m_readOnly(readOnly) {}
    void applySessionSettings();

    pg_conn *m_conn = nullptr;
    bool m_readOnly = false;
    bool m_listening = false;
    std::function<void()> m_onReconnect;
};

} // namespace kai::store
