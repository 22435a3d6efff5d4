// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

namespace kai::store {

class SqlConnection;

// Who writes: the operating-system account, the display name the user chose in the settings
// (optional) and the application's version. Stamped on every change-log row.
struct ChangeAuthor
{
    QString osAccount;
    QString displayName;
    QString appVersion;

    static ChangeAuthor current();
    // Set once at start-up from the settings (and again when the user changes it).
    static void setDisplayName(const QString &name);
};

// One row of the change log: one field of one fact, as it was and as it became.
struct ChangeLogEntry
{
    qint64 id = 0;
    QDateTime changedAt;  // UTC
    QString osAccount;
    QString displayName;
    QString appVersion;
    QString action;  // edit, undo, redo, import, migration
    QString batch;   // shared by the rows of one transaction
    QString summary;
    QString kind;
    QString factKey;
    QString field;
    QString oldValue;  // null QString: there was none (a new fact)
    QString newValue;  // null QString: there is none (a removed fact)
    QString source;
    QString reason;

    QString author() const { return displayName.isEmpty() ? osAccount : displayName; }
};

// Appends the rows of one transaction to the append-only change log. Call inside the caller's
// transaction: the log and the change it describes commit or roll back together.
class ChangeLogWriter
{
public:
    ChangeLogWriter(SqlConnection &connection, const QString &action, const QString &summary,
                    const QString &reason = {});

    void append(const QString &kind, const QString &factKey, const QString &field, const QString &oldValue,
                const QString &newValue, const QString &source = {});
    int rowsWritten() const { return m_rows; }

private:
    SqlConnection &m_connection;
    QString m_action;
    QString m_summary;
    QString m_reason;
    QString m_batch;
    QString m_changedAt;
    ChangeAuthor m_author;
    int m_rows = 0;
};

// Reads the change log, newest first. Databases older than schema version 4 have none: empty.
class ChangeLogRepository
{
public:
    explicit ChangeLogRepository(SqlConnection &connection) : m_connection(connection) {}

    // Rows changed on or after `since` (UTC day; null: all).
    QVector<ChangeLogEntry> load(const QDate &since = {});
    // Rows written at or after a moment, oldest first. The log keeps whole seconds: a row of the
    // moment's own second counts as later (listed twice is better than missed).
    QVector<ChangeLogEntry> loadFrom(const QDateTime &since);
    bool exists();

private:
    QVector<ChangeLogEntry> read(const QString &sql, const QString &from);

    SqlConnection &m_connection;
};

} // namespace kai::store
