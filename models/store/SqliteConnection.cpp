// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqliteConnection.h"

#include "store/StoreError.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <sqlite3.h>
#include <utility>

namespace kai::store {

namespace {
constexpr int BusyPollMs = 50;

// immutable=1 can only be given in a URI; QUrl percent-encodes '?', '#', '%' and non-ASCII
// characters (as UTF-8, which SQLite decodes) and writes Windows drive letters as file:///C:/.
QByteArray immutableUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
}

void throwOnError(sqlite3 *db, int rc)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw StoreError(QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)),
                         db ? sqlite3_extended_errcode(db) : rc);
}

// The SQLite side of SqlQuery: a SqliteStatement read by storage class.
class SqliteCursor final : public SqlCursor
{
public:
    explicit SqliteCursor(SqliteStatement statement) : m_statement(std::move(statement)) {}

    void bindInt(int index, qint64 value) override { m_statement.bind(index, value); }
    void bindDouble(int index, double value) override { m_statement.bind(index, value); }
    void bindText(int index, const QString &value) override { m_statement.bindText(index, value); }
    void bindNull(int index) override { m_statement.bindNull(index); }
    bool step() override { return m_statement.step(); }
    int columnCount() const override { return m_statement.columnCount(); }
    SqlType columnType(int column) const override
    {
        switch (sqlite3_column_type(m_statement.handle(), column)) {
        case SQLITE_INTEGER: return SqlType::Integer;
        case SQLITE_FLOAT: return SqlType::Real;
        case SQLITE_TEXT: return SqlType::Text;
        case SQLITE_BLOB: return SqlType::Blob;
        default: return SqlType::Null;
        }
    }
    qint64 columnInt(int column) const override { return m_statement.columnInt(column); }
    double columnDouble(int column) const override { return m_statement.columnDouble(column); }
    QString columnText(int column) const override { return m_statement.columnText(column); }
    QByteArray columnBytes(int column) const override { return columnTextView(column).toByteArray(); }
    QByteArrayView columnTextView(int column) const override
    {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement.handle(), column));
        return QByteArrayView(data, data ? sqlite3_column_bytes(m_statement.handle(), column) : 0);
    }

private:
    SqliteStatement m_statement;
};
} // namespace

SqliteConnection::~SqliteConnection()
{
    close();
}

SqliteConnection::SqliteConnection(SqliteConnection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)), m_immutable(other.m_immutable),
      m_progress(std::move(other.m_progress)), m_busy(std::move(other.m_busy))
{
    // The progress and busy trampolines hold a pointer to the connection object; re-point them.
    if (m_db && m_progress)
        sqlite3_progress_handler(m_db, 1000, &SqliteConnection::progressTrampoline, this);
    if (m_db)
        installBusyHandler();
}

SqliteConnection &SqliteConnection::operator=(SqliteConnection &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_immutable = other.m_immutable;
        m_progress = std::move(other.m_progress);
        m_busy = std::move(other.m_busy);
        if (m_db && m_progress)
            sqlite3_progress_handler(m_db, 1000, &SqliteConnection::progressTrampoline, this);
        if (m_db)
            installBusyHandler();
    }
    return *this;
}

SqliteConnection SqliteConnection::open(const QString &path, OpenMode mode)
{
    int flags = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case OpenMode::Immutable: flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI; break;
    case OpenMode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case OpenMode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    SqliteConnection connection;
    connection.m_path = path;
    connection.m_immutable = mode == OpenMode::Immutable;
    const QByteArray name = connection.m_immutable ? immutableUri(path) : QDir::toNativeSeparators(path).toUtf8();
    const int rc = sqlite3_open_v2(name.constData(), &connection.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(connection.m_db ? sqlite3_errmsg(connection.m_db)
                                                                  : sqlite3_errstr(rc));
        throw StoreError(message, rc);
    }
    connection.installBusyHandler();
    sqlite3_extended_result_codes(connection.m_db, 1);
    return connection;
}

void SqliteConnection::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool SqliteConnection::isReadOnly() const
{
    return m_db && sqlite3_db_readonly(m_db, "main") == 1;
}

void SqliteConnection::execute(const QString &sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errstr(rc));
        sqlite3_free(error);
        throw StoreError(message, sqlite3_extended_errcode(m_db));
    }
}

SqliteStatement SqliteConnection::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    throwOnError(m_db, sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr));
    return SqliteStatement(m_db, stmt);
}

qint64 SqliteConnection::queryInt(const QString &sql)
{
    SqliteStatement statement = prepare(sql);
    return statement.step() ? statement.columnInt(0) : 0;
}

SqlQuery SqliteConnection::query(const QString &sql)
{
    return SqlQuery(std::make_unique<SqliteCursor>(prepare(sql)));
}

void SqliteConnection::beginRead()
{
    // In WAL mode a deferred transaction's first read fixes the snapshot its later reads see.
    execute(QStringLiteral("BEGIN"));
}

QStringList SqliteConnection::tableNames()
{
    SqliteStatement statement = prepare(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid"));
    QStringList names;
    while (statement.step())
        names << statement.columnText(0);
    return names;
}

qint64 SqliteConnection::applicationId()
{
    return queryInt(QStringLiteral("PRAGMA application_id"));
}

int SqliteConnection::schemaVersion()
{
    return int(queryInt(QStringLiteral("PRAGMA user_version")));
}

void SqliteConnection::applyConnectionSettings()
{
    if (inTransaction())
        throw StoreError(QStringLiteral("connection settings cannot be applied inside a transaction"));
    execute(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;"));
    if (queryInt(QStringLiteral("PRAGMA foreign_keys")) != 1)
        throw StoreError(QStringLiteral("this SQLite build cannot enforce foreign keys"));
}

qint64 SqliteConnection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteConnection::changes() const
{
    return sqlite3_changes(m_db);
}

bool SqliteConnection::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

void SqliteConnection::interrupt()
{
    if (m_db)
        sqlite3_interrupt(m_db);
}

int SqliteConnection::progressTrampoline(void *self)
{
    auto *connection = static_cast<SqliteConnection *>(self);
    return connection->m_progress && !connection->m_progress() ? 1 : 0;
}

void SqliteConnection::setProgressHandler(int instructions, std::function<bool()> handler)
{
    m_progress = std::move(handler);
    if (m_progress)
        sqlite3_progress_handler(m_db, instructions, &SqliteConnection::progressTrampoline, this);
    else
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

void SqliteConnection::setBusyWait(int timeoutMs, BusyWaitReport waiting)
{
    m_busy.timeoutMs = timeoutMs;
    m_busy.report = std::move(waiting);
}

void SqliteConnection::installBusyHandler()
{
    sqlite3_busy_handler(m_db, &SqliteConnection::busyTrampoline, this);
}

int SqliteConnection::busyTrampoline(void *self, int attempt)
{
    BusyWait &busy = static_cast<SqliteConnection *>(self)->m_busy;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (attempt == 0) {
        busy.startedMs = now;
        busy.reportedSeconds = 0;
    }
    const int waited = int(now - busy.startedMs);
    if (waited >= busy.timeoutMs) {
        if (busy.report)
            busy.report(waited, true);
        return 0;
    }
    if (busy.report && waited / 1000 > busy.reportedSeconds) {
        busy.reportedSeconds = waited / 1000;
        busy.report(waited, false);
    }
    sqlite3_sleep(BusyPollMs);
    return 1;
}

void SqliteConnection::backupTo(const QString &targetPath)
{
    SqliteConnection target = open(targetPath, OpenMode::Create);
    sqlite3_backup *backup = sqlite3_backup_init(target.m_db, "main", m_db, "main");
    if (!backup)
        throw StoreError(QString::fromUtf8(sqlite3_errmsg(target.m_db)), sqlite3_errcode(target.m_db));
    sqlite3_backup_step(backup, -1);
    const int rc = sqlite3_backup_finish(backup);
    if (rc != SQLITE_OK)
        throw StoreError(QString::fromUtf8(sqlite3_errstr(rc)), rc);
}

QString SqliteConnection::lastErrorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

QString SqliteConnection::libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace kai::store
