// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SqlConnection.h"

#include <QCoreApplication>
#include <memory>

struct pg_conn;

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
    void execute(const QString &sql) override;
    bool isReadOnly() const override { return m_readOnly; }
    bool inTransaction() const override;
    void beginRead() override;
    QStringList tableNames() override;
    qint64 applicationId() override;
    int schemaVersion() override;

    // "host:port/dbname", and the role the server signed us in as.
    QString serverName() const;
    QString role() const;
    // The engine's bookkeeping table (application id and schema version), like SQLite's PRAGMAs.
    static QString schemaTable() { return QStringLiteral("kai_schema"); }

    pg_conn *handle() const { return m_conn; }

private:
    PgConnection(pg_conn *conn, bool readOnly) : m_conn(conn), m_readOnly(readOnly) {}

    pg_conn *m_conn = nullptr;
    bool m_readOnly = false;
};

} // namespace kai::store
