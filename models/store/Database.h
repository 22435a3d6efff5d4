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

    static OpenResult open(const QString &path, const OpenOptions &options);
    // Creates a new database at path from the embedded sample data. Refuses to overwrite.
    static OpenResult createSample(const QString &path);
    // The window's and every headless command's default database, created from the sample on first use.
    static QString defaultPath();
    static OpenResult openOrCreateDefault(const OpenOptions &options);

    SqliteConnection &connection() { return m_connection; }
    QString path() const { return m_connection.path(); }
    bool isReadOnly() const { return m_connection.isReadOnly(); }
    int schemaVersion();

private:
    static SqliteConnection::OpenMode openMode(const DatabaseFileInspector::Result &inspection, bool readOnly);
    explicit Database(SqliteConnection connection) : m_connection(std::move(connection)) {}

    SqliteConnection m_connection;
};

} // namespace kai::store
