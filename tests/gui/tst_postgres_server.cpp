// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL engine against a throwaway cluster: init --sample holds the same data as the
// embedded SQLite sample (same logical checksum, also after the same GPU usage import), every view
// reads from the server, check passes, and a newer schema, a bad URI or an unreachable server are
// refused clearly with exit code 2.
#include "AppProcess.h"
#include "PgTestCluster.h"
#include "ShellFixture.h"
#include "TestEngine.h"
#include "TestSupport.h"

#include "import/GpuUsageImporter.h"
#include "review/AddNoteDialog.h"
#include "review/ReviewItemKey.h"
#include "review/ReviewNote.h"
#include "store/Database.h"
#include "store/DatabaseFingerprint.h"
#include "store/GpuUsageRepository.h"
#include "store/ProgramRepository.h"
#include "store/ReadSnapshot.h"
#include "store/RoundDetailsRepository.h"
#include "store/SqliteConnection.h"
#include "store/StoreError.h"
#include "store/postgres/PgConnection.h"
#include "store/postgres/PgCursor.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace kai;
using kai::test::runApp;

class TestPostgresServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    test::SampleDatabase m_sample;
    QString m_uri;

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        const test::InitialisedServer server = test::initServerWithSample(QStringLiteral("office"), m_home.path());
        QVERIFY2(!server.uri.isEmpty(), qPrintable(server.failure));
        m_uri = server.uri;
        QVERIFY2(server.output.contains(QLatin1String("schema version")), qPrintable(server.output));
    }

    void placeholdersBecomeNumberedOutsideQuotedText()
    {
        int count = 0;
        QCOMPARE(store::PgCursor::translatePlaceholders(
                     QStringLiteral("SELECT '?1', \"a?\" FROM t WHERE a = ?2 AND b = ?12 OR c = ?"), &count),
                 QByteArray("SELECT '?1', \"a?\" FROM t WHERE a = $2 AND b = $12 OR c = $13"));
        QCOMPARE(count, 13);
        QCOMPARE(store::PgCursor::translatePlaceholders(QStringLiteral("SELECT 'it''s ?' || ?1"), &count),
                 QByteArray("SELECT 'it''s ?' || $1"));
        QCOMPARE(count, 1);
    }

    void sampleOnTheServerHasTheSqliteSamplesChecksum()
    {
        std::unique_ptr<store::Database> server = test::openDatabase(m_uri);
        QVERIFY(server);
        QVERIFY(server->isServer());
        QVERIFY(!server->isReadOnly());  // the owner may edit
        std::unique_ptr<store::Database> file = m_sample.open(true);
        const QByteArray fileSum = store::DatabaseFingerprint(file->sql()).sha256();
        QCOMPARE(store::DatabaseFingerprint(server->sql()).sha256().toHex(), fileSum.toHex());
    }

    void repositoriesReadTheSameFromBothEngines()
    {
        std::unique_ptr<store::Database> server = test::openDatabase(m_uri);
        std::unique_ptr<store::Database> file = m_sample.open(true);
        QVERIFY(server && file);
        for (const QDate &asOf : {QDate(2025, 8, 4), QDate(2026, 1, 15), QDate(2026, 11, 29)}) {
            const domain::ProgramSnapshot a = store::ProgramRepository(file->sql()).loadSnapshot(asOf);
            const domain::ProgramSnapshot b = store::ProgramRepository(server->sql()).loadSnapshot(asOf);
            QCOMPARE(b.consortia.size(), a.consortia.size());
            QCOMPARE(b.memberships.size(), a.memberships.size());
            QCOMPARE(b.stages.size(), a.stages.size());
            QCOMPARE(b.results.size(), a.results.size());
            QCOMPARE(b.models.size(), a.models.size());
            QCOMPARE(b.usage.size(), a.usage.size());
            QCOMPARE(b.bestRelativePerformance.has_value(), a.bestRelativePerformance.has_value());
            for (qsizetype i = 0; i < a.usage.size(); ++i)
                QCOMPARE(b.usage.at(i).gpuHours, a.usage.at(i).gpuHours);
        }
        for (const auto granularity : {store::GpuUsageRepository::Granularity::Month,
                                       store::GpuUsageRepository::Granularity::Day}) {
            const auto a = store::GpuUsageRepository(file->sql()).usage({}, granularity);
            const auto b = store::GpuUsageRepository(server->sql()).usage({}, granularity);
            QCOMPARE(b.size(), a.size());
            QVERIFY(!a.isEmpty());
            QCOMPARE(b.first().period, a.first().period);
            QCOMPARE(b.last().samples, a.last().samples);
        }
    }

    void everyViewExportsFromTheServer()
    {
        for (const QString &view : {QStringLiteral("overview"), QStringLiteral("consortia"), QStringLiteral("timeline"),
                                   QStringLiteral("gpu"), QStringLiteral("rounds")}) {
            const QString out = m_home.filePath(view + QStringLiteral(".png"));
            const test::AppRun run = runApp({QStringLiteral("export"), QStringLiteral("--db"), m_uri,
                                             QStringLiteral("--view"), view, QStringLiteral("--out"), out},
                                            m_home.path());
            QVERIFY2(run.exitCode == 0, qPrintable(view + QLatin1Char(' ') + run.err));
            QVERIFY(QFileInfo(out).size() > 1000);
        }
    }

    void windowNamesTheServerAndTheRole()
    {
        test::ShellFixture shell(m_sample, domain::Language::English, QDate(2026, 11, 29));
        const qsizetype consortiaInFile = shell.state.snapshot().consortia.size();
        shell.state.setDatabase(test::openDatabase(m_uri));
        QVERIFY(shell.state.lastError().isEmpty());
        QVERIFY(!shell.state.isReadOnly());
        const auto *status = shell.window->findChild<QLabel *>(QStringLiteral("databaseStatus"));
        QVERIFY(status);
        QTRY_VERIFY2(status->text().contains(QLatin1String("signed in as kai")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QLatin1String("/office")));
        QCOMPARE(shell.state.snapshot().consortia.size(), consortiaInFile);
        // Review notes are kept on a server too (they were a file's only).
        const auto *merge = shell.window->findChild<QAction *>(QStringLiteral("mergeNotesAction"));
        QVERIFY(merge);
        QVERIFY(merge->isEnabled());
        // A correction proposed on the server starts from the value the server states.
        ui::AddNoteDialog dialog(shell.state, review::ReviewItemKey::consortium(QStringLiteral("lg")), shell.window.get());
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(review::NoteKind::Correction)));
        QVERIFY2(dialog.proposedEdit()->text().startsWith(QLatin1String("name=")), qPrintable(dialog.proposedEdit()->text()));
        // ...and they are already where the office reads them: nothing to export and send back.
        const auto *exportNotes = shell.window->findChild<QAction *>(QStringLiteral("exportNotesAction"));
        QVERIFY(exportNotes);
        QVERIFY(!exportNotes->isEnabled());
        QVERIFY2(exportNotes->toolTip().contains(QLatin1String("already kept there")), qPrintable(exportNotes->toolTip()));
        shell.state.setDatabase(test::openDatabase(m_sample.path()));
        QVERIFY(exportNotes->isEnabled());
        QVERIFY2(exportNotes->toolTip().contains(QLatin1String("send back")), qPrintable(exportNotes->toolTip()));
    }

    void exportNotesFromTheServerIsRefusedClearly()
    {
        const QString out = m_home.filePath(QStringLiteral("server-notes.json"));
        const test::AppRun run = runApp({QStringLiteral("export-notes"), QStringLiteral("--db"), m_uri,
                                         QStringLiteral("--out"), out},
                                        m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("is a server database")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("/office")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    // diff reads a server as it reads a file: the server made from the sample holds the sample's
    // facts, and so does its review copy; a change on the server shows as one fact.
    // A table's scan (the checksum, diff) reads a server in batches: every row once and in order
    // across the batches' boundaries, with other queries run between its rows, and its cursor closed
    // afterwards; outside a transaction it is an ordinary query.
    void scanReadsTheServerInBatches()
    {
        std::unique_ptr<store::PgConnection> server = store::PgConnection::open(m_uri, true);
        const qint64 rows = 2 * store::PgCursor::ScanBatchRows + 7;
        const QString sql = QStringLiteral("SELECT g FROM generate_series(1, %1) g ORDER BY g").arg(rows);
        const QString openCursors = QStringLiteral("SELECT count(*) FROM pg_cursors WHERE name LIKE 'kai_scan_%'");
        for (const bool inSnapshot : {true, false}) {
            std::optional<store::ReadSnapshot> snapshot;
            if (inSnapshot)
                snapshot.emplace(*server);
            {
                store::SqlQuery scan = server->scan(sql);
                qint64 seen = 0;
                bool ordered = true;
                while (scan.step()) {
                    ordered = ordered && scan.columnInt(0) == ++seen;
                    if (seen == store::PgCursor::ScanBatchRows) {
                        store::SqlQuery between = server->query(openCursors);
                        QVERIFY(between.step());
                        QCOMPARE(between.columnInt(0), inSnapshot ? 1 : 0);
                    }
                }
                QCOMPARE(seen, rows);
                QVERIFY(ordered);
                QVERIFY(!scan.step());
            }
            store::SqlQuery left = server->query(openCursors);
            QVERIFY(left.step());
            QCOMPARE(left.columnInt(0), 0);
        }
    }

    void diffComparesTheServerWithAFile()
    {
        test::AppRun run = runApp({QStringLiteral("diff"), m_sample.path(), m_uri}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("hold the same data")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QLatin1String("password")), "no secrets in messages");
        const QString copy = m_home.filePath(QStringLiteral("office-review.sqlite"));
        run = runApp({QStringLiteral("make-review-copy"), QStringLiteral("--db"), m_uri, QStringLiteral("--out"), copy},
                     m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runApp({QStringLiteral("diff"), m_uri, copy}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));

        const QString uri = test::PgTestCluster::shared()->createDatabase(QStringLiteral("diffed"));
        QVERIFY(!uri.isEmpty());
        run = runApp({QStringLiteral("init"), QStringLiteral("--db"), uri, QStringLiteral("--sample")}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        store::PgConnection::open(uri, false)->execute(QStringLiteral(
            "UPDATE consortium SET name_en = 'Renamed team' WHERE id = (SELECT min(id) FROM consortium)"));
        run = runApp({QStringLiteral("diff"), copy, uri, QStringLiteral("--lang"), QStringLiteral("en")}, m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("differ in 1 fact")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("Renamed team")), qPrintable(run.out));
    }

    void checkPassesOnTheServer()
    {
        const test::AppRun run = runApp({QStringLiteral("check"), QStringLiteral("--db"), m_uri}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QLatin1String("no problems found")));
        QVERIFY2(!run.out.contains(QLatin1String("password")), "no secrets in messages");
    }

    // check --repair-rollup rebuilds a server's daily rollup from its samples, as a file's.
    void checkRepairsADriftedRollupOnTheServer()
    {
        const QString uri = test::PgTestCluster::shared()->createDatabase(QStringLiteral("rollup"));
        QVERIFY(!uri.isEmpty());
        test::AppRun run =
            runApp({QStringLiteral("init"), QStringLiteral("--db"), uri, QStringLiteral("--sample")}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        store::PgConnection::open(uri, false)->execute(QStringLiteral(
            "UPDATE gpu_usage_daily SET gpu_hours = gpu_hours * 0.5 WHERE day = (SELECT min(day) FROM gpu_usage_daily)"));
        run = runApp({QStringLiteral("check"), QStringLiteral("--db"), uri}, m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("[gpu-rollup]")), qPrintable(run.out));
        run = runApp({QStringLiteral("check"), QStringLiteral("--repair-rollup"), QStringLiteral("--db"), uri}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("rebuilt")), qPrintable(run.out + run.err));
        QVERIFY2(!run.out.contains(QLatin1String("[gpu-rollup]")), qPrintable(run.out));
        run = runApp({QStringLiteral("check"), QStringLiteral("--db"), uri}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    }

    void serverKeepsTheSchemaRules()
    {
        std::unique_ptr<store::PgConnection> writer = store::PgConnection::open(m_uri, false);
        // Append-only change log, one company per consortium, checked dates: refused by the server.
        QVERIFY_THROWS_EXCEPTION(store::StoreError, writer->execute(QStringLiteral("DELETE FROM change_log")));
        QVERIFY_THROWS_EXCEPTION(store::StoreError,
                                 writer->execute(QStringLiteral("UPDATE consortium SET announced_on = '2025-02-30'")));
        QVERIFY_THROWS_EXCEPTION(
            store::StoreError,
            writer->execute(QStringLiteral("INSERT INTO membership (consortium_id, organisation_id, role, joined_on, "
                                           "announced_on, source_id) SELECT c.id, m.organisation_id, 'participant', "
                                           "m.joined_on, m.announced_on, m.source_id FROM membership m JOIN organisation o "
                                           "ON o.id = m.organisation_id JOIN consortium c ON c.id <> m.consortium_id "
                                           "WHERE o.kind = 'large_enterprise' AND m.left_on IS NULL LIMIT 1")));
        // Version 7: a month-only date is stored as its first day; a day-precise one cannot be called a month.
        QVERIFY_THROWS_EXCEPTION(store::StoreError, writer->execute(QStringLiteral(
            "UPDATE released_model SET released_precision = 'month' WHERE code = 'k-exaone-236b-a23b'")));
        QVERIFY_THROWS_EXCEPTION(store::StoreError, writer->execute(QStringLiteral(
            "UPDATE source SET published_precision = 'week' WHERE code = 'S1'")));
    }

    // The server holds the sample's month-only marks and the company-release flag as SQLite does.
    void serverHoldsTheDatePrecisions()
    {
        std::unique_ptr<store::PgConnection> reader = store::PgConnection::open(m_uri, true);
        const auto count = [&](const char *sql) {
            store::SqlQuery query = reader->query(QString::fromLatin1(sql));
            return query.step() ? query.columnInt(0) : -1;
        };
        QCOMPARE(count("SELECT count(*) FROM source WHERE published_precision = 'month'"), 6);
        QCOMPARE(count("SELECT count(*) FROM released_model WHERE released_precision = 'month'"), 5);
        QCOMPARE(count("SELECT count(*) FROM released_model WHERE is_programme_output = 0 AND code = 'exaone-4-5-33b'"), 1);
    }

    // Schema version 9's twin: a criterion score is corrected only on a sealed round, a correction is
    // never rewritten and keeps its round sealed, and the same correction on both engines gives the
    // same checksum.
    void criterionCorrectionsFollowTheSameRulesAndHashAlike()
    {
        const QString uri = test::PgTestCluster::shared()->createDatabase(QStringLiteral("corrections"));
        QVERIFY(!uri.isEmpty());
        const test::AppRun run =
            runApp({QStringLiteral("init"), QStringLiteral("--db"), uri, QStringLiteral("--sample")}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString seal = QStringLiteral(
            "INSERT INTO round_seal (id, stage_id, sealed_on, sealed_at) "
            "SELECT 1, id, '2026-01-20', '2026-01-20T09:00:00.000Z' FROM stage WHERE code = 'phase1-eval'");
        const QString correct = QStringLiteral(
            "INSERT INTO criterion_score_correction (id, round_result_id, criterion_id, recorded_on, recorded_at, points, "
            "  reason_ko, reason_en, note_en, source_id) "
            "SELECT 1, s.round_result_id, s.criterion_id, '2026-09-01', '2026-09-01T09:00:00.000Z', 34.0, '재채점', "
            "       'Rescored', 'memo', (SELECT id FROM source WHERE code = 'S41') "
            "  FROM criterion_score s JOIN criterion k ON k.id = s.criterion_id JOIN round_result r ON r.id = s.round_result_id "
            "  JOIN consortium c ON c.id = r.consortium_id WHERE k.code = 'benchmark' AND c.code = 'lg'");
        std::unique_ptr<store::PgConnection> server = store::PgConnection::open(uri, false);
        QVERIFY_THROWS_EXCEPTION(store::StoreError, server->execute(correct));  // not sealed yet
        server->execute(seal);
        server->execute(correct);
        QVERIFY_THROWS_EXCEPTION(store::StoreError, server->execute(QStringLiteral("UPDATE criterion_score_correction SET points = 35")));
        QVERIFY_THROWS_EXCEPTION(store::StoreError, server->execute(QStringLiteral("DELETE FROM round_seal")));
        QVERIFY_THROWS_EXCEPTION(store::StoreError, server->execute(QStringLiteral("UPDATE criterion_score SET points = 35")));

        test::SampleDatabase sample;
        std::unique_ptr<store::Database> file = sample.open();
        file->connection().execute(seal);
        file->connection().execute(correct);
        std::unique_ptr<store::Database> served = test::openDatabase(uri);
        QVERIFY(served);
        QCOMPARE(store::DatabaseFingerprint(served->sql()).sha256().toHex(),
                 store::DatabaseFingerprint(file->sql()).sha256().toHex());
        // The server reads the corrected score as the file does, and the original before its day.
        const qint64 phaseOne = file->connection().queryInt(QStringLiteral("SELECT id FROM stage WHERE code = 'phase1-eval'"));
        for (const QDate &asOf : {QDate(2026, 8, 31), QDate(2026, 9, 1)}) {
            const domain::RoundDetails a = store::RoundDetailsRepository(file->sql()).load(phaseOne, asOf);
            const domain::RoundDetails b = store::RoundDetailsRepository(served->sql()).load(phaseOne, asOf);
            QCOMPARE(b.scores.size(), a.scores.size());
            for (qsizetype i = 0; i < a.scores.size(); ++i) {
                QCOMPARE(b.scores.at(i).points, a.scores.at(i).points);
                QCOMPARE(b.scores.at(i).correction.has_value(), a.scores.at(i).correction.has_value());
            }
        }
    }

    // The same GPU usage CSV imported into the server (COPY into month partitions) and into the
    // SQLite sample (batched INSERTs) gives the same checksum: the engines hold the same rows.
    void importedUsageHashesAlikeOnBothEngines()
    {
        const test::InitialisedServer server = test::initServerWithSample(QStringLiteral("imported"), m_home.path());
        QVERIFY2(!server.uri.isEmpty(), qPrintable(server.failure));
        const QString uri = server.uri;
        const QString csv = test::writeFile(
            m_home.filePath(QStringLiteral("usage.csv")),
            "period_start,consortium,node,gpu_model,provider,gpu_hours_used,utilization_pct\n"
            "2026-12-31T23:00:00+09:00,skt,skt-both1,H100,skt,6.5,81.25\n"
            "2027-01-01T00:00:00Z,LG AI연구원,lg-both1,B200,nhn-cloud,0.1,\n"
            "2027-02-01T00:00:00Z,upstage,up-both1,B200,kakao-cloud,7.125,33.3\n");
        std::unique_ptr<store::Database> served = test::openDatabase(uri);
        test::SampleDatabase sample;
        std::unique_ptr<store::Database> file = sample.open();
        QVERIFY(served && file);
        for (store::Database *database : {served.get(), file.get()}) {
            import::GpuUsageImporter importer(database->sql());
            importer.setWriteReport(false);
            const import::GpuUsageImportResult result = importer.importFile(csv);
            QVERIFY2(result.committed() && result.inserted == 3, qPrintable(result.error));
        }
        QCOMPARE(store::DatabaseFingerprint(served->sql()).sha256().toHex(),
                 store::DatabaseFingerprint(file->sql()).sha256().toHex());
    }

    void readOnlyServerRefusesWrites()
    {
        std::unique_ptr<store::Database> server = store::Database::open(m_uri, {true}).database;
        QVERIFY(server);
        QVERIFY_THROWS_EXCEPTION(store::StoreError, server->sql().execute(QStringLiteral("DELETE FROM funding")));
        QVERIFY_THROWS_EXCEPTION(store::StoreError, server->connection());
    }

    void newerSchemaIsRefused()
    {
        const QString uri = test::PgTestCluster::shared()->createDatabase(QStringLiteral("newer"));
        QVERIFY(!uri.isEmpty());
        QCOMPARE(runApp({QStringLiteral("init"), QStringLiteral("--db"), uri}, m_home.path()).exitCode, 0);
        store::PgConnection::open(uri, false)->execute(QStringLiteral("UPDATE kai_schema SET version = 99"));
        for (const QString &command : {QStringLiteral("check"), QStringLiteral("init")}) {
            const test::AppRun run = runApp({command, QStringLiteral("--db"), uri}, m_home.path());
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QLatin1String("was written by a newer K-AI Dashboard (schema version 99")),
                     qPrintable(run.err));
        }
    }

    void emptyDatabaseNeedsInit()
    {
        const QString uri = test::PgTestCluster::shared()->createDatabase(QStringLiteral("empty"));
        const test::AppRun run = runApp({QStringLiteral("check"), QStringLiteral("--db"), uri}, m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("kai-dashboard init")), qPrintable(run.err));
    }

    void badUriOrUnreachableServerIsAClearError()
    {
        // A socket folder with no server: refused at once, naming the server without its password.
        const QString unreachable =
            QStringLiteral("postgresql://kai:secret@/office?host=%1&port=1").arg(m_home.path());
        for (const QString &command : {QStringLiteral("check"), QStringLiteral("init")}) {
            const test::AppRun run = runApp({command, QStringLiteral("--db"), unreachable}, m_home.path());
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QLatin1String("Could not connect to the server")), qPrintable(run.err));
            QVERIFY2(!run.err.contains(QLatin1String("secret")), qPrintable(run.err));
        }
        const test::AppRun bad =
            runApp({QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral("postgresql://[::1/x")}, m_home.path());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(!bad.err.isEmpty());
        const test::AppRun notServer =
            runApp({QStringLiteral("init"), QStringLiteral("--db"), m_sample.path()}, m_home.path());
        QCOMPARE(notServer.exitCode, 2);
        QVERIFY2(notServer.err.contains(QLatin1String("postgresql://")), qPrintable(notServer.err));
    }
};

KAI_POSTGRES_TEST_MAIN(TestPostgresServer)

#include "tst_postgres_server.moc"
