// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SampleDatabaseBuilder.h"

#include "store/ContentChecksumCache.h"
#include "store/GpuUsageRollup.h"
#include "store/IllustrativeUsageGenerator.h"
#include "store/MigrationRunner.h"
#include "store/SqliteConnection.h"
#include "store/SqliteTransaction.h"
#include "store/StoreError.h"
#include "store/VerifiedRules.h"

#include <QFile>

namespace kai::store {

void SampleDatabaseBuilder::populate(SqliteConnection &connection)
{
    QFile seed(QStringLiteral(":/kai/sample/sample-data.sql"));
    if (!seed.open(QIODevice::ReadOnly))
        throw StoreError(QStringLiteral("the sample data is missing from the application resources"));
    connection.execute(QString::fromUtf8(seed.readAll()));
    IllustrativeUsageGenerator::generate(connection, usageCutoff());
    GpuUsageRollup::rebuild(connection);
}

QString SampleDatabaseBuilder::build(const QString &path)
{
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    try {
        {
            SqliteConnection connection = SqliteConnection::open(partial, SqliteConnection::OpenMode::Create);
            connection.applyConnectionSettings();
            MigrationRunner::migrate(connection);
            SqliteTransaction transaction(connection);
            populate(connection);
            ContentChecksumCache::refresh(connection);
            // Foreign keys were enforced on every insert and the rollup was just rebuilt.
            VerifiedRules::record(connection, VerifiedRules::Rule::UsageForeignKeys);
            VerifiedRules::record(connection, VerifiedRules::Rule::DailyRollup);
            transaction.commit();
        }
        if (!QFile::rename(partial, path))
            throw StoreError(QStringLiteral("could not move %1 into place").arg(partial));
    } catch (const StoreError &error) {
        QFile::remove(partial);
        return error.message();
    }
    return {};
}

} // namespace kai::store
