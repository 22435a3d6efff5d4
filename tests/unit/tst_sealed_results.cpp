// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: announced results are sealed at the schema level; corrections keep the original.
#include "TestEngine.h"
#include "TestSupport.h"
#include "store/ContentChecksumCache.h"
#include "store/DatabaseFingerprint.h"
#include "store/RoundDetailsRepository.h"
#include "store/SealedResultStore.h"
#include "store/SqliteConnection.h"
#include "store/StoreError.h"

#include <QTest>

using kai::store::CorrectionInput;
using kai::store::CriterionCorrectionInput;
using kai::store::SealedResultStore;
using kai::store::SqlConnection;
using kai::store::SqliteConnection;

namespace {
qint64 idOf(SqlConnection &c, const QString &sql)
{
    return kai::test::queryInt(c, sql);
}

qint64 stageId(SqlConnection &c, const char *code)
{
    return idOf(c, QStringLiteral("SELECT id FROM stage WHERE code = '%1'").arg(QLatin1String(code)));
}

qint64 resultId(SqlConnection &c, const char *stage, const char *consortium)
{
    return idOf(c, QStringLiteral("SELECT r.id FROM round_result r JOIN stage s ON s.id = r.stage_id "
                                  "JOIN consortium c ON c.id = r.consortium_id WHERE s.code = '%1' AND c.code = '%2'")
                       .arg(QLatin1String(stage), QLatin1String(consortium)));
}

qint64 sourceId(SqlConnection &c, const char *code)
{
    return idOf(c, QStringLiteral("SELECT id FROM source WHERE code = '%1'").arg(QLatin1String(code)));
}

// Runs SQL the way another tool would, and returns SQLite's message (empty: it was accepted).
QString refusal(SqlConnection &c, const QString &sql)
{
    try {
        c.execute(sql);
    } catch (const kai::store::StoreError &error) {
        return error.message();
    }
    return {};
}

CorrectionInput naverCorrection(SqlConnection &c)
{
    CorrectionInput input;
    input.roundResultId = resultId(c, "phase1-eval", "naver");
    input.recordedOn = QDate(2026, 9, 1);
    input.outcome = kai::domain::Outcome::Eliminated;
    input.exitReason = kai::domain::ExitReason::FailedGate;
    input.rank = 3;
    input.reason = {QStringLiteral("재집계 결과 순위 정정"), QStringLiteral("Rank corrected after a recount")};
    input.note = {QStringLiteral("내부 메모"), QStringLiteral("internal memo")};
    input.sourceId = sourceId(c, "S41");
    return input;
}
qint64 criterionId(SqlConnection &c, const char *stage, const char *code)
{
    return idOf(c, QStringLiteral("SELECT k.id FROM criterion k JOIN stage s ON s.id = k.stage_id "
                                  "WHERE s.code = '%1' AND k.code = '%2'")
                       .arg(QLatin1String(stage), QLatin1String(code)));
}

// LG's phase-1 benchmark score, 33.6 as published, corrected to 34.0 on 1 September 2026.
CriterionCorrectionInput lgBenchmarkCorrection(SqlConnection &c)
{
    CriterionCorrectionInput input;
    input.roundResultId = resultId(c, "phase1-eval", "lg");
    input.criterionId = criterionId(c, "phase1-eval", "benchmark");
    input.recordedOn = QDate(2026, 9, 1);
    input.points = 34.0;
    input.reason = {QStringLiteral("벤치마크 재채점"), QStringLiteral("Benchmark rescored")};
    input.note = {QString(), QStringLiteral("internal memo")};
    input.sourceId = sourceId(c, "S41");
    return input;
}

// The LG benchmark score the views read as known on a day.
kai::domain::CriterionScore lgBenchmarkAsOf(SqlConnection &c, const QDate &asOf)
{
    const kai::domain::RoundDetails details = kai::store::RoundDetailsRepository(c).load(stageId(c, "phase1-eval"), asOf);
    const qint64 lg = idOf(c, QStringLiteral("SELECT id FROM consortium WHERE code = 'lg'"));
    const kai::domain::CriterionScore *score = details.score(lg, criterionId(c, "phase1-eval", "benchmark"));
    return score ? *score : kai::domain::CriterionScore{};
}

QString insertCriterionCorrectionSql(const CriterionCorrectionInput &input, const char *recordedAt = "2026-09-01T09:00:00.000Z")
{
    return QStringLiteral("INSERT INTO criterion_score_correction (round_result_id, criterion_id, recorded_on, recorded_at, "
                          "points, reason_en, source_id) VALUES (%1, %2, '2026-09-01', '%3', 34.0, 'r', %4)")
        .arg(input.roundResultId)
        .arg(input.criterionId)
        .arg(QLatin1String(recordedAt))
        .arg(input.sourceId);
}
} // namespace

class TestSealedResults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { kai::test::enterTestMode(); }

    void sealingNeedsAnnouncedResults()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        SqlConnection &c = database->sql();
        SealedResultStore store(c);
        // Phase 2 is still pending.
        auto outcome = store.sealRound(stageId(c, "phase2-eval"), QDate(2026, 9, 1));
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.errors.join(QLatin1Char(' ')).contains(QLatin1String("pending")), qPrintable(outcome.errors.join(QLatin1Char(' '))));
        // Phase 1 was announced on 15 January 2026: not sealed before then.
        outcome = store.sealRound(stageId(c, "phase1-eval"), QDate(2026, 1, 14));
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.errors.join(QLatin1Char(' ')).contains(QLatin1String("2026-01-15")));
        QVERIFY(!store.isSealed(stageId(c, "phase1-eval")));
        // The schema refuses the same without the store's checks.
        QVERIFY(refusal(c, QStringLiteral("INSERT INTO round_seal (stage_id, sealed_on, sealed_at) VALUES (%1, '2026-09-01', 'x')")
                               .arg(stageId(c, "phase2-eval")))
                    .contains(QLatin1String("sealed results")));
        outcome = store.sealRound(stageId(c, "phase1-eval"), QDate(2026, 1, 15));
        QVERIFY2(outcome.ok(), qPrintable(outcome.errors.join(QLatin1Char(' '))));
        QCOMPARE(store.sealedOn(stageId(c, "phase1-eval")), QDate(2026, 1, 15));
        QVERIFY(!store.sealRound(stageId(c, "phase1-eval"), QDate(2026, 1, 16)).ok());
    }

    // Whatever tool writes the file: no UPDATE, DELETE or INSERT of a sealed round's results or scores.
    void triggersRefuseWritesToSealedResults()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        SqlConnection &c = database->sql();
        QVERIFY(SealedResultStore(c).sealRound(stageId(c, "phase1-eval"), QDate(2026, 1, 16)).ok());
        const qint64 lg = resultId(c, "phase1-eval", "lg");
        const QStringList writes = {
            QStringLiteral("UPDATE round_result SET total_score = 99 WHERE id = %1").arg(lg),
            QStringLiteral("UPDATE round_result SET note_en = 'x' WHERE id = %1").arg(lg),
            QStringLiteral("DELETE FROM round_result WHERE id = %1").arg(lg),
            QStringLiteral("UPDATE round_result SET stage_id = %1 WHERE id = %2").arg(stageId(c, "phase1-eval")).arg(resultId(c, "phase2-eval", "lg")),
            QStringLiteral("INSERT INTO round_result (stage_id, consortium_id, outcome, evaluated_on, published_on, source_id) "
                           "VALUES (%1, (SELECT id FROM consortium WHERE code = 'kt'), 'advanced', '2026-01-14', '2026-01-15', 1)")
                .arg(stageId(c, "phase1-eval")),
            QStringLiteral("UPDATE criterion_score SET points = points + 1 WHERE round_result_id = %1").arg(lg),
            QStringLiteral("DELETE FROM criterion_score WHERE round_result_id = %1").arg(lg),
            QStringLiteral("UPDATE round_seal SET sealed_on = '2026-02-01'"),
        };
        const QByteArray before = kai::store::DatabaseFingerprint(c).sha256();
        for (const QString &sql : writes)
            QVERIFY2(refusal(c, sql).contains(QLatin1String("sealed results")), qPrintable(sql));
        QCOMPARE(kai::store::DatabaseFingerprint(c).sha256(), before);
        // Other rounds stay editable.
        QCOMPARE(refusal(c, QStringLiteral("UPDATE round_result SET note_en = 'x' WHERE id = %1").arg(resultId(c, "phase2-eval", "lg"))),
                 QString());
    }

    void correctionIsValidatedAndKeepsTheOriginal()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        SqlConnection &c = database->sql();
        SealedResultStore store(c);
        CorrectionInput input = naverCorrection(c);
        // Not sealed yet: the result is simply edited, not corrected.
        QVERIFY(store.validate(input).join(QLatin1Char(' ')).contains(QLatin1String("not sealed")));
        QVERIFY(store.sealRound(stageId(c, "phase1-eval"), QDate(2026, 1, 20)).ok());

        CorrectionInput noReason = input;
        noReason.reason = {QStringLiteral("  "), QString()};
        QVERIFY(store.recordCorrection(noReason).errors.join(QLatin1Char(' ')).contains(QLatin1String("reason")));
        CorrectionInput noSource = input;
        noSource.sourceId = 0;
        QVERIFY(store.recordCorrection(noSource).errors.join(QLatin1Char(' ')).contains(QLatin1String("needs a source")));
        CorrectionInput illustrative = input;
        illustrative.sourceId = sourceId(c, "ILLUSTRATIVE");
        QVERIFY(store.recordCorrection(illustrative).errors.join(QLatin1Char(' ')).contains(QLatin1String("illustrative")));
        CorrectionInput early = input;
        early.recordedOn = QDate(2026, 1, 19);
        QVERIFY(store.recordCorrection(early).errors.join(QLatin1Char(' ')).contains(QLatin1String("2026-01-20")));
        CorrectionInput noExit = input;
        noExit.exitReason = kai::domain::ExitReason::None;
        QVERIFY(!store.recordCorrection(noExit).ok());
        QCOMPARE(kai::test::queryInt(c, QStringLiteral("SELECT count(*) FROM result_correction")), 0);
        // The schema refuses an illustrative source or a missing reason from any tool too.
        QVERIFY(!refusal(c, QStringLiteral("INSERT INTO result_correction (round_result_id, recorded_on, recorded_at, outcome, "
                                           "reason_en, source_id) VALUES (%1, '2026-09-01', 'x', 'advanced', 'r', %2)")
                                .arg(input.roundResultId).arg(illustrative.sourceId))
                     .isEmpty());
        QVERIFY(!refusal(c, QStringLiteral("INSERT INTO result_correction (round_result_id, recorded_on, recorded_at, outcome, "
                                           "source_id) VALUES (%1, '2026-09-01', 'x', 'advanced', %2)")
                                .arg(input.roundResultId).arg(input.sourceId))
                     .isEmpty());

        const auto recorded = store.recordCorrection(input);
        QVERIFY2(recorded.ok(), qPrintable(recorded.errors.join(QLatin1Char(' '))));
        QCOMPARE(kai::test::queryInt(c, QStringLiteral("SELECT rank FROM round_result WHERE id = %1").arg(input.roundResultId)), 2);
        QCOMPARE(kai::test::queryInt(c, QStringLiteral("SELECT rank FROM result_correction WHERE id = %1").arg(recorded.id)), 3);
        QVERIFY(refusal(c, QStringLiteral("UPDATE result_correction SET rank = 4")).contains(QLatin1String("never changed")));
    }

    // Each write has an exact inverse (for undo): the logical checksum returns to what it was.
    void inversesRestoreTheChecksumUntilAnExportShowsIt()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        SqlConnection &c = database->sql();
        SealedResultStore store(c);
        const QByteArray original = kai::store::DatabaseFingerprint(c).sha256();
        const qint64 phase1 = stageId(c, "phase1-eval");
        QVERIFY(store.sealRound(phase1, QDate(2026, 1, 20)).ok());
        const QByteArray sealed = kai::store::DatabaseFingerprint(c).sha256();
        QVERIFY(sealed != original);
        QVERIFY(store.unsealRound(phase1).ok());
        QCOMPARE(kai::store::DatabaseFingerprint(c).sha256(), original);

        QVERIFY(store.sealRound(phase1, QDate(2026, 1, 20)).ok());
        const QByteArray beforeCorrection = kai::store::DatabaseFingerprint(c).sha256();
        const auto correction = store.recordCorrection(naverCorrection(c));
        QVERIFY(correction.ok());
        QVERIFY(!store.unsealRound(phase1).ok());  // corrections keep the round sealed
        QVERIFY(store.removeCorrection(correction.id).ok());
        QVERIFY(!store.removeCorrection(correction.id).ok());
        QCOMPARE(kai::store::DatabaseFingerprint(c).sha256(), beforeCorrection);

        // Inside a caller's transaction (an edit command with its change-log row), a refused write
        // rolls back only itself.
        c.beginWrite();
        c.execute(QStringLiteral("UPDATE round_result SET note_en = 'caller' WHERE id = %1").arg(resultId(c, "phase2-eval", "lg")));
        QVERIFY(!store.sealRound(phase1, QDate(2026, 1, 21)).ok());
        QVERIFY(c.inTransaction());
        c.commitWrite();
        QCOMPARE(kai::test::queryInt(c, QStringLiteral("SELECT count(*) FROM round_result WHERE note_en = 'caller'")), 1);

        // Once an export has shown them, neither the correction nor the seal can be taken back.
        const auto shown = store.recordCorrection(naverCorrection(c));
        QVERIFY(shown.ok());
        c.execute(QStringLiteral("INSERT INTO export_register (exported_at, target, language, profile, as_of, checksum, file_name) "
                                 "VALUES ('%1', 'rounds', 'en', 'press', '2026-09-02', 'abc', 'x.png')")
                      .arg(SealedResultStore::timestampNow()));
        const auto refused = store.removeCorrection(shown.id);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errors.join(QLatin1Char(' ')).contains(QLatin1String("An export has shown")), qPrintable(refused.errors.join(QLatin1Char(' '))));
        QVERIFY(!store.unsealRound(phase1).ok());
        QVERIFY(refusal(c, QStringLiteral("DELETE FROM export_register")).contains(QLatin1String("never removed")));
    }

    // Schema version 9: a criterion score is corrected only once its round is sealed, whatever tool
    // writes the file; the corrected score's table keeps the original and refuses rewrites.
    void criterionCorrectionNeedsASealedRound()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        SqlConnection &c = database->sql();
        SealedResultStore store(c);
        const CriterionCorrectionInput input = lgBenchmarkCorrection(c);
        QVERIFY(store.checkCriterionCorrection(input).size() == 1);
        QVERIFY(store.recordCriterionCorrection(input).errors.join(QLatin1Char(' ')).contains(QLatin1String("not sealed")));
        QVERIFY(refusal(c, insertCriterionCorrectionSql(input)).contains(QLatin1String("only a sealed result is corrected")));
        QCOMPARE(kai::test::queryInt(c, QStringLiteral("SELECT count(*) FROM criterion_score_correction")), 0);

        QVERIFY(store.sealRound(stageId(c, "phase1-eval"), QDate(2026, 1, 20)).ok());
        // The schema refuses a correction dated before the seal and one citing the illustrative source.
        QVERIFY(refusal(c, insertCriterionCorrectionSql(input).replace(QLatin1String("'2026-09-01'"), QLatin1String("'2026-01-19'")))
                    .contains(QLatin1String("on or after its sealing date")));
        CriterionCorrectionInput illustrative = input;
        illustrative.sourceId = sourceId(c, "ILLUSTRATIVE");
        QVERIFY(refusal(c, insertCriterionCorrectionSql(illustrative)).contains(QLatin1String("real source")));
        QVERIFY(!store.recordCriterionCorrection(illustrative).ok());
        // A correction of a score the team does not have, beyond the criterion's points, or without a reason.
        CriterionCorrectionInput tooHigh = input;
        tooHigh.points = 41;
        QVERIFY(store.recordCriterionCorrection(tooHigh).errors.join(QLatin1Char(' ')).contains(QLatin1String("40")));
        CriterionCorrectionInput noReason = input;
        noReason.reason = {};
        QVERIFY(store.recordCriterionCorrection(noReason).errors.join(QLatin1Char(' ')).contains(QLatin1String("reason")));
        CriterionCorrectionInput gate = input;
        gate.criterionId = criterionId(c, "phase1-eval", "independence");
        QVERIFY(store.recordCriterionCorrection(gate).errors.join(QLatin1Char(' ')).contains(QLatin1String("passed or failed")));
        CriterionCorrectionInput otherRound = input;
        otherRound.criterionId = criterionId(c, "phase1-eval", "benchmark") + 1000;
        QVERIFY(!store.recordCriterionCorrection(otherRound).ok());
        QCOMPARE(kai::test::queryInt(c, QStringLiteral("SELECT count(*) FROM criterion_score_correction")), 0);

        const auto recorded = store.recordCriterionCorrection(input);
        QVERIFY2(recorded.ok(), qPrintable(recorded.errors.join(QLatin1Char(' '))));
        // The original score stays; the sealed score and the correction refuse rewrites.
        QCOMPARE(kai::test::queryInt(c, QStringLiteral("SELECT CAST(points * 10 AS INTEGER) FROM criterion_score WHERE round_result_id = %1 "
                                           "AND criterion_id = %2").arg(input.roundResultId).arg(input.criterionId)),
                 336);
        QVERIFY(refusal(c, QStringLiteral("UPDATE criterion_score SET points = 34 WHERE round_result_id = %1 AND criterion_id = %2")
                               .arg(input.roundResultId).arg(input.criterionId))
                    .contains(QLatin1String("sealed results")));
        QVERIFY(refusal(c, QStringLiteral("DELETE FROM criterion_score WHERE round_result_id = %1").arg(input.roundResultId))
                    .contains(QLatin1String("sealed results")));
        QVERIFY(refusal(c, QStringLiteral("UPDATE criterion_score_correction SET points = 35")).contains(QLatin1String("never changed")));
        // A round whose scores have corrections stays sealed.
        QVERIFY(!store.unsealRound(stageId(c, "phase1-eval")).ok());
    }

    // The known-when rule: as of a day before the correction was recorded, the original score.
    void criterionCorrectionShowsFromItsDayOn()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        SqlConnection &c = database->sql();
        SealedResultStore store(c);
        QVERIFY(store.sealRound(stageId(c, "phase1-eval"), QDate(2026, 1, 20)).ok());
        QVERIFY(store.recordCriterionCorrection(lgBenchmarkCorrection(c)).ok());

        const kai::domain::CriterionScore now = lgBenchmarkAsOf(c, QDate(2026, 9, 1));
        QCOMPARE(now.points, std::optional<double>(34.0));
        QVERIFY(now.correction);
        QCOMPARE(now.correction->recordedOn, QDate(2026, 9, 1));
        QCOMPARE(now.correction->originalPoints, std::optional<double>(33.6));
        QCOMPARE(now.correction->reason.en, QStringLiteral("Benchmark rescored"));
        QCOMPARE(now.correction->note.en, QStringLiteral("internal memo"));
        QCOMPARE(now.sourceId, sourceId(c, "S41"));

        const kai::domain::CriterionScore before = lgBenchmarkAsOf(c, QDate(2026, 8, 31));
        QCOMPARE(before.points, std::optional<double>(33.6));
        QVERIFY(!before.correction);
        QCOMPARE(before.sourceId, sourceId(c, "S39"));

        // A later correction supersedes the earlier one from its own day on.
        CriterionCorrectionInput second = lgBenchmarkCorrection(c);
        second.recordedOn = QDate(2026, 10, 1);
        second.points = 34.4;
        QVERIFY(store.recordCriterionCorrection(second).ok());
        QCOMPARE(lgBenchmarkAsOf(c, QDate(2026, 9, 30)).points, std::optional<double>(34.0));
        QCOMPARE(lgBenchmarkAsOf(c, QDate(2026, 10, 1)).points, std::optional<double>(34.4));
        QCOMPARE(lgBenchmarkAsOf(c, QDate(2026, 10, 1)).correction->originalPoints, std::optional<double>(33.6));
    }

    // The inverse (for undo) until an export has shown it; the checksum covers the new table.
    void criterionCorrectionIsRemovedOnlyBeforeAnExport()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        SqlConnection &c = database->sql();
        SealedResultStore store(c);
        // The new table is content: the checksum covers it, and its cached sum is guarded like the others'.
        QVERIFY(kai::store::ContentChecksumCache::contentTables(c).contains(QStringLiteral("criterion_score_correction")));
        if (!kai::test::testsOnServer()) {  // the checksum cache and its guards are a file's (a server sums live)
            QCOMPARE(kai::test::queryInt(c, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                               "AND name LIKE '%criterion_score_correction %'")),
                     4);  // the journaling guards: replace, insert, update, delete
        }
        QVERIFY(store.sealRound(stageId(c, "phase1-eval"), QDate(2026, 1, 20)).ok());
        const QByteArray sealed = kai::store::DatabaseFingerprint(c).sha256();
        const auto correction = store.recordCriterionCorrection(lgBenchmarkCorrection(c));
        QVERIFY(correction.ok());
        QVERIFY(kai::store::DatabaseFingerprint(c).sha256() != sealed);
        QVERIFY(store.removeCriterionCorrection(correction.id).ok());
        QCOMPARE(kai::store::DatabaseFingerprint(c).sha256(), sealed);

        const auto shown = store.recordCriterionCorrection(lgBenchmarkCorrection(c));
        QVERIFY(shown.ok());
        c.execute(QStringLiteral("INSERT INTO export_register (exported_at, target, language, profile, as_of, checksum, file_name) "
                                 "VALUES ('%1', 'rounds', 'ko', 'press', '2026-09-02', 'abc', 'x.png')")
                      .arg(SealedResultStore::timestampNow()));
        const auto refused = store.removeCriterionCorrection(shown.id);
        QVERIFY2(refused.errors.join(QLatin1Char(' ')).contains(QLatin1String("An export has shown")),
                 qPrintable(refused.errors.join(QLatin1Char(' '))));
        QVERIFY(refusal(c, QStringLiteral("DELETE FROM criterion_score_correction")).contains(QLatin1String("an export has shown")));
    }
};

KAI_GUILESS_TEST_MAIN_BOTH_ENGINES(TestSealedResults)
#include "tst_sealed_results.moc"
