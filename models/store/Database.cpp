// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include "AppDataFolder.h"
#include "files/ShownPath.h"

#include "store/ContentChecksumCache.h"
#include "store/SampleDatabaseBuilder.h"
#include "store/DatabaseFileInspector.h"
#include "store/MigrationRunner.h"
#include "store/StoreError.h"
#ifdef KAI_WITH_POSTGRESQL
#include "store/postgres/PgConnection.h"
#include "store/postgres/PgSchema.h"
#include "store/postgres/PgTableCopy.h"
#endif

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <spdlog/spdlog.h>

namespace kai::store {

namespace {
// Installing the checksum guards takes the write lock. Another program writing for long (an import
// of millions of rows) must not keep the database from opening: the guards are then installed by
// the next write transaction (ContentChecksumCache::refresh) or the next open, and until then the
// uncovered tables' checksums come from scanning them - slower, never different.
constexpr int GuardInstallWaitMs = 200;

void installChecksumGuards(SqliteConnection &connection)
{
    connection.setBusyWait(GuardInstallWaitMs, {});
    try {
        ContentChecksumCache::install(connection);
    } catch (const StoreError &error) {
        connection.setBusyWait(SqliteConnection::DefaultBusyWaitMs, {});
        if (!error.isBusy())
            throw;
        spdlog::info("checksum guards not installed now, another connection is writing: {}",
                     error.message().toStdString());
        return;
    }
    connection.setBusyWait(SqliteConnection::DefaultBusyWaitMs, {});
}
} // namespace

Database::Database(SqliteConnection connection) : m_connection(std::move(connection)) {}

Database::Database(std::unique_ptr<SqlConnection> server, const QString &shownUri, const QString &serverName,
                   const QString &role)
    : m_server(std::move(server)), m_serverUri(shownUri), m_serverName(serverName), m_role(role)
{
}

bool Database::isServerUri(const QString &path)
{
    return path.startsWith(QLatin1String("postgresql://")) || path.startsWith(QLatin1String("postgres://"));
}

Database::~Database() = default;

SqlConnection &Database::sql()
{
    if (m_server)
        return *m_server;
    return m_connection;
}

SqliteConnection &Database::connection()
{
    if (m_server)
        throw StoreError(tr("This is not available on a server database yet; use an SQLite file for it."));
    return m_connection;
}

QString Database::path() const
{
    return m_server ? m_serverUri : m_connection.path();
}

bool Database::isReadOnly() const
{
    return m_server ? m_server->isReadOnly() : m_connection.isReadOnly();
}

int Database::schemaVersion()
{
    return sql().schemaVersion();
}

QString Database::serverName() const
{
    return m_serverName;
}

QString Database::role() const
{
    return m_role;
}

#ifndef KAI_WITH_POSTGRESQL
Database::OpenResult Database::openServer(const QString &uri, const OpenOptions &, const QString &)
{
    OpenResult result;
    result.error = initServer(uri, false);
    result.unusableFile = true;
    return result;
}

QString Database::initServer(const QString &, bool, QString *)
{
    return tr("This K-AI Dashboard was built without PostgreSQL support; open an SQLite file instead.");
}
#else
Database::OpenResult Database::openServer(const QString &uri, const OpenOptions &options, const QString &password)
{
    OpenResult result;
    const QString shown = PgConnection::shownUri(uri);
    try {
        std::unique_ptr<PgConnection> server = PgConnection::open(uri, options.readOnly, password);
        result.error = PgSchema::refusal(*server, shown);
        if (result.error.isEmpty() && !options.readOnly && !server->mayWrite()) {
            // The role decides: a reader sees no edit actions, and the server refuses writes anyway.
            server->setReadOnly(true);
            result.fellBackToReadOnly = true;
            result.notes << tr("The role %1 may only read %2: editing is off.").arg(server->role(), shown);
        }
        if (result.error.isEmpty()) {
            const QString name = server->serverName();
            const QString role = server->role();
            result.database.reset(new Database(std::move(server), shown, name, role));
        }
    } catch (const StoreError &error) {
        result.error = error.message();
    }
    result.unusableFile = !result.database;
    return result;
}

QString Database::initServer(const QString &uri, bool sample, QString *summary)
{
    const QString shown = PgConnection::shownUri(uri);
    try {
        std::unique_ptr<PgConnection> server = PgConnection::open(uri, false);
        const int before = server->schemaVersion();
        PgSchema::migrate(*server, shown);
        QString done = before == MigrationRunner::latestVersion()
            ? tr("%1 already has schema version %2.").arg(shown).arg(before)
            : tr("%1 now has schema version %2 (it had %3).").arg(shown).arg(MigrationRunner::latestVersion()).arg(before);
        done += QLatin1Char(' ') + PgSchema::grantRoles(*server);
        if (sample) {
            SqlQuery existing = server->query(QStringLiteral("SELECT count(*) FROM program"));
            if (existing.step() && existing.columnInt(0) > 0)
                return tr("%1 already holds program data; the sample is only copied into an empty database.").arg(shown);
            QTemporaryDir folder;
            const QString samplePath = folder.filePath(QStringLiteral("sample.sqlite"));
            OpenResult built = createSample(samplePath);
            if (!built)
                return built.error;
            const qint64 rows = PgTableCopy::copy(built.database->sql(), *server);
            done += QLatin1Char(' ') + tr("The sample data was copied into it (%n row(s)).", nullptr, int(rows));
        }
        if (summary)
            *summary = done;
        return {};
    } catch (const StoreError &error) {
        return error.message();
    }
}
#endif

Database::OpenResult Database::open(const QString &path, const OpenOptions &options, const QString &password)
{
    return isServerUri(path) ? openServer(path, options, password) : open(path, options);
}

Database::OpenResult Database::open(const QString &path, const OpenOptions &options)
{
    if (isServerUri(path))
        return openServer(path, options, {});
    OpenResult result;
    const DatabaseFileInspector::Result inspection = DatabaseFileInspector::inspect(path);
    if (!inspection.isUsable()) {
        result.error = inspection.message;
        result.unusableFile = true;
        return result;
    }
    result.reviewCopy = inspection.reviewCopy;
    const bool keepReviewCopy = inspection.reviewCopy && !options.writeReviewCopy;
    const bool readOnly = options.readOnly || !inspection.writable || keepReviewCopy;
    result.fellBackToReadOnly = !options.readOnly && !inspection.writable;
    if (keepReviewCopy && !options.readOnly && inspection.writable)
        result.notes << tr("%1 is a review copy; it was opened read-only so that it stays as it was issued.")
                            .arg(files::shownPath(path));
    const bool needsMigration = inspection.schemaVersion < MigrationRunner::latestVersion();
    if (needsMigration && (readOnly || !options.migrate)) {
        result.upgradeAvailable = inspection.writable;
        result.error = tr("%1 uses schema version %2 and must be upgraded to version %3, which needs write access. "
                          "It was not modified.")
                           .arg(files::shownPath(path))
                           .arg(inspection.schemaVersion)
                           .arg(MigrationRunner::latestVersion());
        result.unusableFile = true;
        return result;
    }
    try {
        SqliteConnection connection = SqliteConnection::open(path, openMode(inspection, readOnly));
        if (connection.isImmutable()) {
            result.notes << tr("%1 is in a folder that cannot be written, so it was opened read-only as it is now; "
                               "changes made to it by another program while it is open are not seen.")
                                .arg(files::shownPath(path));
        }
        connection.applyConnectionSettings();
        if (!readOnly) {
            result.backupPath = MigrationRunner::migrate(connection).backupPath;
            if (!result.backupPath.isEmpty()) {
                result.notes << tr("%1 was upgraded to the current format; the previous version was saved as %2 "
                                   "(the newest %3 such copies are kept).")
                                    .arg(files::shownPath(path), files::shownPath(result.backupPath))
                                    .arg(MigrationRunner::KeptBackups);
            }
            connection.execute(QStringLiteral("PRAGMA journal_mode = WAL"));
            // Covers tables added since the last open (a migration, another program) so that
            // their checksums can be cached from the next write on.
            installChecksumGuards(connection);
        }
        result.database.reset(new Database(std::move(connection)));
    } catch (const StoreError &error) {
        result.error = tr("%1 could not be opened: %2").arg(files::shownPath(path), error.message());
        result.unusableFile = true;
    }
    return result;
}

SqliteConnection::OpenMode Database::openMode(const DatabaseFileInspector::Result &inspection, bool readOnly)
{
    if (!readOnly)
        return SqliteConnection::OpenMode::ReadWrite;
    // A plain read-only open of a WAL database needs to create the -shm file; in a read-only
    // folder it fails with "attempt to write a readonly database", which reads like damage.
    return inspection.needsImmutableOpen() ? SqliteConnection::OpenMode::Immutable
                                           : SqliteConnection::OpenMode::ReadOnly;
}

Database::OpenResult Database::createSample(const QString &path)
{
    OpenResult result;
    if (QFileInfo::exists(path)) {
        result.error = tr("%1 already exists; the sample database is only created in a new file.").arg(files::shownPath(path));
        result.unusableFile = true;
        return result;
    }
    const QString buildError = SampleDatabaseBuilder::build(path);
    if (!buildError.isEmpty()) {
        result.error = tr("The sample database could not be created at %1: %2").arg(files::shownPath(path), buildError);
        result.unusableFile = true;
        return result;
    }
    return open(path, OpenOptions{});
}

QString Database::defaultPath()
{
    return AppDataFolder::filePath(QStringLiteral("kai-dashboard.sqlite"));
}

Database::OpenResult Database::openOrCreateDefault(const OpenOptions &options)
{
    const QString path = defaultPath();
    if (QFileInfo::exists(path))
        return open(path, options);
    QDir().mkpath(QFileInfo(path).absolutePath());
    OpenResult created = createSample(path);
    if (!created || !options.readOnly)
        return created;
    created.database.reset();
    return open(path, options);
}

} // namespace kai::store
