// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSnapshot.h"
#include "domain/RoundDetails.h"

#include <QCoreApplication>

namespace kai {

// How a corrected sealed result reads, in the display language: the marker next to the corrected
// value ("Corrected 1 Sep 2026" / "정정 2026년 9월 1일"), and the explanation for tooltips, detail
// panels and slides (reason, original values, source; the internal note only outside the press
// profile). A result without a correction known on the as-of date reads as before: empty texts.
// A sealed round's criterion scores are corrected the same way and read the same.
class CorrectionText
{
    Q_DECLARE_TR_FUNCTIONS(CorrectionText)

public:
    static QString marker(const domain::RoundResult &result, domain::Language language);
    // "value · Corrected 1 Sep 2026" for a corrected result, the value alone otherwise.
    static QString marked(const QString &value, const domain::RoundResult &result, domain::Language language);
    static QString reason(const domain::RoundResult &result, domain::Language language);
    // One line a slide can print under its table: "LG AI Research — Corrected 1 Sep 2026: reason (source S41)".
    static QString footnote(const domain::RoundResult &result, const domain::ProgramSnapshot &snapshot,
                            domain::Language language);
    // Several lines: the marker and reason, the original values, the source, and (not in press
    // mode) the internal note.
    static QString explanation(const domain::RoundResult &result, const domain::ProgramSnapshot &snapshot,
                               domain::Language language, bool pressMode);

    // The same for a corrected criterion score; the footnote names the team and the criterion.
    static QString marker(const domain::CriterionScore &score, domain::Language language);
    static QString marked(const QString &value, const domain::CriterionScore &score, domain::Language language);
    static QString footnote(const domain::CriterionScore &score, const domain::Criterion &criterion,
                            const domain::ProgramSnapshot &snapshot, domain::Language language);
    static QString explanation(const domain::CriterionScore &score, const domain::ProgramSnapshot &snapshot,
                               domain::Language language, bool pressMode);
    // A total its corrected criteria no longer add up to: "Total not corrected; criteria now sum to 90.6".
    static QString staleTotal(const domain::RoundDetails::StaleTotal &stale, domain::Language language);
    // "LG AI Research — Total not corrected; criteria now sum to 90.6", for notes under a table.
    static QString staleTotalFootnote(const domain::RoundResult &result, const domain::RoundDetails::StaleTotal &stale,
                                      const domain::ProgramSnapshot &snapshot, domain::Language language);
    // A criterion score its corrected sub-criteria no longer add up to: "Not corrected; sub-criteria now
    // sum to 34.0", and the same as a note naming the team and the criterion.
    static QString staleParent(const domain::RoundDetails::StaleTotal &stale, domain::Language language);
    static QString staleParentFootnote(qint64 consortiumId, const domain::Criterion &criterion,
                                       const domain::RoundDetails::StaleTotal &stale,
                                       const domain::ProgramSnapshot &snapshot, domain::Language language);
    // A criterion score as a cell shows it: points to one decimal, or passed / failed for a gate.
    static QString scoreValue(std::optional<double> points, std::optional<bool> passed, domain::Language language);

private:
    static QString markerOn(const QDate &recordedOn, domain::Language language);
    static QString markedWith(const QString &value, const QString &marker);
    static QString originalValues(const domain::RoundResult &result, domain::Language language, bool pressMode);
    static QString sourceText(qint64 sourceId, const domain::ProgramSnapshot &snapshot, domain::Language language);
    static QString footnoteLine(const QString &who, const QString &marker, const QString &reason, const QString &source);
    static QString explanationLines(const QString &marker, const QString &reason, const QString &original,
                                    const QString &source, const QString &note, bool pressMode);
};

} // namespace kai
