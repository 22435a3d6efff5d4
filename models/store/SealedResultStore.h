// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace kai::store {

class SqlConnection;
class StoreError;

// A new version of a sealed result's values, with why and on whose authority.
struct CorrectionInput
{
    qint64 roundResultId = 0;
    QDate recordedOn;  // from this as-of date on, views show the corrected values
    domain::Outcome outcome = domain::Outcome::Pending;
    domain::ExitReason exitReason = domain::ExitReason::None;
    std::optional<int> rank;
    std::optional<double> totalScore;
    bool totalIsConfidential = false;
    qint64 totalSourceId = 0;  // required with a total score
    domain::BilingualText reason;  // required in Korean and/or English
    domain::BilingualText note;    // internal, optional
    qint64 sourceId = 0;           // required; never the illustrative source
};

// A new version of one criterion score of a sealed round, with why and on whose authority.
struct CriterionCorrectionInput
{
    qint64 roundResultId = 0;
    qint64 criterionId = 0;
    QDate recordedOn;                 // from this as-of date on, views show the corrected score
    std::optional<double> points;     // a scored criterion's points
    std::optional<bool> passed;       // a gate's verdict
    bool isConfidential = false;
    domain::BilingualText reason;     // required in Korean and/or English
    domain::BilingualText note;       // internal, optional
    qint64 sourceId = 0;              // required; never the illustrative source
};

// One reason a seal or a correction cannot be written, keyed by the form field it concerns (an edit
// form shows it there; empty: the form as a whole). Translated when made.
struct SealProblem
{
    QString field;
    QString message;
};
using SealProblems = QVector<SealProblem>;

// Sealing a round's announced results and correcting a sealed result. Each write is one
// transaction (or part of the caller's, when one is open: an undoable edit command wraps these
// with its change-log row) and has an exact inverse, unsealRound / removeCorrection, which the
// schema allows only until an export has shown the seal or correction: those are for undo.
// Errors come back translated, never thrown; nothing is written when there is one.
class SealedResultStore
{
    Q_DECLARE_TR_FUNCTIONS(SealedResultStore)

public:
    struct WriteOutcome
    {
        qint64 id = 0;       // of the seal or correction written
        QStringList errors;  // translated; empty on success
        bool ok() const { return errors.isEmpty(); }
    };

    explicit SealedResultStore(SqlConnection &connection) : m_connection(connection) {}

    bool isSealed(qint64 stageId);
    std::optional<QDate> sealedOn(qint64 stageId);
    // The seal's record time; the export register's entries after it make it permanent.
    WriteOutcome sealRound(qint64 stageId, const QDate &sealedOn);
    WriteOutcome unsealRound(qint64 stageId);
    QStringList validate(const CorrectionInput &correction);
    // The same rules by form field ("stage", "sealedOn"; "result", "recordedOn", "outcome", "rank",
    // "total", "reasonEn", "source"). The source is left to the caller when withSource is false (an
    // edit form may add the source in the same transaction).
    SealProblems checkSeal(qint64 stageId, const QDate &sealedOn);
    SealProblems checkCorrection(const CorrectionInput &correction, bool withSource = true);
    WriteOutcome recordCorrection(const CorrectionInput &correction);
    WriteOutcome removeCorrection(qint64 correctionId);
    // A criterion score's correction, by the same rules ("result", "criterion", "points",
    // "recordedOn", "reasonEn", "source").
    SealProblems checkCriterionCorrection(const CriterionCorrectionInput &correction, bool withSource = true);
    WriteOutcome recordCriterionCorrection(const CriterionCorrectionInput &correction);
    WriteOutcome removeCriterionCorrection(qint64 correctionId);

    // Whether an export has been registered at or after a seal's or correction's record time: the
    // schema then keeps it for good (the rule of the triggers, asked before trying).
    bool isShownByAnExport(const QString &recordedAt);

    // Now, as the seal and correction tables record times (UTC, milliseconds, lexically ordered).
    static QString timestampNow();
    // The schema's triggers speak English to any tool; this says the same in the display language
    // (other errors come back as they are).
    static QString explained(const StoreError &error);

private:
    static QStringList messages(const SealProblems &problems);
    // The rules every correction shares: a sealed result, recorded on or after the seal, a reason
    // and (withSource) a real source. False when the result does not exist (nothing more to check).
    bool checkCorrectionBasics(SealProblems &problems, qint64 roundResultId, const QDate &recordedOn,
                               const domain::BilingualText &reason, qint64 sourceId, bool withSource);
    WriteOutcome removeRow(const char *table, qint64 correctionId);
    template<typename Write>
    WriteOutcome write(Write &&apply);

    SqlConnection &m_connection;
};

} // namespace kai::store
