// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DatabaseFileInspector.h"
#include "store/SqliteConnection.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

namespace kai::store {


// An open K-AI Dashboard database: inspected, migrated, with the connection settings applied.
// The only way the rest of the application gets a connection.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct OpenOptions
    {
        bool readOnly = false;
        bool migrate = true;  // false: refuse an older schema instead of upgrading it (check command)
        // A review copy stays as issued: it opens read-only unless this is set.
        bool writeReviewCopy = false;
    };

    struct OpenResult
    {
        std::unique_ptr<Database> database;
        QString error;         // translated; names the file and the reason
        bool unusableFile = false;
        QString backupPath;    // written before a migration
        bool fellBackToReadOnly = false;  // asked for read-write, but the file or folder is read-only
        bool reviewCopy = false;          // a review copy (opened read-only unless writeReviewCopy)
        // The schema is older and the file writable, but OpenOptions::migrate was false: the caller
        // can offer the upgrade instead of refusing for want of write access.
        bool upgradeAvailable = false;
        QStringList notes;     // translated: how the file was opened when that is not the usual way
        explicit operator bool() const { return database != nullptr; }
    };

    // path is a file, or a PostgreSQL connection URI (postgresql://...), read-only when asked or
    // when its role may not write; its password comes from libpq (.pgpass, PGPASSWORD), never from settings.
    static OpenResult open(const QString &path, const OpenOptions &options);
    // A server whose password (from the connect dialog or the system keychain) is handed to libpq
    // apart from the URI, so that it is never part of what is shown, logged or saved. An empty
    // password leaves it to libpq as open() does; a file path opens the file.
    static OpenResult open(const QString &path, const OpenOptions &options, const QString &password);
    // Creates (or upgrades) the schema on the server database at uri; with sample, fills an empty
    // one with the embedded sample data, copied from a temporary SQLite sample through the store.
    // Returns a translated reason, empty on success; `summary` says what was done.
    static QString initServer(const QString &uri, bool sample, QString *summary = nullptr);
    // Creates a new database at path from the embedded sample data. Refuses to overwrite.
    static OpenResult createSample(const QString &path);
    // The window's and every headless command's default database, created from the sample on first use.
    static QString defaultPath();
    static OpenResult openOrCreateDefault(const OpenOptions &options);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The engine-neutral connection: what the read path (every view, check, export) uses.
    SqlConnection &sql();
    // The SQLite file's own connection, for what only a file supports yet (imports, review notes,
    // review copies, PRAGMAs). Throws StoreError with a clear message on a server database.
    SqliteConnection &connection();
    // A file's path, or a server's URI without its password.
    QString path() const;
    bool isReadOnly() const;
    int schemaVersion();

    bool isServer() const { return m_server != nullptr; }
    static bool isServerUri(const QString &path);
    // host:port/dbname and the role signed in; empty for a file.
    QString serverName() const;
    QString role() const;

private:
    static SqliteConnection::OpenMode openMode(const DatabaseFileInspector::Result &inspection, bool readOnly);
    static OpenResult openServer(const QString &uri, const OpenOptions &options, const QString &password);
    explicit Database(SqliteConnection connection);
    Database(std::unique_ptr<SqlConnection> server, const QString &shownUri, const QString &serverName,
             const QString &role);

    SqliteConnection m_connection;
    std::unique_ptr<SqlConnection> m_server;  // a PostgreSQL connection when the database is a server
    QString m_serverUri;
    QString m_serverName;
    QString m_role;
};

} // namespace kai::store
