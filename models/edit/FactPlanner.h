// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/FactStore.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace kai::edit {

// One fact as it was and as it becomes; a missing side is a fact that does not exist there. The
// list of these is a command's whole effect, so its inverse is the same list read backwards.
struct FactChange
{
    store::FactKind kind = store::FactKind::Source;
    qint64 id = 0;
    std::optional<store::FactFields> before;
    std::optional<store::FactFields> after;
};

// Someone else changed a fact between the moment a form read it and the moment it was saved (or
// between an edit and its undo). Carries the message that shows both values.
struct EditConflict
{
    QString message;
};

// Turns what a command wants into FactChanges, inside the write transaction: reserves ids for new
// facts and compares the values a form started from with the values stored now.
class FactPlanner
{
    Q_DECLARE_TR_FUNCTIONS(FactPlanner)

public:
    explicit FactPlanner(store::FactStore &facts) : m_facts(facts) {}

    store::FactStore &facts() { return m_facts; }
    qint64 reserveId(store::FactKind kind);
    void insert(store::FactKind kind, qint64 id, const store::FactFields &fields);
    qint64 insert(store::FactKind kind, const store::FactFields &fields);
    // Sets the fields in `desired`; throws EditConflict when a field named in `base` no longer
    // holds the value the form showed. Nothing is planned when nothing would change.
    void update(store::FactKind kind, qint64 id, const store::FactFields &base, const store::FactFields &desired);
    void remove(store::FactKind kind, qint64 id, const store::FactFields &base);

    const QVector<FactChange> &changes() const { return m_changes; }

    static QString kindLabel(store::FactKind kind);
    static bool sameValues(const std::optional<store::FactFields> &stored, const std::optional<store::FactFields> &expected);

private:
    std::optional<store::FactFields> current(store::FactKind kind, qint64 id, const store::FactFields &base);

    store::FactStore &m_facts;
    QVector<FactChange> m_changes;
    QHash<int, qint64> m_lastReserved;
};

} // namespace kai::edit
