// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/ExportRecord.h"

#include <QCoreApplication>
#include <QVector>

namespace kai::store {

class Database;
class SqlConnection;

// The register of exports: every export written while its database could be written is recorded
// (append-only; the schema refuses changes), so a later briefing can ask what changed since.
class ExportRegisterStore
{
    Q_DECLARE_TR_FUNCTIONS(ExportRegisterStore)

public:
    explicit ExportRegisterStore(SqlConnection &connection) : m_connection(connection) {}

    // One transaction (or a savepoint of the caller's). Throws StoreError.
    void record(const history::ExportRecord &record);
    // Newest first.
    QVector<history::ExportRecord> list();

    struct Registration
    {
        bool recorded = false;
        QString note;  // translated: why it was not recorded (read-only file, older schema, error)
    };
    // Opens the database file for writing just long enough to record one export. A file that
    // cannot be written is not an error: the export stands, the note says why it is not registered.
    static Registration recordInFile(const QString &databasePath, const history::ExportRecord &record);
    // The same for a database already open (a server is not reopened: its password is not kept).
    static Registration recordIn(Database &database, const history::ExportRecord &record);

private:
    SqlConnection &m_connection;
};

} // namespace kai::store
