// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgres/PgConnection.h"

#include "store/StoreError.h"
#include "store/postgres/PgCursor.h"

#include <QUrl>
#include <QUrlQuery>
#include <libpq-fe.h>

namespace kai::store {

namespace {
// A server that cannot be reached must not leave the window waiting on TCP's own timeout; a
// connect_timeout in the URI overrides this.
constexpr const char *ConnectTimeoutSeconds = "10";
// The advisory lock every writer of a K-AI Dashboard database takes for its transaction ("KAI").
constexpr qint64 WriterLock = 0x4B4149;
// SQLSTATE classes: 08 connection exception; 42501 insufficient privilege; 25006 read-only transaction.
bool isConnectionState(const QByteArray &state) { return state.startsWith("08") || state == "57P01"; }
} // namespace

bool PgConnection::isServerUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

QString PgConnection::shownUri(const QString &uri)
{
    QUrl url(uri);
    if (!url.isValid())
        return uri.section(QLatin1Char('@'), -1);  // never show what may be a password
    url.setPassword({});
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toString();
}

std::unique_ptr<PgConnection> PgConnection::open(const QString &uri, bool readOnly, const QString &password)
{
    const QByteArray conninfo = uri.toUtf8();
    const QByteArray secret = password.toUtf8();
    // Keywords before dbname are defaults that the URI (expanded from dbname) may override; the
    // password after it overrides the URI's (an empty list end leaves libpq's own sources).
    const char *const keywords[] = {"connect_timeout", "fallback_application_name", "dbname", "password", nullptr};
    const char *const values[] = {ConnectTimeoutSeconds, "kai-dashboard", conninfo.constData(),
                                  password.isEmpty() ? nullptr : secret.constData(), nullptr};
    PGconn *conn = PQconnectdbParams(keywords, values, 1);
    if (!conn)
        throw StoreError(tr("Could not connect to %1: out of memory.").arg(shownUri(uri)));
    if (PQstatus(conn) != CONNECTION_OK) {
        QString reason = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        reason.replace(QLatin1String("\n\t"), QLatin1String(" "));  // libpq's hint line reads on in a dialog
        if (!password.isEmpty())
            reason.replace(password, QStringLiteral("***"));
        PQfinish(conn);
        throw StoreError(tr("Could not connect to the server %1: %2").arg(shownUri(uri), reason));
    }
    std::unique_ptr<PgConnection> connection(new PgConnection(conn, readOnly));
    if (PQsetClientEncoding(conn, "UTF8") != 0)
        throw StoreError(tr("The server %1 cannot send UTF-8 text.").arg(shownUri(uri)));
    connection->applySessionSettings();
    return connection;
}

// What a session forgets when it ends, set again on every (re)connection.
void PgConnection::applySessionSettings()
{
    // extra_float_digits > 0: doubles come back as the shortest text that reads as the same bits,
    // so a value hashes the same as in an SQLite file. Notices (IF NOT EXISTS) are not messages.
    execute(QStringLiteral("SET extra_float_digits = 3; SET client_min_messages = warning"));
    execute(m_readOnly ? QStringLiteral("SET default_transaction_read_only = on")
                       : QStringLiteral("SET default_transaction_read_only = off"));
    if (m_listening)
        execute(QStringLiteral("LISTEN ") + changeChannel());
}

QString PgConnection::failureMessage(pg_conn *conn, const pg_result *result)
{
    QString reason = QString::fromUtf8(result ? PQresultErrorMessage(result) : "").trimmed();
    if (reason.isEmpty())
        reason = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    const QByteArray state = result ? QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QByteArray();
    const QString server = QStringLiteral("%1:%2/%3").arg(QString::fromUtf8(PQhost(conn)), QString::fromUtf8(PQport(conn)),
                                                          QString::fromUtf8(PQdb(conn)));
    if (PQstatus(conn) == CONNECTION_BAD || isConnectionState(state)) {
        return tr("The connection to the server %1 was lost (%2); it is opened again at the next attempt")
            .arg(server, reason.section(QLatin1Char('\n'), 0, 0));
    }
    if (state == "42501" || state == "25006") {
        return tr("The server %1 does not let the role %2 change this database; ask its administrator for the "
                  "editor role (kai_editor)").arg(server, QString::fromUtf8(PQuser(conn)));
    }
    return reason;
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

SqlQuery PgConnection::query(const QString &sql)
{
    reconnectIfLost();
    return SqlQuery(std::make_unique<PgCursor>(m_conn, sql));
}

SqlQuery PgConnection::scan(const QString &sql)
{
    // A cursor lives only inside a transaction; outside one the whole result is read as before.
    if (!inTransaction())
        return query(sql);
    return SqlQuery(std::make_unique<PgCursor>(m_conn, sql, PgCursor::ScanBatchRows));
}

void PgConnection::execute(const QString &sql)
{
    // Only for the application's own statements without values (scripts, transaction control).
    reconnectIfLost();
    PGresult *result = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const QString message = failureMessage(m_conn, result);
        PQclear(result);
        throw StoreError(message);
    }
    PQclear(result);
}

bool PgConnection::isLost() const
{
    return PQstatus(m_conn) == CONNECTION_BAD;
}

void PgConnection::reconnectIfLost()
{
    if (!isLost())
        return;
    PQreset(m_conn);
    if (isLost())
        throw StoreError(failureMessage(m_conn, nullptr));
    applySessionSettings();
    if (m_onReconnect)
        m_onReconnect();
}

void PgConnection::beginWrite()
{
    execute(QStringLiteral("BEGIN"));
    SqlQuery lock = query(QStringLiteral("SELECT pg_advisory_xact_lock(?1)"));
    lock.bind(1, WriterLock);
    lock.run();
}

void PgConnection::commitWrite()
{
    SqlQuery notify = query(QStringLiteral("SELECT pg_notify(?1, ?2)"));
    notify.bind(1, changeChannel()).bind(2, role());
    notify.run();
    execute(QStringLiteral("COMMIT"));
}

void PgConnection::rollbackWrite()
{
    // A lost connection has rolled back on the server already; nothing to reconnect for.
    if (!isLost() && inTransaction())
        execute(QStringLiteral("ROLLBACK"));
}

bool PgConnection::mayWrite()
{
    SqlQuery rights = query(QStringLiteral(
        "SELECT has_table_privilege(current_user, 'change_log', 'INSERT') "
        "   AND has_table_privilege(current_user, 'consortium', 'UPDATE')"));
    return rights.step() && rights.columnInt(0) != 0;
}

void PgConnection::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applySessionSettings();
}

void PgConnection::listen()
{
    m_listening = true;
    execute(QStringLiteral("LISTEN ") + changeChannel());
}

int PgConnection::socket() const
{
    return PQsocket(m_conn);
}

int PgConnection::takeNotifications()
{
    if (PQconsumeInput(m_conn) == 0)
        return 0;  // lost: isLost() says so
    int count = 0;
    const int self = PQbackendPID(m_conn);
    while (PGnotify *notification = PQnotifies(m_conn)) {
        if (notification->be_pid != self)
            ++count;
        PQfreemem(notification);
    }
    return count;
}

bool PgConnection::inTransaction() const
{
    // A lost connection's status is unknown: its transaction is gone with it.
    const PGTransactionStatusType status = PQtransactionStatus(m_conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

void PgConnection::beginRead()
{
    execute(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
}

QStringList PgConnection::tableNames()
{
    // Creation order, as SQLite lists its tables; partitions are part of their parent.
    SqlQuery tables = query(QStringLiteral(
        "SELECT c.relname FROM pg_catalog.pg_class c "
        " WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> ?1 "
        "   AND c.relnamespace = (SELECT n.oid FROM pg_catalog.pg_namespace n WHERE n.nspname = current_schema()) "
        " ORDER BY c.oid"));
    tables.bind(1, schemaTable());
    QStringList names;
    while (tables.step())
        names << tables.columnText(0);
    return names;
}

qint64 PgConnection::applicationId()
{
    SqlQuery exists = query(QStringLiteral("SELECT to_regclass(?1) IS NOT NULL"));
    exists.bind(1, schemaTable());
    if (!exists.step() || exists.columnInt(0) == 0)
        return 0;
    SqlQuery row = query(QStringLiteral("SELECT application_id FROM kai_schema"));
    return row.step() ? row.columnInt(0) : 0;
}

int PgConnection::schemaVersion()
{
    if (applicationId() == 0)
        return 0;
    SqlQuery row = query(QStringLiteral("SELECT version FROM kai_schema"));
    return row.step() ? int(row.columnInt(0)) : 0;
}

QString PgConnection::serverName() const
{
    const QString host = QString::fromUtf8(PQhost(m_conn));
    const QString port = QString::fromUtf8(PQport(m_conn));
    return QStringLiteral("%1:%2/%3").arg(host, port, QString::fromUtf8(PQdb(m_conn)));
}

QString PgConnection::role() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

} // namespace kai::store
