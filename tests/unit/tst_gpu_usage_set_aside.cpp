// SPDX-License-Identifier: GPL-3.0-or-later
// An import whose first period lies before stored rows sets those rows aside while it inserts
// (SqliteUsageRows::beginImportFrom, issue 19): they must stay stored rows for every look-up, come
// back unchanged, and nothing may be left behind by a commit or a cancel.
#include "UsageImportFixture.h"
#include "store/ContentChecksumCache.h"
#include "store/SqliteTransaction.h"
#include "store/SqliteUsageRows.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>
#include <atomic>

using kai::import::GpuUsageImporter;
using kai::import::GpuUsageImportResult;
using Outcome = kai::import::GpuUsageImportResult::Outcome;
using kai::test::contentHash;
using kai::test::spansOfStoredRows;

namespace {
const QByteArray &Header = kai::test::UsageCsvHeader;

// Hourly rows of the given nodes (lg, B200) from 1 January 2027 on, hour by hour, in key order.
QByteArray hourlyRows(int rows, int nodes, int firstNode = 2)
{
    QByteArray csv;
    const QDateTime start(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int row = 0; row < rows; ++row)
        csv += QStringLiteral("%1,lg,B200,8,,n%2,50\n")
                   .arg(start.addSecs(qint64(row / nodes) * 3600).toString(Qt::ISODate))
                   .arg(firstNode + row % nodes)
                   .toUtf8();
    return csv;
}

QByteArray rowsFrom(kai::store::SqliteConnection &connection, const QDate &from)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    kai::store::SqliteStatement rows = connection.prepare(QStringLiteral(
        "SELECT period_start, consortium_id, node_id, gpu_model_id, period_end, provider_id, gpu_hours, "
        "ifnull(utilization_pct, -1), source_id FROM gpu_usage WHERE period_start >= ?1 ORDER BY 1, 2, 3, 4"));
    rows.bind(1, QDateTime(from, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
    kai::test::hashRows(hash, rows);
    return hash.result();
}

qint64 setAsideTables(kai::store::SqliteConnection &connection)
{
    return connection.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_temp_schema WHERE name LIKE 'gpu_usage%'"));
}
} // namespace

class TestGpuUsageSetAside : public QObject
{
    Q_OBJECT

private:
    kai::test::UsageImportFixture m_fixture;

private slots:
    void initTestCase() { kai::test::enterTestMode(); }
    void init() { QVERIFY(m_fixture.open()); }
    void cleanup() { m_fixture.close(); }

    // Stored rows later than an import's first period would put each of its inserts inside the
    // table's tree: the sink sets them aside while it inserts (SqliteUsageRows::beginImportFrom)
    // and its look-ups still see them.
    void rowsSetAsideAreStillStoredRowsForLookUps()
    {
        QCOMPARE(m_fixture.importBytes(Header + "2027-06-01T09:00Z,lg,B200,8,,n1,50\n2027-06-01T10:00Z,lg,B200,8,,n1,50\n").inserted, 2);
        const qint64 june = QDateTime(QDate(2027, 6, 1), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch();
        const qint64 ahead = m_fixture.connection().queryInt(
            QStringLiteral("SELECT count(*) FROM gpu_usage WHERE period_start >= %1").arg(june));
        QCOMPARE(ahead, 2);
        const qint64 node = m_fixture.connection().queryInt(QStringLiteral("SELECT id FROM gpu_node WHERE name = 'n1'"));
        kai::store::SqliteTransaction transaction(m_fixture.connection());
        kai::store::SqliteUsageRows rows(m_fixture.connection());
        rows.beginImportFrom(june - 3600, 10 * kai::store::SqliteUsageRows::SetAsideShare);
        QCOMPARE(setAsideTables(m_fixture.connection()), 1);
        QCOMPARE(m_fixture.connection().queryInt(QStringLiteral("SELECT count(*) FROM gpu_usage WHERE period_start >= %1").arg(june)), 0);
        kai::store::GpuUsageSample stored;
        stored.periodStart = june;
        stored.periodEnd = june + 3600;
        stored.consortiumId = 1;
        stored.nodeId = node;
        stored.gpuModelId = m_fixture.connection().queryInt(QStringLiteral("SELECT id FROM gpu_model WHERE code = 'B200'"));
        QVERIFY(rows.findKey(stored));
        QCOMPARE(rows.findKey(stored)->periodEnd, june + 3600);
        kai::store::GpuUsageSample inside = stored;
        inside.periodStart = june - 1800;
        inside.periodEnd = june + 1800;
        QVERIFY(rows.findOverlap(inside, june - 7200));
        rows.endImport();
        QCOMPARE(setAsideTables(m_fixture.connection()), 0);
        QCOMPARE(m_fixture.connection().queryInt(QStringLiteral("SELECT count(*) FROM gpu_usage WHERE period_start >= %1").arg(june)), ahead);
        QVERIFY(rows.findKey(stored));
    }

    // The same through the importer: what is set aside collides as stored rows do, comes back
    // unchanged, and the checksum kept row by row equals a scan.
    void anImportBeforeStoredRowsKeepsThemAndTheirCollisions()
    {
        QCOMPARE(m_fixture.importBytes(Header + "2027-06-01T09:00Z,lg,B200,8,,n1,50\n2027-06-01T10:00Z,lg,B200,8,,n1,50\n").inserted, 2);
        const QByteArray juneBefore = rowsFrom(m_fixture.connection(), QDate(2027, 6, 1));
        const QByteArray csv = Header + hourlyRows(3000, 2)
            + "2027-06-01T09:00Z,lg,B200,8,,n1,50\n"   // 3002: already stored
              "2027-06-01T10:00Z,lg,B200,9,,n1,50\n"   // 3003: stored key, other hours
              "2027-06-01,lg,B200,100,,n1,\n";         // 3004: a day over the stored hours
        // Large enough for the two stored rows to be set aside (the importer expects at most one row
        // per 24 bytes).
        QVERIFY(csv.size() / 24 / kai::store::SqliteUsageRows::SetAsideShare >= 2);
        const GpuUsageImportResult result = m_fixture.importBytes(csv);
        QCOMPARE(result.outcome, Outcome::Committed);
        QCOMPARE(result.inserted, 3000);
        QCOMPARE(result.duplicates, 1);
        QCOMPARE(result.issues.size(), 2);
        QCOMPARE(result.issues[0].line, 3003);
        QVERIFY2(result.issues[0].reason.contains(QLatin1String("already stored")), qPrintable(result.issues[0].reason));
        QCOMPARE(result.issues[1].line, 3004);
        QVERIFY2(result.issues[1].reason.contains(QLatin1String("overlaps")), qPrintable(result.issues[1].reason));
        QCOMPARE(rowsFrom(m_fixture.connection(), QDate(2027, 6, 1)), juneBefore);
        QCOMPARE(setAsideTables(m_fixture.connection()), 0);
        const auto kept = kai::store::ContentChecksumCache::trusted(m_fixture.connection(), QStringLiteral("gpu_usage"));
        QVERIFY(kept);
        QCOMPARE(*kept, kai::store::ContentChecksumCache::scan(m_fixture.connection(), QStringLiteral("gpu_usage")));
        QCOMPARE(*kai::store::GpuNodeSpanCache::load(m_fixture.connection()), spansOfStoredRows(m_fixture.connection()));
    }

    void cancellingWithRowsSetAsideLeavesTheDatabaseUnchanged()
    {
        QCOMPARE(m_fixture.importBytes(Header + "2027-06-01T09:00Z,lg,B200,8,,n1,50\n").inserted, 1);
        const QByteArray before = contentHash(m_fixture.connection());
        std::atomic<bool> cancel = false;
        GpuUsageImporter importer(m_fixture.connection());
        importer.setCancelFlag(&cancel);
        importer.setProgressHandler([&](qint64, qint64, qint64) { cancel = true; });
        const QString path = m_fixture.writeCsv(QStringLiteral("before-june.csv"), Header + hourlyRows(40000, 8));
        QCOMPARE(importer.importFile(path).outcome, Outcome::Cancelled);
        QCOMPARE(contentHash(m_fixture.connection()), before);
        QCOMPARE(setAsideTables(m_fixture.connection()), 0);
        GpuUsageImporter again(m_fixture.connection());
        QCOMPARE(again.importFile(path).inserted, 40000);
        QCOMPARE(m_fixture.connection().queryInt(QStringLiteral("SELECT count(*) FROM gpu_usage u JOIN gpu_node n ON n.id = u.node_id "
                                                      "WHERE n.name = 'n1'")),
                 1);
    }
};

QTEST_MAIN(TestGpuUsageSetAside)
#include "tst_gpu_usage_set_aside.moc"
