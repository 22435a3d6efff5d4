// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgres/PgSchema.h"

#include "store/DatabaseFileInspector.h"
#include "store/MigrationRunner.h"
#include "store/SchemaInfo.h"
#include "store/StoreError.h"
#include "store/postgres/PgConnection.h"

namespace kai::store {

namespace {
QString foreignOrTooNew(PgConnection &connection, const QString &shown)
{
    const qint64 applicationId = connection.applicationId();
    if (applicationId == 0 && !connection.tableNames().isEmpty()) {
        return PgSchema::tr("%1 holds tables of another application; K-AI Dashboard leaves it untouched. "
                            "Use an empty database.")
            .arg(shown);
    }
    if (applicationId != 0 && applicationId != ApplicationId)
        return PgSchema::tr("%1 belongs to another application; K-AI Dashboard leaves it untouched.").arg(shown);
    const int version = connection.schemaVersion();
    if (version > MigrationRunner::latestVersion())
        return DatabaseFileInspector::tooNewMessage(shown, version);
    return {};
}
} // namespace

QString PgSchema::refusal(PgConnection &connection, const QString &shown)
{
    const QString refused = foreignOrTooNew(connection, shown);
    if (!refused.isEmpty())
        return refused;
    const int version = connection.schemaVersion();
    if (version == 0)
        return tr("%1 has no K-AI Dashboard schema yet; create it with kai-dashboard init --db URI [--sample].")
            .arg(shown);
    if (version < MigrationRunner::latestVersion()) {
        return tr("%1 uses schema version %2 and must be upgraded to version %3 with kai-dashboard init --db URI. "
                  "It was not modified.")
            .arg(shown)
            .arg(version)
            .arg(MigrationRunner::latestVersion());
    }
    return {};
}

void PgSchema::migrate(PgConnection &connection, const QString &shown)
{
    const QString refused = foreignOrTooNew(connection, shown);
    if (!refused.isEmpty())
        throw StoreError(refused);
    for (int version = connection.schemaVersion() + 1; version <= MigrationRunner::latestVersion(); ++version) {
        connection.execute(QStringLiteral("BEGIN"));
        try {
            if (version == 1) {
                connection.execute(QStringLiteral("CREATE TABLE kai_schema (application_id bigint NOT NULL, "
                                                  "version integer NOT NULL)"));
                connection.query(QStringLiteral("INSERT INTO kai_schema (application_id, version) VALUES (?1, 0)"))
                    .bind(1, qint64(ApplicationId))
                    .run();
            }
            connection.execute(MigrationRunner::script(version, QStringLiteral("postgres")));
            connection.query(QStringLiteral("UPDATE kai_schema SET version = ?1")).bind(1, version).run();
            connection.execute(QStringLiteral("COMMIT"));
        } catch (const StoreError &error) {
            connection.execute(QStringLiteral("ROLLBACK"));
            throw StoreError(tr("Schema version %1 could not be created on %2: %3").arg(version).arg(shown, error.message()));
        }
    }
}

} // namespace kai::store
