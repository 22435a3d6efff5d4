// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/LogicalFact.h"

#include <QCoreApplication>

namespace kai::store {
class SqlConnection;
}

namespace kai::history {

// One way two databases differ: a fact only in the first, only in the second, or in both with
// other values (one entry per differing field).
struct FactDifference
{
    enum class Change { OnlyInFirst, OnlyInSecond, Changed };
    Change change = Change::Changed;
    FactKind kind = FactKind::OtherTable;
    QString key;
    domain::BilingualText label;
    QString field;        // Changed only
    QString firstValue;   // null: no value
    QString secondValue;
};

// Compares two databases fact by fact by stable keys (see store::LogicalFactReader): the same data
// written in another order, with other row ids, vacuumed or not, compares equal. Reads only.
class LogicalDatabaseDiff
{
public:
    static QVector<FactDifference> compare(const LogicalFacts &first, const LogicalFacts &second);
    // Reads both connections and compares them; throws store::StoreError when one cannot be read.
    static QVector<FactDifference> compare(store::SqlConnection &first, store::SqlConnection &second);

private:
    static void compareKind(FactKind kind, const FactsByKey &first, const FactsByKey &second,
                            QVector<FactDifference> &differences);
};

// Plain sentences for differences, in the display language (installed translator) and with names
// in that language: "Organisation ‘Upstage’: English name is ‘A’ in laptop.sqlite and ‘B’ in office.sqlite."
class DiffSentences
{
    Q_DECLARE_TR_FUNCTIONS(DiffSentences)

public:
    DiffSentences(domain::Language language, const QString &firstName, const QString &secondName)
        : m_language(language), m_firstName(firstName), m_secondName(secondName)
    {
    }

    QString sentence(const FactDifference &difference) const;
    static QString kindName(FactKind kind);
    static QString fieldName(const QString &field);

private:
    QString value(const QString &field, const QString &text) const;

    domain::Language m_language;
    QString m_firstName;
    QString m_secondName;
};

} // namespace kai::history
