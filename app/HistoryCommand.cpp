// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryCommand.h"

#include "DatabaseLocator.h"
#include "store/ChangeLog.h"
#include "store/StoreError.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kai::app {

namespace {
QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QStringList fieldsOf(const store::ChangeLogEntry &e)
{
    return {e.changedAt.toString(Qt::ISODate), e.osAccount, e.displayName, e.appVersion, e.action, e.summary, e.kind,
            e.factKey, e.field, e.oldValue, e.newValue, e.source, e.reason};
}

const QStringList Columns = {QStringLiteral("changed_at"), QStringLiteral("os_account"), QStringLiteral("display_name"),
                             QStringLiteral("app_version"), QStringLiteral("action"), QStringLiteral("summary"),
                             QStringLiteral("kind"), QStringLiteral("fact_key"), QStringLiteral("field"),
                             QStringLiteral("old_value"), QStringLiteral("new_value"), QStringLiteral("source"),
                             QStringLiteral("reason")};

void printCsv(const QVector<store::ChangeLogEntry> &entries, QTextStream &out)
{
    out << Columns.join(QLatin1Char(',')) << '\n';
    for (const store::ChangeLogEntry &e : entries) {
        QStringList fields;
        for (const QString &field : fieldsOf(e))
            fields << csvField(field);
        out << fields.join(QLatin1Char(',')) << '\n';
    }
}

void printJson(const QVector<store::ChangeLogEntry> &entries, QTextStream &out)
{
    QJsonArray rows;
    for (const store::ChangeLogEntry &e : entries) {
        QJsonObject row;
        const QStringList fields = fieldsOf(e);
        for (int i = 0; i < Columns.size(); ++i)
            row.insert(Columns.at(i), fields.at(i).isNull() ? QJsonValue() : QJsonValue(fields.at(i)));
        rows.append(row);
    }
    out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

void printText(const QVector<store::ChangeLogEntry> &entries, QTextStream &out)
{
    const QString none = HistoryCommand::tr("(none)");
    for (const store::ChangeLogEntry &e : entries) {
        out << QStringLiteral("%1  %2  %3  %4 %5 %6: %7 → %8")
                   .arg(e.changedAt.toString(Qt::ISODate), e.author(), e.action, e.kind, e.factKey, e.field,
                        e.oldValue.isNull() ? none : e.oldValue, e.newValue.isNull() ? none : e.newValue);
        if (!e.source.isEmpty())
            out << QStringLiteral("  [%1]").arg(e.source);
        if (!e.reason.isEmpty())
            out << QStringLiteral("  “%1”").arg(e.reason);
        out << '\n';
    }
}
} // namespace

int HistoryCommand::run(const AppOptions &options, QTextStream &out, QTextStream &err)
{
    store::Database::OpenOptions openOptions;
    openOptions.readOnly = true;
    openOptions.migrate = false;
    store::Database::OpenResult opened = DatabaseLocator::open(options, openOptions, &err);
    if (!opened) {
        err << tr("kai-dashboard history: %1").arg(opened.error) << Qt::endl;
        return ExitBadArguments;
    }
    QVector<store::ChangeLogEntry> entries;
    try {
        store::ChangeLogRepository log(opened.database->sql());
        if (!log.exists()) {
            err << tr("kai-dashboard history: %1 has no change log yet (it was written by an older version); open it "
                      "in the window or run check --upgrade to add one.")
                       .arg(QDir::toNativeSeparators(opened.database->path()))
                << Qt::endl;
            return ExitBadArguments;
        }
        entries = log.load(options.historySince);
    } catch (const store::StoreError &error) {
        err << tr("kai-dashboard history: the change log could not be read: %1").arg(error.message()) << Qt::endl;
        return ExitBadArguments;
    }
    if (options.historyFormat == QLatin1String("csv"))
        printCsv(entries, out);
    else if (options.historyFormat == QLatin1String("json"))
        printJson(entries, out);
    else
        printText(entries, out);
    out.flush();
    return ExitOk;
}

} // namespace kai::app
