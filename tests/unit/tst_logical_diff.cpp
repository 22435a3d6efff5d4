// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: `diff` compares two databases fact by fact by stable keys.
#include "AppProcess.h"
#include "TestSupport.h"
#include "history/LogicalDatabaseDiff.h"
#include "store/SqliteConnection.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTest>

using kai::history::FactDifference;
using kai::history::FactKind;
using kai::history::LogicalDatabaseDiff;
using Change = FactDifference::Change;

Q_DECLARE_METATYPE(FactKind)
Q_DECLARE_METATYPE(FactDifference::Change)

namespace {
std::unique_ptr<kai::store::Database> openFile(const QString &path, bool readOnly = false)
{
    kai::store::Database::OpenOptions options;
    options.readOnly = readOnly;
    kai::store::Database::OpenResult opened = kai::store::Database::open(path, options);
    if (!opened)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opened.error));
    return std::move(opened.database);
}

QVector<FactDifference> diff(const QString &first, const QString &second)
{
    auto a = openFile(first, true);
    auto b = openFile(second, true);
    return LogicalDatabaseDiff::compare(a->connection(), b->connection());
}

QString describe(const QVector<FactDifference> &differences)
{
    kai::history::DiffSentences sentences(kai::domain::Language::English, QStringLiteral("A"), QStringLiteral("B"));
    QStringList lines;
    for (const FactDifference &d : differences)
        lines << sentences.sentence(d);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestLogicalDiff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    kai::test::SampleDatabase m_sample;

    // A copy of the sample database in `dir`, by the online backup (so it holds everything in the WAL).
    QString copyOfSample(const QTemporaryDir &dir, const QString &name)
    {
        const QString path = dir.filePath(name);
        m_sample.open(true)->connection().backupTo(path);
        return path;
    }

private slots:
    void initTestCase() { kai::test::enterTestMode(); }

    void aCopyIsEqualAlsoAfterVacuum()
    {
        QTemporaryDir dir;
        const QString copy = copyOfSample(dir, QStringLiteral("copy.sqlite"));
        openFile(copy)->connection().execute(QStringLiteral("VACUUM"));
        const auto differences = diff(m_sample.path(), copy);
        QVERIFY2(differences.isEmpty(), qPrintable(describe(differences)));
    }

    // Row ids are not facts: consortia renumbered and memberships written again in reverse order
    // (new ids) still hold the same data.
    void rowsRewrittenInAnotherOrderWithOtherIdsAreEqual()
    {
        QTemporaryDir dir;
        const QString copy = copyOfSample(dir, QStringLiteral("copy.sqlite"));
        {
            auto database = openFile(copy);
            kai::store::SqliteConnection &c = database->connection();
            c.execute(QStringLiteral("PRAGMA foreign_keys = OFF"));
            c.execute(QStringLiteral(
                "BEGIN;"
                "UPDATE consortium SET id = id + 1000;"
                "UPDATE membership SET consortium_id = consortium_id + 1000;"
                "UPDATE round_result SET consortium_id = consortium_id + 1000;"
                "UPDATE released_model SET consortium_id = consortium_id + 1000;"
                "UPDATE gpu_allocation SET consortium_id = consortium_id + 1000;"
                "UPDATE gpu_usage SET consortium_id = consortium_id + 1000;"
                "UPDATE gpu_usage_daily SET consortium_id = consortium_id + 1000;"
                "UPDATE funding SET consortium_id = consortium_id + 1000;"
                "CREATE TEMP TABLE m AS SELECT * FROM membership;"
                "DELETE FROM membership;"
                "INSERT INTO membership (consortium_id, organisation_id, role, joined_on, left_on, announced_on, source_id) "
                "  SELECT consortium_id, organisation_id, role, joined_on, left_on, announced_on, source_id FROM m ORDER BY id DESC;"
                "COMMIT;"));
            QCOMPARE(c.queryInt(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
            QVERIFY(c.queryInt(QStringLiteral("SELECT min(id) FROM consortium")) > 1000);
            c.execute(QStringLiteral("VACUUM"));
        }
        const auto differences = diff(m_sample.path(), copy);
        QVERIFY2(differences.isEmpty(), qPrintable(describe(differences)));
    }

    void eachKindOfDifferenceIsFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<FactKind>("kind");
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("organisation renamed")
            << "UPDATE organisation SET name_en = 'Upstage Co' WHERE code = 'upstage'" << FactKind::Organisation
            << Change::Changed << "name_en"
            << "Organisation ‘Upstage’: English name is ‘Upstage’ in A and ‘Upstage Co’ in B.";
        QTest::newRow("source added")
            << "INSERT INTO source (code, title, confidence) VALUES ('NEW1', 'A new source', 'C')" << FactKind::Source
            << Change::OnlyInSecond << "" << "Source ‘A new source (NEW1)’ is only in B.";
        QTest::newRow("member left the file")
            << "DELETE FROM membership WHERE id = (SELECT max(id) FROM membership)" << FactKind::Membership
            << Change::OnlyInFirst << "" << "is only in A.";
        QTest::newRow("result total")
            << "UPDATE round_result SET total_score = 91 WHERE total_score = 90.2" << FactKind::RoundResult
            << Change::Changed << "total_score"
            << "Round result ‘Phase-1 evaluation · LG AI Research consortium’: total score is ‘90.2’ in A and ‘91’ in B.";
        QTest::newRow("stage moved")
            << "UPDATE stage SET planned_end = date(planned_end, '+30 days') WHERE code = 'phase2-eval'"
            << FactKind::Stage << Change::Changed << "planned_end" << "planned end is";
        QTest::newRow("allocation changed")
            << "UPDATE gpu_allocation SET gpu_count = gpu_count + 8 WHERE id = (SELECT min(id) FROM gpu_allocation)"
            << FactKind::GpuAllocation << Change::Changed << "gpu_count" << "GPU count is";
        // Schema version 10: an "about" count and a company's claim are facts of their own.
        QTest::newRow("allocation precision")
            << "UPDATE gpu_allocation SET count_precision = 'exact' WHERE count_precision = 'approximate'"
            << FactKind::GpuAllocation << Change::Changed << "count_precision" << "precision of the GPU count is";
        QTest::newRow("company claim")
            << "UPDATE source SET is_company_claim = 0 WHERE code = 'S47'"
            << FactKind::Source << Change::Changed << "is_company_claim" << "company's own claim is";
        QTest::newRow("criterion score")
            << "UPDATE criterion_score SET points = points + 0.5 WHERE rowid = (SELECT min(rowid) FROM criterion_score WHERE points IS NOT NULL)"
            << FactKind::CriterionScore << Change::Changed << "points" << "points is";
        QTest::newRow("model licence")
            << "UPDATE released_model SET licence = 'MIT' WHERE id = (SELECT min(id) FROM released_model)"
            << FactKind::ReleasedModel << Change::Changed << "licence" << "licence is";
        QTest::newRow("funding")
            << "UPDATE funding SET government_krw = government_krw + 1 WHERE id = (SELECT min(id) FROM funding)"
            << FactKind::Funding << Change::Changed << "government_krw" << "government funding (KRW) is";
        QTest::newRow("stage source")
            << "UPDATE stage SET source_id = (SELECT id FROM source WHERE code = 'S9') WHERE code = 'phase2-eval'"
            << FactKind::Stage << Change::Changed << "source" << "source is";
        QTest::newRow("gpu usage sample")
            << "UPDATE gpu_usage SET gpu_hours = gpu_hours + 1 WHERE period_start = (SELECT min(period_start) FROM gpu_usage) "
               "AND consortium_id = (SELECT min(consortium_id) FROM gpu_usage WHERE period_start = (SELECT min(period_start) FROM gpu_usage))"
            << FactKind::GpuUsage << Change::Changed << "gpu_hours" << "GPU-hours is";
        QTest::newRow("gpu usage utilisation only")
            << "UPDATE gpu_usage SET utilization_pct = 1.5 WHERE period_start = (SELECT max(period_start) FROM gpu_usage) "
               "AND consortium_id = (SELECT min(consortium_id) FROM gpu_usage WHERE period_start = (SELECT max(period_start) FROM gpu_usage))"
            << FactKind::GpuUsage << Change::Changed << "content" << "differs in its details";
        QTest::newRow("round sealed")
            << "INSERT INTO round_seal (stage_id, sealed_on, sealed_at) SELECT id, '2026-01-20', '2026-01-20T09:00:00.000Z' "
               "FROM stage WHERE code = 'phase1-eval'"
            << FactKind::RoundSeal << Change::OnlyInSecond << "" << "Sealed round ‘Phase-1 evaluation’ is only in B.";
        QTest::newRow("export registered")
            << "INSERT INTO export_register (exported_at, target, language, profile, as_of, checksum, file_name) "
               "VALUES ('2026-09-02T01:00:00.000Z', 'pack', 'en', 'press', '2026-09-02', 'abcd1234', 'pack.pdf')"
            << FactKind::ExportRecord << Change::OnlyInSecond << "" << "Registered export ‘2026-09-02T01:00:00.000Z · pack.pdf’ is only in B.";
        QTest::newRow("table of a newer schema")
            << "CREATE TABLE office_memo (id INTEGER PRIMARY KEY, what TEXT); INSERT INTO office_memo (what) VALUES ('x')"
            << FactKind::OtherTable << Change::OnlyInSecond << "" << "Table ‘office_memo’ is only in B.";
    }

    void eachKindOfDifferenceIsFound()
    {
        QFETCH(QString, sql);
        QFETCH(FactKind, kind);
        QFETCH(Change, change);
        QFETCH(QString, field);
        QFETCH(QString, sentence);
        QTemporaryDir dir;
        const QString copy = copyOfSample(dir, QStringLiteral("copy.sqlite"));
        openFile(copy)->connection().execute(sql);
        const auto differences = diff(m_sample.path(), copy);
        QVERIFY2(differences.size() == 1, qPrintable(describe(differences)));
        QCOMPARE(differences.first().kind, kind);
        QCOMPARE(differences.first().change, change);
        QCOMPARE(differences.first().field, field);
        QVERIFY2(describe(differences).contains(sentence), qPrintable(describe(differences)));
        // The other way round, the sides swap.
        const auto reversed = diff(copy, m_sample.path());
        QCOMPARE(reversed.size(), 1);
        if (change != Change::Changed)
            QVERIFY(reversed.first().change != change);
    }

    // Schema version 9: a criterion score's correction is a fact of its own, named by round, team,
    // criterion and day; the `diff` command finds it too.
    void aCriterionCorrectionIsFound()
    {
        QTemporaryDir dir;
        const QString sealed = copyOfSample(dir, QStringLiteral("sealed.sqlite"));
        openFile(sealed)->connection().execute(QStringLiteral(
            "INSERT INTO round_seal (stage_id, sealed_on, sealed_at) SELECT id, '2026-01-20', '2026-01-20T09:00:00.000Z' "
            "FROM stage WHERE code = 'phase1-eval'"));
        const QString corrected = dir.filePath(QStringLiteral("corrected.sqlite"));
        openFile(sealed, true)->connection().backupTo(corrected);
        openFile(corrected)->connection().execute(QStringLiteral(
            "INSERT INTO criterion_score_correction (round_result_id, criterion_id, recorded_on, recorded_at, points, "
            "  reason_en, note_en, source_id) "
            "SELECT s.round_result_id, s.criterion_id, '2026-09-01', '2026-09-01T09:00:00.000Z', 34.0, 'Rescored', 'memo', "
            "       (SELECT id FROM source WHERE code = 'S41') "
            "  FROM criterion_score s JOIN criterion k ON k.id = s.criterion_id JOIN round_result r ON r.id = s.round_result_id "
            "  JOIN consortium c ON c.id = r.consortium_id WHERE k.code = 'benchmark' AND c.code = 'lg'"));
        const auto differences = diff(sealed, corrected);
        QVERIFY2(differences.size() == 1, qPrintable(describe(differences)));
        QCOMPARE(differences.first().kind, FactKind::CriterionCorrection);
        QCOMPARE(differences.first().change, Change::OnlyInSecond);
        QCOMPARE(describe(differences),
                 QStringLiteral("Criterion score correction ‘Phase-1 evaluation · LG AI Research consortium · Benchmark "
                                "evaluation · 2026-09-01’ is only in B."));
        const kai::test::AppRun run = kai::test::runApp({QStringLiteral("diff"), sealed, corrected, QStringLiteral("--lang"), QStringLiteral("en")}, m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("Criterion score correction")), qPrintable(run.out));
    }

    // The command: exit 0 / 1 / 2, sentences in both languages, neither file touched.
    void commandExitCodesAndFilesUntouched()
    {
        QTemporaryDir dir;
        const QString first = copyOfSample(dir, QStringLiteral("laptop.sqlite"));
        const QString second = copyOfSample(dir, QStringLiteral("office.sqlite"));
        openFile(second)->connection().execute(
            QStringLiteral("UPDATE organisation SET name_en = 'Upstage Co' WHERE code = 'upstage'"));
        // The WAL is merged into the file on close, before the files' bytes and times are taken.
        const QByteArray hashes[] = {kai::test::fileHash(first), kai::test::fileHash(second)};
        const QDateTime times[] = {QFileInfo(first).lastModified(), QFileInfo(second).lastModified()};
        QTest::qWait(1100);  // a write during the command would move the modification time

        auto run = kai::test::runApp({QStringLiteral("diff"), first, first}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("laptop.sqlite and laptop.sqlite hold the same data")) || run.out.contains(QLatin1String("hold the same data")),
                 qPrintable(run.out + run.err));

        run = kai::test::runApp({QStringLiteral("diff"), first, second, QStringLiteral("--lang"), QStringLiteral("en")},
                                m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral(
                     "Organisation ‘Upstage’: English name is ‘Upstage’ in laptop.sqlite and ‘Upstage Co’ in office.sqlite.")),
                 qPrintable(run.out + run.err));

        run = kai::test::runApp({QStringLiteral("diff"), first, second, QStringLiteral("--lang"), QStringLiteral("ko")},
                                m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("기관 ‘업스테이지’: 영문 이름은(는) laptop.sqlite에서 ‘Upstage’, "
                                                 "office.sqlite에서 ‘Upstage Co’입니다.")),
                 qPrintable(run.out + run.err));

        QCOMPARE(kai::test::fileHash(first), hashes[0]);
        QCOMPARE(kai::test::fileHash(second), hashes[1]);
        QCOMPARE(QFileInfo(first).lastModified(), times[0]);
        QCOMPARE(QFileInfo(second).lastModified(), times[1]);
    }

    void unusableFilesExitTwoNamingTheFile()
    {
        QTemporaryDir dir;
        const QString good = copyOfSample(dir, QStringLiteral("good.sqlite"));
        const QString text = kai::test::writeFile(dir.filePath(QStringLiteral("notes.sqlite")), "just some text\n");
        const QByteArray before = kai::test::fileHash(text);
        auto run = kai::test::runApp({QStringLiteral("diff"), good, text}, m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("notes.sqlite")), qPrintable(run.err));
        QCOMPARE(kai::test::fileHash(text), before);
        QVERIFY(!QFileInfo::exists(text + QStringLiteral("-wal")));

        run = kai::test::runApp({QStringLiteral("diff"), dir.filePath(QStringLiteral("missing.sqlite")), good}, m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("missing.sqlite")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing.sqlite"))));

        run = kai::test::runApp({QStringLiteral("diff"), good}, m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("exactly two")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestLogicalDiff)
#include "tst_logical_diff.moc"
