// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>
#include <optional>

namespace kai::store {

// A value's storage class as SQLite names them; the PostgreSQL engine maps its column types onto
// these, so code that hashes rows (DatabaseFingerprint) sees the same values on both engines.
enum class SqlType { Null, Integer, Real, Text, Blob };

// One engine's prepared statement behind SqlQuery. Parameters are 1-based and always bound,
// never spliced into SQL text.
class SqlCursor
{
public:
    virtual ~SqlCursor() = default;
    virtual void bindInt(int index, qint64 value) = 0;
    virtual void bindDouble(int index, double value) = 0;
    virtual void bindText(int index, const QString &value) = 0;
    virtual void bindNull(int index) = 0;
    // true while a row is available; throws StoreError on failure.
    virtual bool step() = 0;
    virtual int columnCount() const = 0;
    virtual SqlType columnType(int column) const = 0;
    virtual qint64 columnInt(int column) const = 0;
    virtual double columnDouble(int column) const = 0;
    virtual QString columnText(int column) const = 0;
    // Text as UTF-8 bytes, blobs as they are.
    virtual QByteArray columnBytes(int column) const = 0;
    // A text value's UTF-8 bytes without a copy, valid until the next step(): the checksum reads
    // every row of every table through it.
    virtual QByteArrayView columnTextView(int column) const = 0;
};

// An engine-neutral prepared statement with the same calls as SqliteStatement, so code that only
// reads (the repositories behind every view) is written once for SQLite and PostgreSQL.
class SqlQuery
{
public:
    explicit SqlQuery(std::unique_ptr<SqlCursor> cursor) : m_cursor(std::move(cursor)) {}

    SqlQuery &bind(int index, qint64 value);
    SqlQuery &bind(int index, int value) { return bind(index, qint64(value)); }
    SqlQuery &bind(int index, double value);
    // A null QString binds NULL.
    SqlQuery &bind(int index, const QString &value);
    SqlQuery &bindNull(int index);
    SqlQuery &bind(int index, const std::optional<double> &value);
    SqlQuery &bind(int index, const std::optional<qint64> &value);

    bool step() { return m_cursor->step(); }
    void run();

    int columnCount() const { return m_cursor->columnCount(); }
    SqlType columnType(int column) const { return m_cursor->columnType(column); }
    bool isNull(int column) const { return columnType(column) == SqlType::Null; }
    qint64 columnInt(int column) const { return m_cursor->columnInt(column); }
    double columnDouble(int column) const { return m_cursor->columnDouble(column); }
    QString columnText(int column) const { return m_cursor->columnText(column); }
    QByteArray columnBytes(int column) const { return m_cursor->columnBytes(column); }
    QByteArrayView columnTextView(int column) const { return m_cursor->columnTextView(column); }
    std::optional<double> columnOptionalDouble(int column) const;
    std::optional<qint64> columnOptionalInt(int column) const;

private:
    std::unique_ptr<SqlCursor> m_cursor;
};

} // namespace kai::store
