// SPDX-License-Identifier: GPL-3.0-or-later
// The user-facing pieces of a server database: File > Connect to Server (saved connections, the
// password kept out of the settings file), a server that cannot be reached at start (a clear
// message and the last local file instead), and review copies made from a server. The parts that
// need a server use the throwaway cluster of tst_postgres_server and skip without one.
#include "AppProcess.h"
#include "PgTestCluster.h"
#include "TestSupport.h"

#include "review/ReviewCopyMaker.h"
#include "review/ReviewCopyStatus.h"
#include "store/Database.h"
#include "store/DatabaseFingerprint.h"
#include "store/SqlConnection.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace kai;
using kai::test::runApp;

namespace {
test::PgTestCluster *cluster = nullptr;  // null when no cluster could be started

qint64 countRows(store::SqlConnection &connection, const QString &table)
{
    store::SqlQuery query = connection.query(QStringLiteral("SELECT count(*) FROM ") + table);
    return query.step() ? query.columnInt(0) : -1;
}
} // namespace

class TestPostgresConnect : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_uri;  // a server database holding the sample; empty without a cluster

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        if (!cluster)
            return;
        m_uri = cluster->createDatabase(QStringLiteral("office"));
        QVERIFY2(!m_uri.isEmpty(), qPrintable(cluster->reason()));
        const test::AppRun run =
            runApp({QStringLiteral("init"), QStringLiteral("--db"), m_uri, QStringLiteral("--sample")}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void reviewCopyFromTheServerHoldsTheServersData()
    {
        if (m_uri.isEmpty())
            QSKIP("no PostgreSQL test cluster");
        store::Database::OpenResult server = store::Database::open(m_uri, {});
        QVERIFY2(server, qPrintable(server.error));
        const QString out = m_home.filePath(QStringLiteral("from-server.sqlite"));
        const review::ReviewCopyMaker::Result made = review::ReviewCopyMaker::make(*server.database, out, QDate(2026, 11, 30));
        QVERIFY2(made, qPrintable(made.error));
        const QByteArray serverSum = store::DatabaseFingerprint(server.database->sql()).sha256().toHex();
        QCOMPARE(made.manifest.checksum.toLatin1(), serverSum);
        QCOMPARE(made.manifest.sourceName, server.database->serverName());
        QVERIFY(made.manifest.sourceName.endsWith(QLatin1String("/office")));

        store::Database::OpenResult copy = store::Database::open(out, {});
        QVERIFY2(copy, qPrintable(copy.error));
        QVERIFY(copy.reviewCopy);
        QVERIFY(copy.database->isReadOnly());
        QCOMPARE(store::DatabaseFingerprint(copy.database->sql()).sha256().toHex(), serverSum);
        const review::ReviewCopyStatus status = review::ReviewCopyStatus::of(copy.database->connection());
        QVERIFY(status.isUnchanged());
        QCOMPARE(status.manifest.sourceName, server.database->serverName());
        // The copy tells the server's history (its change log), not its own making.
        QCOMPARE(countRows(copy.database->sql(), QStringLiteral("change_log")),
                 countRows(server.database->sql(), QStringLiteral("change_log")));
        QCOMPARE(countRows(copy.database->sql(), QStringLiteral("gpu_usage")),
                 countRows(server.database->sql(), QStringLiteral("gpu_usage")));
    }

    void reviewCopyFromTheServerOnTheCommandLine()
    {
        if (m_uri.isEmpty())
            QSKIP("no PostgreSQL test cluster");
        const QString out = m_home.filePath(QStringLiteral("cli-copy.sqlite"));
        const test::AppRun run = runApp({QStringLiteral("make-review-copy"), QStringLiteral("--db"), m_uri,
                                         QStringLiteral("--out"), out, QStringLiteral("--as-of"),
                                         QStringLiteral("2026-11-30")},
                                        m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Review copy of postgresql://")), qPrintable(run.out));
        store::Database::OpenResult copy = store::Database::open(out, {});
        QVERIFY2(copy, qPrintable(copy.error));
        QVERIFY(review::ReviewCopyStatus::of(copy.database->connection()).isUnchanged());
        const test::AppRun check = runApp({QStringLiteral("check"), QStringLiteral("--db"), out}, m_home.path());
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    test::PgTestCluster server;
    if (server.start())
        cluster = &server;
    else
        std::fprintf(stderr, "No PostgreSQL test cluster (the server tests skip): %s\n", qPrintable(server.reason()));
    TestPostgresConnect test;
    try {
        return QTest::qExec(&test, argc, argv);
    } catch (...) {
        // Qt Test rethrows an exception that escaped a test; catching it here stops the server too.
        std::fprintf(stderr, "FAIL: an exception escaped a test\n");
        return 1;
    }
}

#include "tst_postgres_connect.moc"
