// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SqlConnection.h"
#include "store/SqliteStatement.h"

#include <QString>
#include <functional>

struct sqlite3;

namespace kai::store {

// Owns one sqlite3 handle. Never creates a file unless asked to with OpenMode::Create: opening a
// mistyped path must fail, not leave an empty database behind.
class SqliteConnection final : public SqlConnection
{
public:
    // Immutable: read-only, and SQLite assumes nobody changes the file while it is open, so it
    // takes no locks and never creates -wal or -shm files (a read-only folder, a file under
    // inspection). Changes waiting in an existing -wal are not seen.
    enum class OpenMode { ReadOnly, Immutable, ReadWrite, Create };

    SqliteConnection() = default;
    ~SqliteConnection() override;
    SqliteConnection(SqliteConnection &&other) noexcept;
    SqliteConnection &operator=(SqliteConnection &&other) noexcept;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    static SqliteConnection open(const QString &path, OpenMode mode);

    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const override;
    bool isImmutable() const { return m_immutable; }
    QString path() const { return m_path; }
    void close();

    // Runs one or more statements that take no parameters (schema scripts, PRAGMAs).
    void execute(const QString &sql) override;
    SqliteStatement prepare(const QString &sql);
    qint64 queryInt(const QString &sql);

    // SqlConnection: the engine-neutral calls of the read path.
    Engine engine() const override { return Engine::Sqlite; }
    SqlQuery query(const QString &sql) override;
    void beginRead() override;
    void beginWrite() override { execute(QStringLiteral("BEGIN IMMEDIATE")); }
    QStringList tableNames() override;
    qint64 applicationId() override;
    int schemaVersion() override;
    SqliteConnection *sqlite() override { return this; }

    // Per-connection settings that SQLite forgets on close; foreign_keys is a silent no-op inside
    // a transaction, so this refuses to run inside one.
    void applyConnectionSettings();

    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const override;

    // Cancellation from another thread (sqlite3_interrupt is documented as thread-safe), and a
    // progress callback every `instructions` VM steps on this thread; returning false interrupts.
    void interrupt();
    void setProgressHandler(int instructions, std::function<bool()> handler);

    // How long a writer waits for another writer's lock before giving up. The default (5 s)
    // suits short writes; an import waits WriterWaitMs, telling `waiting` about once a second
    // how long it has waited (and once more, with givingUp, when it stops waiting).
    static constexpr int DefaultBusyWaitMs = 5000;
    static constexpr int WriterWaitMs = 30000;
    using BusyWaitReport = std::function<void(int waitedMs, bool givingUp)>;
    void setBusyWait(int timeoutMs, BusyWaitReport waiting);

    // Online backup of the main database into a new file at targetPath (overwritten if present).
    void backupTo(const QString &targetPath);

    sqlite3 *handle() const { return m_db; }
    QString lastErrorMessage() const;

    static QString libraryVersion();

private:
    static int progressTrampoline(void *self);
    static int busyTrampoline(void *self, int attempt);
    void installBusyHandler();

    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_immutable = false;
    std::function<bool()> m_progress;
    struct BusyWait
    {
        int timeoutMs = DefaultBusyWaitMs;
        BusyWaitReport report;
        qint64 startedMs = 0;
        int reportedSeconds = 0;
    } m_busy;
};

} // namespace kai::store
