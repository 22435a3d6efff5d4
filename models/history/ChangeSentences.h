// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/ChangeRecords.h"
#include "history/ChangesReport.h"
#include "history/NetChanges.h"

#include <QCoreApplication>

namespace kai::history {

// A line and the section it belongs in.
struct GroupedLine
{
    ChangeGroup group = ChangeGroup::Rounds;
    ChangeLine line;
};

// Plain sentences, in the display language (installed translator), for what a period changed:
// "LG AI Research advanced in Phase-1 evaluation (rank 1)." Names come from the database's current
// names; a value the log holds as a row id is named too. The press profile leaves out changes of
// internal notes.
class ChangeSentences
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSentences)

public:
    ChangeSentences(const ItemNames &names, domain::Language language, bool press)
        : m_names(names), m_language(language), m_press(press)
    {
    }

    QVector<GroupedLine> linesFor(const NetFactChange &fact) const;
    GroupedLine sealed(const SealRecord &seal) const;
    GroupedLine corrected(const CorrectionRecord &correction) const;
    GroupedLine corrected(const CriterionCorrectionRecord &correction) const;
    GroupedLine imported(const ImportTally &imports) const;

    static QString groupTitle(ChangeGroup group);
    static QString fieldName(const QString &field);

private:
    using Lines = QVector<GroupedLine>;
    Lines roundResult(const NetFactChange &fact) const;
    Lines membership(const NetFactChange &fact) const;
    Lines releasedModel(const NetFactChange &fact) const;
    Lines stage(const NetFactChange &fact) const;
    Lines allocation(const NetFactChange &fact) const;
    Lines source(const NetFactChange &fact) const;
    Lines plain(const NetFactChange &fact, ChangeGroup group, const QString &itemCode) const;
    // One sentence per field: "Subject: field changed from A to B."
    void addFieldLines(Lines &lines, const NetFactChange &fact, const QString &subject, ChangeGroup group,
                       const QString &itemCode, const QStringList &skip = {}) const;
    GroupedLine make(ChangeGroup group, const QString &sentence, const QString &itemCode, const NetFactChange &fact) const;

    QString named(const QHash<QString, domain::BilingualText> &names, const QString &code) const;
    QString consortium(const QString &code) const { return named(m_names.consortia, code); }
    QString stageName(const QString &code) const { return named(m_names.stages, code); }
    QString consortiumOfId(const QString &id) const { return consortium(m_names.consortiumCodes.value(id, id)); }
    QString date(const QString &isoDate) const;
    // A date as precise as its source: the month alone for a precision code of 'month'.
    QString atPrecision(const QString &isoDate, const QString &precisionCode) const;
    QString value(const QString &field, const QString &text) const;
    QString outcomeWithRank(domain::Outcome outcome, std::optional<int> rank) const;
    QString score(const CriterionCorrectionRecord::Score &score) const;
    QString withReason(QString sentence, const domain::BilingualText &reason) const;
    bool isInternal(const QString &field) const;

    const ItemNames &m_names;
    domain::Language m_language;
    bool m_press;
};

} // namespace kai::history
