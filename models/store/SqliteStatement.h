// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace kai::store {

// A prepared statement. Parameters are bound, never spliced into SQL text.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Parameters are 1-based, as in SQLite. Each returns *this so binds can be chained.
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, const QString &value);
    SqliteStatement &bindUtf8(int index, const char *data, int size);
    // Text that is never NULL: a null QString binds as '' (for NOT NULL text columns).
    SqliteStatement &bindText(int index, const QString &value);
    SqliteStatement &bindNull(int index);
    SqliteStatement &bind(int index, const std::optional<double> &value);
    SqliteStatement &bind(int index, const std::optional<qint64> &value);

    // true while a row is available; false when done. Throws StoreError on failure.
    bool step();
    // For statements that return no rows.
    void run();
    void reset();
    void clearBindings();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    std::optional<double> columnOptionalDouble(int column) const;
    std::optional<qint64> columnOptionalInt(int column) const;
    // For code in store/ that reads values by their SQLite type (fingerprints, dumps).
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    void check(int rc) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace kai::store
