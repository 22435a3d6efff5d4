// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"

#include "AppProcess.h"

namespace kai::test {

namespace {
PgTestCluster *sharedTestCluster = nullptr;
} // namespace

TestEngine testEngine()
{
    return qEnvironmentVariable("KAI_TEST_ENGINE").compare(QLatin1String("postgresql"), Qt::CaseInsensitive) == 0
        ? TestEngine::PostgreSql
        : TestEngine::Sqlite;
}

QString dropTriggerStatement(const QString &trigger, const QString &table)
{
    return testsOnServer() ? QStringLiteral("DROP TRIGGER %1 ON %2;").arg(trigger, table)
                           : QStringLiteral("DROP TRIGGER %1;").arg(trigger);
}

PgTestCluster *PgTestCluster::shared()
{
    return sharedTestCluster;
}

bool startSharedCluster(PgTestCluster &cluster, ClusterNeed need)
{
    const bool wanted = need == ClusterNeed::Required || need == ClusterNeed::Optional
        || (need == ClusterNeed::ServerEngine && testsOnServer());
    if (!wanted)
        return true;
    if (cluster.start()) {
        sharedTestCluster = &cluster;
        return true;
    }
    if (need == ClusterNeed::Optional) {
        std::fprintf(stderr, "No PostgreSQL test cluster (the server cases skip): %s\n", qPrintable(cluster.reason()));
        return true;
    }
    std::fprintf(stderr, "SKIP: no PostgreSQL test cluster: %s\n", qPrintable(cluster.reason()));
    return false;
}

void forgetSharedCluster()
{
    sharedTestCluster = nullptr;
}

InitialisedServer initServerWithSample(const QString &name, const QString &home)
{
    InitialisedServer server;
    PgTestCluster *cluster = PgTestCluster::shared();
    if (!cluster) {
        server.failure = QStringLiteral("no PostgreSQL test cluster");
        return server;
    }
    const QString uri = cluster->createDatabase(name);
    if (uri.isEmpty()) {
        server.failure = cluster->reason();
        return server;
    }
    const AppRun run = runApp({QStringLiteral("init"), QStringLiteral("--db"), uri, QStringLiteral("--sample")}, home);
    server.output = run.out;
    if (run.exitCode != 0)
        server.failure = run.err;
    else
        server.uri = uri;
    return server;
}

} // namespace kai::test
