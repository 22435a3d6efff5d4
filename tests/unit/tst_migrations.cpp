// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "store/ChangeLog.h"
#include "store/Database.h"
#include "store/DatabaseFingerprint.h"
#include "store/LogicalFactReader.h"
#include "store/MigrationRunner.h"
#include "store/SampleDatabaseBuilder.h"
#include "store/SchemaInfo.h"
#include "store/SqliteConnection.h"
#include "store/SqliteTransaction.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace kai::store;

namespace {
void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// A database at schema version 1 holding one usage sample, as an older app would have left it.
QString createVersionOneDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    SqliteConnection db = SqliteConnection::open(path, SqliteConnection::OpenMode::Create);
    db.applyConnectionSettings();
    MigrationRunner::migrate(db, 1);
    db.execute(QStringLiteral(
        "INSERT INTO source (code, title, confidence) VALUES ('S1', 'Call', 'C');"
        "INSERT INTO source (code, title, confidence) VALUES ('ILLUSTRATIVE', 'Illustrative sample', 'I');"
        "INSERT INTO program (code, name_ko, name_en, ministry_ko, ministry_en, target_relative_pct, "
        "  max_selected_teams, final_teams, source_id) VALUES ('KAI', '독자 AI', 'Sovereign AI', '과기정통부', 'MSIT', 95, 5, 2, 1);"
        "INSERT INTO organisation (code, name_ko, name_en, kind, source_id) VALUES ('up', '업스테이지', 'Upstage', 'startup_sme', 1);"
        "INSERT INTO consortium (program_id, code, lead_organisation_id, name_ko, name_en, applied_on, announced_on, source_id) "
        "  VALUES (1, 'upstage', 1, '업스테이지 컨소시엄', 'Upstage consortium', '2025-07-21', '2025-07-21', 1);"
        "INSERT INTO gpu_model (code, name, h100_equivalent, source_id) VALUES ('B200', 'NVIDIA B200', 2, 1);"
        "INSERT INTO gpu_provider (code, name_ko, name_en, source_id) VALUES ('x', '엑스', 'X', 1);"
        "INSERT INTO gpu_node (name) VALUES ('node-1');"
        "INSERT INTO gpu_usage VALUES (1754265600, 1, 1, 1, 1754269200, 1, 8.0, 50, 2);"));
    return path;
}
} // namespace

// The sample data as databases of versions 8 and 9 held it: no company claims, no count precision
// and no "none allocated" row (schema version 10).
QString sampleBeforeVersionTen()
{
    QFile seed(QStringLiteral(":/kai/sample/sample-data.sql"));
    if (!seed.open(QIODevice::ReadOnly))
        qFatal("the sample data is missing");
    QString sql = QString::fromUtf8(seed.readAll());
    sql.replace(QStringLiteral("UPDATE source SET is_company_claim = 1 WHERE code IN ('S34', 'S47');"), QString());
    sql.replace(QStringLiteral("gpu_count, count_precision, period_start"), QStringLiteral("gpu_count, period_start"));
    sql.replace(QStringLiteral("768, 'approximate', "), QStringLiteral("768, "));
    const qsizetype none = sql.indexOf(QStringLiteral("-- SK Telecom: no government GPUs in 1H 2026"));
    if (none < 0)
        qFatal("the sample's 'none allocated' row moved");
    sql.remove(none, sql.indexOf(QStringLiteral("\n\n"), none) - none);
    return sql;
}

// Every row of every table as text, without version 10's new columns and the checksum cache.
QMap<QString, QStringList> everyRow(SqliteConnection &db)
{
    QMap<QString, QStringList> rows;
    QStringList tables;
    for (SqliteStatement list = db.prepare(QStringLiteral(
             "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'content_checksum'"));
         list.step();)
        tables << list.columnText(0);
    for (const QString &table : tables) {
        QStringList columns;
        SqliteStatement info = db.prepare(QStringLiteral("SELECT name FROM pragma_table_xinfo(?1) WHERE hidden = 0"));
        info.bind(1, table);
        while (info.step()) {
            const QString column = info.columnText(0);
            if (column != QLatin1String("count_precision") && column != QLatin1String("is_company_claim"))
                columns << QStringLiteral("quote(\"%1\")").arg(column);
        }
        SqliteStatement select = db.prepare(QStringLiteral("SELECT %1 FROM \"%2\"").arg(columns.join(QStringLiteral(" || '|' || ")), table));
        QStringList texts;
        while (select.step())
            texts << select.columnText(0);
        texts.sort();
        rows.insert(table, texts);
    }
    return rows;
}

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { kai::test::enterTestMode(); }

    void migratesAnEmptyDatabaseToTheLatestVersion()
    {
        SqliteConnection db = SqliteConnection::open(QStringLiteral(":memory:"), SqliteConnection::OpenMode::Create);
        db.applyConnectionSettings();
        const MigrationRunner::Outcome outcome = MigrationRunner::migrate(db);
        QCOMPARE(outcome.fromVersion, 0);
        QCOMPARE(outcome.toVersion, MigrationRunner::latestVersion());
        QVERIFY(outcome.backupPath.isEmpty());
        QCOMPARE(db.queryInt(QStringLiteral("PRAGMA user_version")), MigrationRunner::latestVersion());
        QCOMPARE(db.queryInt(QStringLiteral("PRAGMA application_id")), qint64(ApplicationId));
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'gpu_usage_daily'")), 1);
        QCOMPARE(db.queryInt(QStringLiteral("PRAGMA foreign_key_check")), 0);
        // Running again is a no-op.
        QCOMPARE(MigrationRunner::migrate(db).fromVersion, MigrationRunner::latestVersion());
    }

    void migratesEveryEarlierVersionKeepingDataAndABackup()
    {
        for (int from = 1; from < MigrationRunner::latestVersion(); ++from) {
            QTemporaryDir dir;
            const QString path = createVersionOneDatabase(dir);
            if (from > 1) {
                SqliteConnection db = SqliteConnection::open(path, SqliteConnection::OpenMode::ReadWrite);
                MigrationRunner::migrate(db, from);
            }
            Database::OpenResult opened = Database::open(path, {});
            QVERIFY2(opened, qPrintable(opened.error));
            QCOMPARE(opened.database->schemaVersion(), MigrationRunner::latestVersion());
            SqliteConnection &db = opened.database->connection();
            QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM consortium")), 1);
            // Version 2's rollup is filled from the samples that were already there.
            QCOMPARE(db.queryInt(QStringLiteral("SELECT CAST(gpu_hours AS INTEGER) FROM gpu_usage_daily")), 8);
            QCOMPARE(db.queryInt(QStringLiteral("SELECT illustrative_samples FROM gpu_usage_daily")), 1);

            QVERIFY(!opened.backupPath.isEmpty());
            QVERIFY(QFileInfo(opened.backupPath).absolutePath() == QFileInfo(path).absolutePath());
            SqliteConnection backup = SqliteConnection::open(opened.backupPath, SqliteConnection::OpenMode::ReadOnly);
            QCOMPARE(backup.queryInt(QStringLiteral("PRAGMA user_version")), from);
            QCOMPARE(backup.queryInt(QStringLiteral("SELECT count(*) FROM consortium")), 1);
        }
    }

    // Version 7: a database made from the earlier sample data gets the month-only marks of its
    // sources and models and the company-release flag, and the schema refuses a month that claims a day.
    void versionSevenMarksMonthOnlyDatesAndCompanyReleases()
    {
        QTemporaryDir dir;
        const QString path = createVersionOneDatabase(dir);
        SqliteConnection db = SqliteConnection::open(path, SqliteConnection::OpenMode::ReadWrite);
        MigrationRunner::migrate(db, 6);
        db.execute(QStringLiteral(
            "INSERT INTO source (code, title, published_on, confidence) VALUES ('S6', 'Briefing', '2025-07-01', 'S');"
            "INSERT INTO released_model (consortium_id, code, name, released_on, announced_on, source_id) "
            "  VALUES (1, 'solar-open-100b', 'Solar Open 100B', '2025-12-01', '2025-12-01', 1);"
            "INSERT INTO released_model (consortium_id, code, name, released_on, announced_on, source_id) "
            "  VALUES (1, 'exaone-4-5-33b', 'EXAONE 4.5', '2026-04-09', '2026-04-09', 1);"
            "INSERT INTO released_model (consortium_id, code, name, released_on, announced_on, source_id) "
            "  VALUES (1, 'other', 'Other', '2026-04-09', '2026-04-09', 1);"));
        QCOMPARE(MigrationRunner::migrate(db, 7).toVersion, 7);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT published_precision = 'month' FROM source WHERE code = 'S6'")), 1);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT published_precision = 'day' FROM source WHERE code = 'S1'")), 1);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT released_precision = 'month' FROM released_model WHERE code = 'solar-open-100b'")), 1);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT released_precision = 'day' FROM released_model WHERE code = 'other'")), 1);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT is_programme_output FROM released_model WHERE code = 'exaone-4-5-33b'")), 0);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT is_programme_output FROM released_model WHERE code = 'other'")), 1);
        QVERIFY_THROWS_EXCEPTION(StoreError, db.execute(QStringLiteral(
            "UPDATE released_model SET released_precision = 'month' WHERE code = 'other'")));
        QVERIFY_THROWS_EXCEPTION(StoreError, db.execute(QStringLiteral(
            "UPDATE source SET published_precision = 'year' WHERE code = 'S6'")));
        QVERIFY_THROWS_EXCEPTION(StoreError, db.execute(QStringLiteral(
            "UPDATE source SET published_precision = 'week' WHERE code = 'S1'")));
    }

    // Version 9: a database of version 8 holding the sample data, a sealed round and a result's
    // correction keeps every fact; the seal still cannot be removed, and criterion scores can now
    // be corrected.
    void versionNineKeepsTheDataAndAddsCriterionCorrections()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
        SqliteConnection db = SqliteConnection::open(path, SqliteConnection::OpenMode::Create);
        db.applyConnectionSettings();
        MigrationRunner::migrate(db, 8);
        {
            SqliteTransaction transaction(db);
            db.execute(sampleBeforeVersionTen());
            transaction.commit();
        }
        db.execute(QStringLiteral(
            "INSERT INTO round_seal (stage_id, sealed_on, sealed_at) "
            "  SELECT id, '2026-01-20', '2026-01-20T09:00:00.000Z' FROM stage WHERE code = 'phase1-eval';"
            "INSERT INTO result_correction (round_result_id, recorded_on, recorded_at, outcome, rank, reason_en, source_id) "
            "  SELECT r.id, '2026-09-01', '2026-09-01T09:00:00.000Z', 'advanced', 1, 'Recount', "
            "         (SELECT id FROM source WHERE code = 'S41') "
            "    FROM round_result r JOIN stage s ON s.id = r.stage_id JOIN consortium c ON c.id = r.consortium_id "
            "   WHERE s.code = 'phase1-eval' AND c.code = 'lg';"));
        // Rows, not logical facts: today's fact reader asks for version 10's columns.
        const QMap<QString, QStringList> before = everyRow(db);
        QVERIFY(!before.value(QStringLiteral("criterion_score")).isEmpty());

        QCOMPARE(MigrationRunner::migrate(db, 9).toVersion, 9);
        QMap<QString, QStringList> after = everyRow(db);
        QVERIFY(after.contains(QStringLiteral("criterion_score_correction")));
        QVERIFY(after.take(QStringLiteral("criterion_score_correction")).isEmpty());
        QCOMPARE(after[QStringLiteral("change_log")].size(), before.value(QStringLiteral("change_log")).size() + 1);
        after[QStringLiteral("change_log")] = before.value(QStringLiteral("change_log"));
        QCOMPARE(after.keys(), before.keys());
        for (auto table = before.cbegin(); table != before.cend(); ++table)
            QCOMPARE(after.value(table.key()), table.value());
        QCOMPARE(db.queryInt(QStringLiteral("PRAGMA foreign_key_check")), 0);
        QVERIFY_THROWS_EXCEPTION(StoreError, db.execute(QStringLiteral("DELETE FROM round_seal")));
        db.execute(QStringLiteral(
            "INSERT INTO criterion_score_correction (round_result_id, criterion_id, recorded_on, recorded_at, points, "
            "  reason_en, source_id) "
            "SELECT s.round_result_id, s.criterion_id, '2026-09-02', '2026-09-02T09:00:00.000Z', 34.0, 'Rescored', "
            "       (SELECT id FROM source WHERE code = 'S41') "
            "  FROM criterion_score s JOIN criterion k ON k.id = s.criterion_id JOIN round_result r ON r.id = s.round_result_id "
            "  JOIN consortium c ON c.id = r.consortium_id WHERE k.code = 'benchmark' AND c.code = 'lg'"));
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM criterion_score_correction")), 1);
    }

    // Version 10: a database of version 9 holding the sample data keeps every fact through the rebuild
    // of gpu_allocation; Motif's "about 768" becomes approximate, S34/S47 company claims, and a
    // published "none allocated" (0 GPUs, no provider or model) can now be stored, only as exact.
    void versionTenKeepsTheDataAndStoresCountPrecisionAndNone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v9.sqlite"));
        SqliteConnection db = SqliteConnection::open(path, SqliteConnection::OpenMode::Create);
        db.applyConnectionSettings();
        MigrationRunner::migrate(db, 9);
        {
            SqliteTransaction transaction(db);
            db.execute(sampleBeforeVersionTen());
            transaction.commit();
        }
        const QMap<QString, QStringList> before = everyRow(db);
        QVERIFY(before.value(QStringLiteral("gpu_allocation")).size() > 10);
        QCOMPARE(MigrationRunner::migrate(db, 10).toVersion, 10);
        QMap<QString, QStringList> after = everyRow(db);
        // The upgrade's own change-log entry is the one row added.
        QCOMPARE(after[QStringLiteral("change_log")].size(), before.value(QStringLiteral("change_log")).size() + 1);
        after[QStringLiteral("change_log")] = before.value(QStringLiteral("change_log"));
        QCOMPARE(after.keys(), before.keys());
        for (auto table = before.cbegin(); table != before.cend(); ++table)
            QCOMPARE(after.value(table.key()), table.value());
        // The new fields say what the sources say, and the logical facts (diff, history) carry them.
        const kai::history::LogicalFacts facts = LogicalFactReader(db).readAll();
        for (const kai::history::LogicalFact &fact : facts.value(kai::history::FactKind::GpuAllocation)) {
            const QString precision = fact.values.value(fact.fieldNames.indexOf(QStringLiteral("count_precision")));
            QCOMPARE(precision, fact.key.startsWith(QLatin1String("motif/undisclosed/B200/2026-02-20")) ? QStringLiteral("approximate")
                                                                                                       : QStringLiteral("exact"));
        }
        for (const kai::history::LogicalFact &fact : facts.value(kai::history::FactKind::Source)) {
            const QString claim = fact.values.value(fact.fieldNames.indexOf(QStringLiteral("is_company_claim")));
            QCOMPARE(claim, fact.key == QLatin1String("S34") || fact.key == QLatin1String("S47") ? QStringLiteral("1")
                                                                                                : QStringLiteral("0"));
        }
        QCOMPARE(db.queryInt(QStringLiteral("PRAGMA foreign_key_check")), 0);
        const QString none = QStringLiteral(
            "INSERT INTO gpu_allocation (consortium_id, provider_id, gpu_model_id, gpu_count, count_precision, period_start, "
            "  period_end, announced_on, source_id) "
            "SELECT c.id, %1, NULL, 0, '%2', '2026-01-16', '2026-06-30', '2026-01-23', (SELECT id FROM source WHERE code = 'S50') "
            "  FROM consortium c WHERE c.code = 'skt'");
        QVERIFY_THROWS_EXCEPTION(StoreError, db.execute(none.arg(QStringLiteral("NULL"), QStringLiteral("approximate"))));
        QVERIFY_THROWS_EXCEPTION(StoreError, db.execute(none.arg(QStringLiteral("(SELECT id FROM gpu_provider LIMIT 1)"),
                                                                 QStringLiteral("exact"))));
        db.execute(none.arg(QStringLiteral("NULL"), QStringLiteral("exact")));
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM gpu_allocation WHERE gpu_count = 0")), 1);
        QVERIFY_THROWS_EXCEPTION(StoreError, db.execute(QStringLiteral("UPDATE gpu_allocation SET gpu_count = -1")));
    }

    void refusesADatabaseFromANewerApplicationUntouched()
    {
        QTemporaryDir dir;
        const QString path = createVersionOneDatabase(dir);
        {
            SqliteConnection db = SqliteConnection::open(path, SqliteConnection::OpenMode::ReadWrite);
            db.execute(QStringLiteral("PRAGMA user_version = 99"));
        }
        const QByteArray before = kai::test::fileHash(path);
        const Database::OpenResult opened = Database::open(path, {});
        QVERIFY(!opened);
        QVERIFY2(opened.error.contains(QLatin1String("newer")), qPrintable(opened.error));
        QCOMPARE(kai::test::fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);  // no backup, no -wal
    }

    void refusesFilesThatAreNotOurs_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("text") << QByteArray("period_start,consortium\n2025-08-01,lg\n") << QStringLiteral("not an SQLite");
        QTest::newRow("short header") << QByteArray("SQLite format 3") << QStringLiteral("not an SQLite");
        QByteArray damaged("SQLite format 3\0", 16);
        damaged.append(QByteArray(4096, '\x7f'));
        QTest::newRow("damaged") << damaged << QStringLiteral("damaged");
    }

    void refusesFilesThatAreNotOurs()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("file.sqlite"));
        writeFile(path, content);
        const QByteArray before = kai::test::fileHash(path);
        const Database::OpenResult opened = Database::open(path, {});
        QVERIFY(!opened);
        QVERIFY(opened.unusableFile);
        QVERIFY2(opened.error.contains(expected), qPrintable(opened.error));
        QVERIFY2(opened.error.contains(QLatin1String("file.sqlite")), "the message names the file");
        QCOMPARE(kai::test::fileHash(path), before);
        QCOMPARE(QFileInfo(path).size(), qint64(content.size()));
    }

    void refusesAnotherApplicationsSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("foreign.db"));
        {
            SqliteConnection db = SqliteConnection::open(path, SqliteConnection::OpenMode::Create);
            db.execute(QStringLiteral("CREATE TABLE accounts (id INTEGER); INSERT INTO accounts VALUES (1)"));
        }
        const QByteArray before = kai::test::fileHash(path);
        const Database::OpenResult opened = Database::open(path, {});
        QVERIFY(!opened);
        QVERIFY2(opened.error.contains(QLatin1String("another application")), qPrintable(opened.error));
        QCOMPARE(kai::test::fileHash(path), before);
    }

    void refusesAMissingPathWithoutCreatingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typo.sqlite"));
        const Database::OpenResult opened = Database::open(path, {});
        QVERIFY(!opened);
        QVERIFY(opened.error.contains(QLatin1String("does not exist")));
        QVERIFY(!QFileInfo::exists(path));
    }

    void readOnlyOpenRefusesAnUpgradeAndWrites()
    {
        QTemporaryDir dir;
        const QString path = createVersionOneDatabase(dir);
        const QByteArray before = kai::test::fileHash(path);
        Database::OpenOptions options;
        options.readOnly = true;
        const Database::OpenResult old = Database::open(path, options);
        QVERIFY(!old);
        QVERIFY2(old.error.contains(QLatin1String("upgraded")), qPrintable(old.error));
        QCOMPARE(kai::test::fileHash(path), before);

        kai::test::SampleDatabase sample;
        auto database = sample.open(true);
        QVERIFY(database->isReadOnly());
        QVERIFY_THROWS_EXCEPTION(StoreError, database->connection().execute(QStringLiteral("DELETE FROM source")));
    }

    void sampleIsNeverWrittenOverAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("existing.sqlite"));
        writeFile(path, "keep me");
        QVERIFY(!Database::createSample(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
    }

    void newDatabasesUseWriteAheadLogging()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        SqliteStatement mode = database->connection().prepare(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.step());
        QCOMPARE(mode.columnText(0), QStringLiteral("wal"));
    }

    // Issue 16: the upgrade to version 4 writes its own row into the change log it creates.
    void theUpgradeToTheChangeLogIsItsFirstEntry()
    {
        QTemporaryDir dir;
        const QString path = createVersionOneDatabase(dir);
        {
            SqliteConnection db = SqliteConnection::open(path, SqliteConnection::OpenMode::ReadWrite);
            MigrationRunner::migrate(db, 3);
        }
        Database::OpenResult opened = Database::open(path, {});
        QVERIFY2(opened, qPrintable(opened.error));
        QVERIFY(!opened.backupPath.isEmpty());
        const QVector<ChangeLogEntry> log = ChangeLogRepository(opened.database->connection()).load();
        QCOMPARE(log.size(), MigrationRunner::latestVersion() - 3);
        const ChangeLogEntry &first = log.last();
        QCOMPARE(first.action, QStringLiteral("migration"));
        QCOMPARE(first.kind, QStringLiteral("schema"));
        QCOMPARE(first.oldValue, QStringLiteral("3"));
        QCOMPARE(first.newValue, QStringLiteral("4"));
        QVERIFY(!first.osAccount.isEmpty());
        QVERIFY(!first.appVersion.isEmpty());
        QVERIFY(first.changedAt.isValid());
        QCOMPARE(first.changedAt.timeSpec(), Qt::UTC);
    }

    void theChangeLogRefusesUpdatesAndDeletes()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        SqliteConnection &db = database->connection();
        const qint64 rows = db.queryInt(QStringLiteral("SELECT count(*) FROM change_log"));
        QVERIFY(rows >= 1);
        const QString before = QString::fromLatin1(DatabaseFingerprint(db).sha256().toHex());
        for (const QString &sql : {QStringLiteral("UPDATE change_log SET new_value = 'x'"),
                                   QStringLiteral("DELETE FROM change_log"),
                                   QStringLiteral("UPDATE change_log SET reason = 'covering up' WHERE id = 1")}) {
            try {
                db.execute(sql);
                QFAIL(qPrintable(QStringLiteral("accepted: %1").arg(sql)));
            } catch (const StoreError &error) {
                QVERIFY2(error.message().contains(QLatin1String("append-only")), qPrintable(error.message()));
            }
        }
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM change_log")), rows);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM change_log WHERE new_value = 'x'")), 0);
        // Appending is allowed, and the log is not part of the data's checksum.
        ChangeLogWriter(db, QStringLiteral("edit"), QStringLiteral("test")).append(
            QStringLiteral("source"), QStringLiteral("S1"), QStringLiteral("title"), QStringLiteral("a"), QStringLiteral("b"));
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM change_log")), rows + 1);
        QCOMPARE(QString::fromLatin1(DatabaseFingerprint(db).sha256().toHex()), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
