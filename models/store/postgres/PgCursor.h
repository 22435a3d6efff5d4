// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SqlQuery.h"

#include <QByteArray>
#include <QList>
#include <optional>

struct pg_conn;
struct pg_result;

namespace kai::store {

// The PostgreSQL side of SqlQuery. The statement runs at the first step() (PQexecParams, text
// parameters, text results); its rows are then read from the result. A batched cursor (a table's
// scan) declares a server-side cursor instead and fetches batchRows rows at a time, so a client
// reading ten million usage rows holds one batch, not all of them.
class PgCursor final : public SqlCursor
{
public:
    // sql uses ?N placeholders; they become $N (outside quoted text and identifiers).
    static constexpr int ScanBatchRows = 10000;

    PgCursor(pg_conn *conn, const QString &sql, int batchRows = 0);
    ~PgCursor() override;
    PgCursor(const PgCursor &) = delete;
    PgCursor &operator=(const PgCursor &) = delete;

    static QByteArray translatePlaceholders(const QString &sql, int *parameterCount);

    void bindInt(int index, qint64 value) override;
    void bindDouble(int index, double value) override;
    void bindText(int index, const QString &value) override;
    void bindNull(int index) override;
    bool step() override;
    int columnCount() const override;
    SqlType columnType(int column) const override;
    qint64 columnInt(int column) const override;
    double columnDouble(int column) const override;
    QString columnText(int column) const override;
    QByteArray columnBytes(int column) const override;
    QByteArrayView columnTextView(int column) const override;

private:
    void setParameter(int index, std::optional<QByteArray> value);
    const char *value(int column) const;
    void execute(const QByteArray &sql, bool withParameters);
    bool fetchBatch();

    pg_conn *m_conn;
    QByteArray m_sql;
    QList<std::optional<QByteArray>> m_parameters;
    pg_result *m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    int m_batchRows = 0;
    QByteArray m_cursorName;  // set once a batched cursor is declared
};

} // namespace kai::store
