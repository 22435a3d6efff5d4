// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ExportRegisterStore.h"

#include "store/Database.h"
#include "store/SqlConnection.h"
#include "store/SqlTransaction.h"
#include "store/StoreError.h"

#include <QDir>
#include <optional>

namespace kai::store {

namespace {
const auto TimestampFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ");  // as SealedResultStore records times
}

void ExportRegisterStore::record(const history::ExportRecord &record)
{
    std::optional<SqlTransaction> transaction;
    if (!m_connection.inTransaction())
        transaction.emplace(m_connection);
    SqlQuery insert = m_connection.query(QStringLiteral(
        "INSERT INTO export_register (exported_at, target, language, profile, as_of, checksum, file_name) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    insert.bind(1, record.exportedAt.toUTC().toString(TimestampFormat)).bind(2, record.target).bind(3, record.language);
    insert.bind(4, record.profile).bind(5, record.asOf.toString(Qt::ISODate)).bind(6, record.checksum);
    insert.bind(7, record.fileName);
    insert.run();
    if (transaction)
        transaction->commit();
}

QVector<history::ExportRecord> ExportRegisterStore::list()
{
    SqlQuery query = m_connection.query(QStringLiteral(
        "SELECT exported_at, target, language, profile, as_of, checksum, file_name FROM export_register "
        "ORDER BY exported_at DESC, id DESC"));
    QVector<history::ExportRecord> records;
    while (query.step()) {
        const QDateTime at = QDateTime::fromString(query.columnText(0), Qt::ISODateWithMs).toUTC();
        records.append({at, query.columnText(1), query.columnText(2), query.columnText(3),
                        QDate::fromString(query.columnText(4), Qt::ISODate), query.columnText(5), query.columnText(6)});
    }
    return records;
}

ExportRegisterStore::Registration ExportRegisterStore::recordInFile(const QString &databasePath,
                                                                    const history::ExportRecord &record)
{
    Registration registration;
    const QString shown = QDir::toNativeSeparators(databasePath);
    Database::OpenOptions options;
    options.migrate = false;  // an export never upgrades a database behind the user's back
    Database::OpenResult opened = Database::open(databasePath, options);
    if (!opened) {
        registration.note = tr("The export was not entered in the register of %1: %2").arg(shown, opened.error);
        return registration;
    }
    return recordIn(*opened.database, record);
}

ExportRegisterStore::Registration ExportRegisterStore::recordIn(Database &database, const history::ExportRecord &record)
{
    Registration registration;
    const QString shown = QDir::toNativeSeparators(database.path());
    if (database.isReadOnly()) {
        registration.note = tr("%1 is read-only, so the export was not entered in its register.").arg(shown);
        return registration;
    }
    try {
        ExportRegisterStore(database.sql()).record(record);
        registration.recorded = true;
    } catch (const StoreError &error) {
        registration.note = tr("The export was not entered in the register of %1: %2").arg(shown, error.message());
    }
    return registration;
}

} // namespace kai::store
