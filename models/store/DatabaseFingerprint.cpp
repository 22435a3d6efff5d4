// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DatabaseFingerprint.h"

#include "store/ReviewManifestStore.h"
#include "store/SqliteConnection.h"

#include <QCryptographicHash>
#include <QStringList>
#include <QtEndian>
#include <cstring>
#include <sqlite3.h>

namespace kai::store {

namespace {

QStringList userTables(SqliteConnection &connection)
{
    // sqlite_sequence and other sqlite_* tables are bookkeeping, not data. The change log is the
    // history of the data, not the data (an edit and its undo give back the same checksum); every
    // export writes to the register of exports (the same data must keep the same checksum); a review
    // copy's manifest records this checksum, so it cannot be part of it; reviewers' notes are remarks
    // about the data, not the data.
    SqliteStatement statement = connection.prepare(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
        "AND name NOT IN ('change_log', 'export_register', 'review_note', ?1) ORDER BY name"));
    statement.bind(1, ReviewManifestStore::tableName());
    QStringList names;
    while (statement.step())
        names << statement.columnText(0);
    return names;
}

QString quotedIdentifier(const QString &name)
{
    // Table names come from the file's own schema, never from the user; quoting keeps any odd
    // name an identifier rather than SQL.
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void addValue(QCryptographicHash &hash, sqlite3_stmt *statement, int column)
{
    const int type = sqlite3_column_type(statement, column);
    const char tag = char('0' + type);
    hash.addData(QByteArrayView(&tag, 1));
    switch (type) {
    case SQLITE_INTEGER: {
        const qint64 value = qToLittleEndian(qint64(sqlite3_column_int64(statement, column)));
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&value), sizeof value));
        break;
    }
    case SQLITE_FLOAT: {
        const double number = sqlite3_column_double(statement, column);
        quint64 bits = 0;
        std::memcpy(&bits, &number, sizeof bits);
        bits = qToLittleEndian(bits);
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&bits), sizeof bits));
        break;
    }
    case SQLITE_NULL: break;
    default: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(statement, column));
        const qint64 size = sqlite3_column_bytes(statement, column);
        const quint32 length = qToLittleEndian(quint32(size));
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
        if (data)
            hash.addData(QByteArrayView(data, size));
    }
    }
}

// Row order is not content: each row's hash is added (mod 2^64), a multiset hash.
void addTable(QCryptographicHash &total, SqliteConnection &connection, const QString &table)
{
    SqliteStatement statement = connection.prepare(QStringLiteral("SELECT * FROM %1").arg(quotedIdentifier(table)));
    quint64 sum = 0;
    quint64 rows = 0;
    QCryptographicHash row(QCryptographicHash::Sha256);
    while (statement.step()) {
        row.reset();
        for (int column = 0, columns = statement.columnCount(); column < columns; ++column)
            addValue(row, statement.handle(), column);
        const QByteArrayView digest = row.resultView();
        sum += qFromLittleEndian<quint64>(digest.data());
        ++rows;
    }
    total.addData(table.toUtf8());
    const quint64 counts[] = {qToLittleEndian(rows), qToLittleEndian(sum)};
    total.addData(QByteArrayView(reinterpret_cast<const char *>(counts), sizeof counts));
}

} // namespace

QByteArray DatabaseFingerprint::sha256()
{
    QCryptographicHash total(QCryptographicHash::Sha256);
    for (const QString &table : userTables(m_connection))
        addTable(total, m_connection, table);
    return total.result();
}

QString DatabaseFingerprint::shortHex()
{
    return QString::fromLatin1(sha256().toHex().left(8));
}

} // namespace kai::store
