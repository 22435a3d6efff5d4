// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ChangeLog.h"

#include "store/SqlConnection.h"

#include <QCoreApplication>
#include <QUuid>

namespace kai::store {

namespace {
QString &displayNameSetting()
{
    static QString name;
    return name;
}

QString optionalText(const SqlQuery &row, int column)
{
    return row.isNull(column) ? QString() : row.columnText(column);
}

void bindOptional(SqlQuery &statement, int index, const QString &text)
{
    if (text.isNull())
        statement.bindNull(index);
    else
        statement.bind(index, text);
}
} // namespace

ChangeAuthor ChangeAuthor::current()
{
    // USERNAME on Windows, USER elsewhere; both are what the login session says, not a check.
    QString account = qEnvironmentVariable("USERNAME");
    if (account.isEmpty())
        account = qEnvironmentVariable("USER");
    if (account.isEmpty())
        account = QStringLiteral("unknown");
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty())
        version = QStringLiteral(KAI_VERSION);
    return {account, displayNameSetting(), version};
}

void ChangeAuthor::setDisplayName(const QString &name)
{
    displayNameSetting() = name.trimmed();
}

ChangeLogWriter::ChangeLogWriter(SqlConnection &connection, const QString &action, const QString &summary,
                                 const QString &reason)
    : m_connection(connection), m_action(action), m_summary(summary), m_reason(reason.trimmed()),
      m_batch(QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_changedAt(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))),
      m_author(ChangeAuthor::current())
{
}

void ChangeLogWriter::append(const QString &kind, const QString &factKey, const QString &field,
                             const QString &oldValue, const QString &newValue, const QString &source)
{
    SqlQuery insert = m_connection.query(QStringLiteral(
        "INSERT INTO change_log (changed_at, os_account, display_name, app_version, action, batch, summary, kind, "
        "fact_key, field, old_value, new_value, source, reason) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"));
    insert.bind(1, m_changedAt).bind(2, m_author.osAccount);
    bindOptional(insert, 3, m_author.displayName.isEmpty() ? QString() : m_author.displayName);
    insert.bind(4, m_author.appVersion).bind(5, m_action).bind(6, m_batch).bind(7, m_summary).bind(8, kind);
    insert.bind(9, factKey).bind(10, field);
    bindOptional(insert, 11, oldValue);
    bindOptional(insert, 12, newValue);
    bindOptional(insert, 13, source.isEmpty() ? QString() : source);
    bindOptional(insert, 14, m_reason.isEmpty() ? QString() : m_reason);
    insert.run();
    ++m_rows;
}

bool ChangeLogRepository::exists()
{
    return m_connection.hasTable(QStringLiteral("change_log"));
}

QVector<ChangeLogEntry> ChangeLogRepository::load(const QDate &since)
{
    return read(QStringLiteral("ORDER BY id DESC"), since.isValid() ? since.toString(Qt::ISODate) : QStringLiteral("0000"));
}

QVector<ChangeLogEntry> ChangeLogRepository::loadFrom(const QDateTime &since)
{
    return read(QStringLiteral("ORDER BY id"), since.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
}

QVector<ChangeLogEntry> ChangeLogRepository::read(const QString &order, const QString &from)
{
    QVector<ChangeLogEntry> entries;
    if (!exists())
        return entries;
    SqlQuery query = m_connection.query(QStringLiteral(
        "SELECT id, changed_at, os_account, display_name, app_version, action, batch, summary, kind, fact_key, "
        "field, old_value, new_value, source, reason FROM change_log WHERE changed_at >= ?1 ") + order);
    query.bind(1, from);
    while (query.step()) {
        ChangeLogEntry entry;
        entry.id = query.columnInt(0);
        entry.changedAt = QDateTime::fromString(query.columnText(1), Qt::ISODate).toUTC();
        entry.osAccount = query.columnText(2);
        entry.displayName = optionalText(query, 3);
        entry.appVersion = query.columnText(4);
        entry.action = query.columnText(5);
        entry.batch = query.columnText(6);
        entry.summary = query.columnText(7);
        entry.kind = query.columnText(8);
        entry.factKey = query.columnText(9);
        entry.field = query.columnText(10);
        entry.oldValue = optionalText(query, 11);
        entry.newValue = optionalText(query, 12);
        entry.source = optionalText(query, 13);
        entry.reason = optionalText(query, 14);
        entries.append(entry);
    }
    return entries;
}

} // namespace kai::store
