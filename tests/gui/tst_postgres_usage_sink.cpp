// SPDX-License-Identifier: GPL-3.0-or-later
// The server's usage sink (PgUsageRows) and GPU nodes, against a throwaway cluster: new nodes wait
// for the next COPY stream and go in together, before any row that names them reaches a check, and
// a month the server refuses fails the sink's flush and leaves nothing after the rollback.
#include "PgTestCluster.h"
#include "PgUsageImportSupport.h"
#include "TestEngine.h"
#include "TestSupport.h"

#include "domain/UtcDateTime.h"
#include "import/GpuUsageImporter.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "store/postgres/PgConnection.h"
#include "store/postgres/PgUsageRows.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kai;
using kai::test::importWithoutReport;
using kai::test::leftoverLoadingTables;
using kai::test::PgUsageHeader;
using kai::test::queryInt;
using kai::test::usagePartitions;

class TestPostgresUsageSink : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // A database of each test's own holding the sample: no test takes another's months.
    static QString sampleDatabase(const QString &name)
    {
        test::PgTestCluster *cluster = test::PgTestCluster::shared();
        const QString uri = cluster->createSampleDatabase(name);
        if (uri.isEmpty())
            qWarning("%s", qPrintable(cluster->reason()));
        return uri;
    }

private slots:
    void initTestCase() { test::enterTestMode(); }

    // New nodes wait for the next stream and go in together, 256 to a statement: more than one
    // statement's worth met at once, and nodes first met after streams have begun (the parser hands
    // over 4,096 rows at a time) in a later month or when the file comes back to a month, all land
    // with their rows.
    void newNodesLandWithTheirRows()
    {
        store::Database::OpenResult opened = store::Database::open(sampleDatabase(QStringLiteral("nodes")), {});
        QVERIFY2(opened, qPrintable(opened.error));
        std::unique_ptr<store::Database> server = std::move(opened.database);
        const qint64 partitionsBefore = usagePartitions(server->sql());
        QByteArray content = PgUsageHeader
            + test::hourlyUsageLines(kai::utcDateTime(QDate(2027, 10, 2), QTime(0, 0)), 14, 300, "skt", "skt-many",
                                     "H100,skt,4,50");
        content += "2027-11-02T00:00:00Z,skt,skt-back2,H100,skt,4,50\n"
                   "2027-10-03T00:00:00Z,skt,skt-back1,H100,skt,4,50\n"
                   "2027-11-03T00:00:00Z,skt,skt-back3,H100,skt,4,50\n";
        const QString csv = test::writeFile(m_home.filePath(QStringLiteral("nodes.csv")), content);
        const import::GpuUsageImportResult result = importWithoutReport(server->sql(), csv);
        QVERIFY2(result.committed(), qPrintable(result.error));
        QCOMPARE(result.inserted, 4203);
        QCOMPARE(usagePartitions(server->sql()), partitionsBefore + 2);
        QCOMPARE(queryInt(server->sql(), QStringLiteral("SELECT COUNT(*) FROM gpu_usage_2027_10")), 4201);
        QCOMPARE(queryInt(server->sql(), QStringLiteral("SELECT COUNT(*) FROM gpu_usage_2027_11")), 2);
        QCOMPARE(queryInt(server->sql(), QStringLiteral("SELECT COUNT(*) FROM gpu_node WHERE name LIKE 'skt-back_'")), 3);
        QCOMPARE(queryInt(server->sql(), QStringLiteral("SELECT COUNT(DISTINCT n.id) FROM gpu_node n JOIN gpu_usage u ON u.node_id = n.id "
                                                     "WHERE n.name LIKE 'skt-many%'")),
                 300);
        QCOMPARE(leftoverLoadingTables(server->sql()), 0);
    }

    // The sink itself. A node added while a stream runs goes in before the next stream, whose rows
    // name it: a month that exists checks them at the stream's end, so the flush would fail if it had
    // not. A loaded month whose rows name no node is refused when the sink writes its rows out, with
    // the foreign key's error; a sink given up before that leaves its streams to the caller's
    // rollback. Either way the rollback leaves no month table behind.
    void theSinkWritesNodesBeforeTheRowsNamingThem()
    {
        std::unique_ptr<store::PgConnection> server = store::PgConnection::open(sampleDatabase(QStringLiteral("sink")), false);
        store::GpuUsageSample existing;
        existing.periodStart = kai::utcDateTime(QDate(2026, 5, 2), QTime(0, 0)).toSecsSinceEpoch();
        existing.periodEnd = existing.periodStart + 3600;
        existing.consortiumId = queryInt(*server, QStringLiteral("SELECT MIN(id) FROM consortium"));
        existing.nodeId = queryInt(*server, QStringLiteral("SELECT MIN(id) FROM gpu_node"));
        existing.gpuModelId = queryInt(*server, QStringLiteral("SELECT MIN(id) FROM gpu_model"));
        existing.providerId = queryInt(*server, QStringLiteral("SELECT MIN(id) FROM gpu_provider"));
        existing.gpuHours = 1;
        const qint64 source = queryInt(*server, QStringLiteral("SELECT MIN(id) FROM source"));
        const qint64 queued = queryInt(*server, QStringLiteral("SELECT MAX(id) + 1 FROM gpu_node"));
        server->beginWrite();
        QString refusal;
        try {
            store::PgUsageRows rows(*server);
            rows.add(existing, source);  // the stream into May 2026, a partition of the sample
            rows.addNode(queued, "pg-queued-node");
            store::GpuUsageSample named = existing;
            named.nodeId = queued;
            rows.add(named, source);
            rows.flush();
        } catch (const store::StoreError &error) {
            refusal = error.message();
        }
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        QCOMPARE(queryInt(*server, QStringLiteral("SELECT COUNT(*) FROM gpu_usage u JOIN gpu_node n ON n.id = u.node_id "
                                               "WHERE n.name = 'pg-queued-node'")),
                 1);
        server->rollbackWrite();

        store::GpuUsageSample may = existing;
        may.periodStart = kai::utcDateTime(QDate(2028, 5, 2), QTime(0, 0)).toSecsSinceEpoch();
        may.periodEnd = may.periodStart + 3600;
        may.nodeId = 999999;  // names no node: the attach's check refuses the month
        store::GpuUsageSample june = existing;
        june.periodStart = kai::utcDateTime(QDate(2028, 6, 2), QTime(0, 0)).toSecsSinceEpoch();
        june.periodEnd = june.periodStart + 3600;
        const qint64 partitionsBefore = usagePartitions(*server);
        for (const bool flushed : {true, false}) {
            server->beginWrite();
            QString failure;
            {
                store::PgUsageRows rows(*server);
                rows.add(may, source);
                rows.add(june, source);  // May's stream ends, June's begins
                if (flushed) {
                    try {
                        rows.flush();
                    } catch (const store::StoreError &error) {
                        failure = error.message();
                    }
                }
            }
            if (flushed)
                QVERIFY2(failure.contains(QLatin1String("foreign key")), qPrintable(failure));
            server->rollbackWrite();
            QCOMPARE(usagePartitions(*server), partitionsBefore);
            QCOMPARE(queryInt(*server, QStringLiteral("SELECT COUNT(*) FROM pg_class WHERE relname IN ('gpu_usage_2028_05', 'gpu_usage_2028_06')")),
                     0);
        }
    }
};

KAI_POSTGRES_TEST_MAIN(TestPostgresUsageSink)

#include "tst_postgres_usage_sink.moc"
