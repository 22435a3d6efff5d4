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

QString PgSchema::grantRoles(PgConnection &connection)
{
    // Role names are the application's own words, never user text. The bookkeeping table and the
    // append-only tables are not an editor's to change (the triggers refuse it too).
    static const QString script = QStringLiteral(R"(
DO $$
DECLARE s text := quote_ident(current_schema());
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kai_reader') THEN
        CREATE ROLE kai_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kai_editor') THEN
        CREATE ROLE kai_editor NOLOGIN;
    END IF;
    GRANT kai_reader TO kai_editor;
    EXECUTE format('GRANT USAGE ON SCHEMA %s TO kai_reader', s);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %s TO kai_reader', s);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %s TO kai_editor', s);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %s TO kai_editor', s);
    -- Imports create month partitions through kai_gpu_usage_partitions (migration 11).
    EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %s TO kai_editor', s);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON %s.kai_schema FROM kai_editor', s);
    EXECUTE format('REVOKE UPDATE, DELETE ON %s.change_log, %s.export_register FROM kai_editor', s, s);
END $$)");
    try {
        connection.execute(script);
    } catch (const StoreError &error) {
        return tr("The roles %1 and %2 were not set up (%3); create them as a role with CREATEROLE and run init again.")
            .arg(readerRole(), editorRole(), error.message());
    }
    return tr("Roles: %1 may read, %2 may read and edit (grant them to login roles).").arg(readerRole(), editorRole());
}

} // namespace kai::store
