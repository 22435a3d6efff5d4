// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SealedResultStore.h"

#include "store/SqlConnection.h"
#include "store/SqlTransaction.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <optional>

namespace kai::store {

using namespace kai::domain;

namespace {
QString outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Advanced: return QStringLiteral("advanced");
    case Outcome::Eliminated: return QStringLiteral("eliminated");
    case Outcome::Withdrawn: return QStringLiteral("withdrawn");
    case Outcome::Pending: break;
    }
    return QStringLiteral("pending");
}

QString exitReasonCode(ExitReason reason)
{
    switch (reason) {
    case ExitReason::FailedGate: return QStringLiteral("failed_gate");
    case ExitReason::BelowCutLine: return QStringLiteral("below_cut_line");
    case ExitReason::NotSelected: return QStringLiteral("not_selected");
    case ExitReason::DidNotApply: return QStringLiteral("did_not_apply");
    case ExitReason::None: break;
    }
    return {};
}

void bindText(SqlQuery &statement, int index, const QString &text)
{
    if (text.trimmed().isEmpty())
        statement.bindNull(index);
    else
        statement.bind(index, text.trimmed());
}
// The id a statement ... RETURNING id gives back (0: no row), read on both engines alike.
qint64 insertedId(SqlQuery &statement)
{
    const qint64 id = statement.step() ? statement.columnInt(0) : 0;
    statement.run();
    return id;
}
} // namespace

QString SealedResultStore::timestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

// Runs apply() in a transaction of its own, or in a savepoint of the caller's, so a failure leaves
// nothing behind either way.
template<typename Write>
SealedResultStore::WriteOutcome SealedResultStore::write(Write &&apply)
{
    WriteOutcome outcome;
    const bool nested = m_connection.inTransaction();
    try {
        if (nested) {
            m_connection.execute(QStringLiteral("SAVEPOINT sealed_result_write"));
            try {
                outcome.id = apply();
                m_connection.execute(QStringLiteral("RELEASE sealed_result_write"));
            } catch (...) {
                m_connection.execute(QStringLiteral("ROLLBACK TO sealed_result_write; RELEASE sealed_result_write"));
                throw;
            }
        } else {
            SqlTransaction transaction(m_connection);
            outcome.id = apply();
            transaction.commit();
        }
    } catch (const StoreError &error) {
        outcome.errors << explained(error);
    }
    return outcome;
}

QString SealedResultStore::explained(const StoreError &error)
{
    const QString message = error.message();
    if (message.contains(QLatin1String("an export has shown")))
        return tr("An export has shown this since it was recorded, so it is part of what was published and can no "
                  "longer be taken back; record a correction instead.");
    if (message.contains(QLatin1String("that has corrections")))
        return tr("This round has corrections; it stays sealed.");
    if (message.contains(QLatin1String("sealed results:")))
        return tr("This round is sealed: its results change only through a correction.");
    return message;
}

bool SealedResultStore::isSealed(qint64 stageId)
{
    return sealedOn(stageId).has_value();
}

std::optional<QDate> SealedResultStore::sealedOn(qint64 stageId)
{
    SqlQuery query = m_connection.query(QStringLiteral("SELECT sealed_on FROM round_seal WHERE stage_id = ?1"));
    query.bind(1, stageId);
    if (!query.step())
        return std::nullopt;
    return QDate::fromString(query.columnText(0), Qt::ISODate);
}

QStringList SealedResultStore::messages(const SealProblems &problems)
{
    QStringList texts;
    for (const SealProblem &problem : problems)
        texts << problem.message;
    return texts;
}

bool SealedResultStore::isShownByAnExport(const QString &recordedAt)
{
    if (!m_connection.hasTable(QStringLiteral("export_register")))
        return false;
    SqlQuery query = m_connection.query(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM export_register WHERE exported_at >= ?1)"));
    query.bind(1, recordedAt);
    return query.step() && query.columnInt(0) != 0;
}

SealProblems SealedResultStore::checkSeal(qint64 stageId, const QDate &sealedOn)
{
    SealProblems problems;
    SqlQuery stage = m_connection.query(QStringLiteral(
        "SELECT (SELECT count(*) FROM round_result WHERE stage_id = s.id), "
        "       (SELECT count(*) FROM round_result WHERE stage_id = s.id AND outcome = 'pending'), "
        "       (SELECT max(published_on) FROM round_result WHERE stage_id = s.id) "
        "  FROM stage s WHERE s.id = ?1"));
    stage.bind(1, stageId);
    if (!stage.step())
        return {{QStringLiteral("stage"), tr("The round to seal does not exist.")}};
    if (isSealed(stageId))
        problems.append({QStringLiteral("stage"), tr("This round is already sealed.")});
    if (stage.columnInt(0) == 0)
        problems.append({QStringLiteral("stage"), tr("This round has no results to seal.")});
    if (stage.columnInt(1) > 0)
        problems.append({QStringLiteral("stage"),
                         tr("%n result(s) of this round are still pending; a round is sealed once all its results are announced.",
                            nullptr, int(stage.columnInt(1)))});
    const QDate announced = QDate::fromString(stage.columnText(2), Qt::ISODate);
    if (!sealedOn.isValid())
        problems.append({QStringLiteral("sealedOn"), tr("The sealing date is missing.")});
    else if (announced.isValid() && sealedOn < announced)
        problems.append({QStringLiteral("sealedOn"),
                         tr("The sealing date is before the results were announced (%1).").arg(announced.toString(Qt::ISODate))});
    return problems;
}

SealedResultStore::WriteOutcome SealedResultStore::sealRound(qint64 stageId, const QDate &sealedOn)
{
    if (QStringList errors = messages(checkSeal(stageId, sealedOn)); !errors.isEmpty())
        return {0, errors};
    return write([&] {
        SqlQuery insert = m_connection.query(
            QStringLiteral("INSERT INTO round_seal (stage_id, sealed_on, sealed_at) VALUES (?1, ?2, ?3) RETURNING id"));
        insert.bind(1, stageId).bind(2, sealedOn.toString(Qt::ISODate)).bind(3, timestampNow());
        return insertedId(insert);
    });
}

SealedResultStore::WriteOutcome SealedResultStore::unsealRound(qint64 stageId)
{
    if (!isSealed(stageId))
        return {0, {tr("This round is not sealed.")}};
    return write([&] {
        SqlQuery remove = m_connection.query(QStringLiteral("DELETE FROM round_seal WHERE stage_id = ?1"));
        remove.bind(1, stageId);
        remove.run();
        return stageId;
    });
}

QStringList SealedResultStore::validate(const CorrectionInput &correction)
{
    return messages(checkCorrection(correction));
}

bool SealedResultStore::checkCorrectionBasics(SealProblems &problems, qint64 roundResultId, const QDate &recordedOn,
                                              const BilingualText &reason, qint64 sourceId, bool withSource)
{
    const auto add = [&problems](const char *field, const QString &message) {
        problems.append({QString::fromLatin1(field), message});
    };
    SqlQuery result = m_connection.query(QStringLiteral(
        "SELECT s.sealed_on FROM round_result r LEFT JOIN round_seal s ON s.stage_id = r.stage_id WHERE r.id = ?1"));
    result.bind(1, roundResultId);
    if (!result.step()) {
        add("result", tr("The result to correct does not exist."));
        return false;
    }
    const QDate sealedOn = QDate::fromString(result.columnText(0), Qt::ISODate);
    if (!sealedOn.isValid())
        add("result", tr("This result's round is not sealed: change the result itself instead of recording a correction."));
    if (!recordedOn.isValid())
        add("recordedOn", tr("The date the correction was recorded is missing."));
    else if (sealedOn.isValid() && recordedOn < sealedOn)
        add("recordedOn", tr("A correction cannot be recorded before the round was sealed (%1).").arg(sealedOn.toString(Qt::ISODate)));
    if (reason.ko.trimmed().isEmpty() && reason.en.trimmed().isEmpty())
        add("reasonEn", tr("A correction needs a reason, in Korean or English."));
    if (withSource) {
        SqlQuery source = m_connection.query(QStringLiteral("SELECT confidence FROM source WHERE id = ?1"));
        source.bind(1, sourceId);
        if (sourceId == 0 || !source.step())
            add("source", tr("A correction needs a source."));
        else if (source.columnText(0) == QLatin1String("I"))
            add("source", tr("The illustrative source cannot be the source of a correction; name the source that published it."));
    }
    return true;
}

SealProblems SealedResultStore::checkCorrection(const CorrectionInput &correction, bool withSource)
{
    SealProblems problems;
    const auto add = [&problems](const char *field, const QString &message) {
        problems.append({QString::fromLatin1(field), message});
    };
    if (!checkCorrectionBasics(problems, correction.roundResultId, correction.recordedOn, correction.reason,
                               correction.sourceId, withSource))
        return problems;
    if (withSource && correction.totalScore && correction.totalSourceId == 0)
        add("total", tr("A corrected total score needs its own source."));
    if (correction.totalScore && *correction.totalScore < 0)
        add("total", tr("A total score cannot be negative."));
    if (correction.rank && *correction.rank < 1)
        add("rank", tr("A rank starts at 1."));
    if (correction.outcome == Outcome::Eliminated && correction.exitReason == ExitReason::None)
        add("outcome", tr("An eliminated team needs the reason it left."));
    if (correction.exitReason != ExitReason::None && correction.outcome != Outcome::Eliminated
        && correction.outcome != Outcome::Withdrawn)
        add("outcome", tr("Only an eliminated or withdrawn team has a reason for leaving."));
    return problems;
}

SealProblems SealedResultStore::checkCriterionCorrection(const CriterionCorrectionInput &correction, bool withSource)
{
    SealProblems problems;
    const auto add = [&problems](const char *field, const QString &message) {
        problems.append({QString::fromLatin1(field), message});
    };
    if (!checkCorrectionBasics(problems, correction.roundResultId, correction.recordedOn, correction.reason,
                               correction.sourceId, withSource))
        return problems;
    SqlQuery score = m_connection.query(QStringLiteral(
        "SELECT k.is_gate, k.max_points FROM criterion_score s JOIN criterion k ON k.id = s.criterion_id "
        " WHERE s.round_result_id = ?1 AND s.criterion_id = ?2"));
    score.bind(1, correction.roundResultId).bind(2, correction.criterionId);
    if (!score.step()) {
        add("criterion", tr("This team has no score on that criterion to correct."));
        return problems;
    }
    if (score.columnInt(0) != 0) {
        if (!correction.passed)
            add("points", tr("A gate is corrected to passed or failed."));
    } else if (!correction.points) {
        add("points", tr("The corrected score is missing."));
    } else if (*correction.points < 0) {
        add("points", tr("A score cannot be negative."));
    } else if (const std::optional<double> maximum = score.columnOptionalDouble(1); maximum && *correction.points > *maximum) {
        add("points", tr("A score cannot exceed the criterion's %1 points.").arg(*maximum));
    }
    return problems;
}

SealedResultStore::WriteOutcome SealedResultStore::recordCorrection(const CorrectionInput &correction)
{
    if (QStringList errors = validate(correction); !errors.isEmpty())
        return {0, errors};
    return write([&] {
        SqlQuery insert = m_connection.query(QStringLiteral(
            "INSERT INTO result_correction (round_result_id, recorded_on, recorded_at, outcome, exit_reason, rank, "
            "  total_score, total_is_confidential, total_source_id, reason_ko, reason_en, note_ko, note_en, source_id) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) RETURNING id"));
        insert.bind(1, correction.roundResultId).bind(2, correction.recordedOn.toString(Qt::ISODate)).bind(3, timestampNow());
        insert.bind(4, outcomeCode(correction.outcome));
        bindText(insert, 5, exitReasonCode(correction.exitReason));
        insert.bind(6, correction.rank ? std::optional<qint64>(*correction.rank) : std::nullopt);
        insert.bind(7, correction.totalScore).bind(8, correction.totalIsConfidential ? 1 : 0);
        insert.bind(9, correction.totalScore ? std::optional<qint64>(correction.totalSourceId) : std::nullopt);
        bindText(insert, 10, correction.reason.ko);
        bindText(insert, 11, correction.reason.en);
        bindText(insert, 12, correction.note.ko);
        bindText(insert, 13, correction.note.en);
        insert.bind(14, correction.sourceId);
        return insertedId(insert);
    });
}

SealedResultStore::WriteOutcome SealedResultStore::removeRow(const char *table, qint64 correctionId)
{
    return write([&] {
        SqlQuery remove =
            m_connection.query(QStringLiteral("DELETE FROM %1 WHERE id = ?1 RETURNING id").arg(QString::fromLatin1(table)));
        remove.bind(1, correctionId);
        if (insertedId(remove) == 0)
            throw StoreError(tr("The correction to remove does not exist."));
        return correctionId;
    });
}

SealedResultStore::WriteOutcome SealedResultStore::removeCorrection(qint64 correctionId)
{
    return removeRow("result_correction", correctionId);
}

SealedResultStore::WriteOutcome SealedResultStore::recordCriterionCorrection(const CriterionCorrectionInput &correction)
{
    if (QStringList errors = messages(checkCriterionCorrection(correction)); !errors.isEmpty())
        return {0, errors};
    return write([&] {
        SqlQuery insert = m_connection.query(QStringLiteral(
            "INSERT INTO criterion_score_correction (round_result_id, criterion_id, recorded_on, recorded_at, points, "
            "  passed, is_confidential, reason_ko, reason_en, note_ko, note_en, source_id) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING id"));
        insert.bind(1, correction.roundResultId).bind(2, correction.criterionId);
        insert.bind(3, correction.recordedOn.toString(Qt::ISODate)).bind(4, timestampNow());
        insert.bind(5, correction.points);
        insert.bind(6, correction.passed ? std::optional<qint64>(*correction.passed ? 1 : 0) : std::nullopt);
        insert.bind(7, correction.isConfidential ? 1 : 0);
        bindText(insert, 8, correction.reason.ko);
        bindText(insert, 9, correction.reason.en);
        bindText(insert, 10, correction.note.ko);
        bindText(insert, 11, correction.note.en);
        insert.bind(12, correction.sourceId);
        return insertedId(insert);
    });
}

SealedResultStore::WriteOutcome SealedResultStore::removeCriterionCorrection(qint64 correctionId)
{
    return removeRow("criterion_score_correction", correctionId);
}

} // namespace kai::store
