// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSnapshot.h"
#include "review/ReviewNote.h"

#include <QCoreApplication>
#include <QHash>

namespace kai::review {

// What accepting a correction note leads to: the edit form of its item and the form's fields set
// to the value the reviewer proposed. Fields are named as the forms name their widgets
// ("actualEnd", "total:<consortium id>") and hold plain values (ISO dates, numbers with a dot,
// enum numbers), which the form shows in its own conventions.
//
// A proposed value is read like the value a note records as seen ("planned=2026-01-05..2026-02-27;
// actual=..."), which is what the note form starts from; a value without names sets the item's
// main field (a result's total, a stage's actual dates).
class CorrectionPlan
{
    Q_DECLARE_TR_FUNCTIONS(CorrectionPlan)

public:
    // Correction: the result's round is sealed, so the correction form, never the results form
    // (the schema would refuse the edit); its reason starts from the note's text.
    enum class Form { None, StageDates, RoundResults, Correction };

    Form form = Form::None;
    qint64 stageId = 0;
    qint64 consortiumId = 0;
    QHash<QString, QString> fields;
    QString reasonDraft;  // Correction: what the form's reason starts from
    QString refusal;  // translated, when form is None: why no form can take this correction

    explicit operator bool() const { return form != Form::None; }

    static CorrectionPlan of(const MergedNote &note, const domain::ProgramSnapshot &snapshot);
    // "a=1; b=x..y" as pairs; a text without '=' comes back under the empty name.
    static QHash<QString, QString> namedParts(const QString &value);

private:
    static CorrectionPlan forStage(const domain::Stage &stage, const QHash<QString, QString> &proposed);
    static CorrectionPlan forResult(const domain::RoundResult &result, const QHash<QString, QString> &proposed);
    static CorrectionPlan forSealedResult(const domain::RoundResult &result, const QHash<QString, QString> &proposed);
    // The proposed outcome, rank and total as fields named prefix + "outcome" (and so on).
    static void addResultFields(CorrectionPlan &plan, const QHash<QString, QString> &proposed, const QString &suffix);
    static CorrectionPlan refused(const QString &why);
};

} // namespace kai::review
