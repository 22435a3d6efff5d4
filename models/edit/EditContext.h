// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSnapshot.h"
#include "domain/RoundDetails.h"
#include "store/FactStore.h"

#include <memory>

namespace kai::store {
class Database;
}

namespace kai::edit {

// What edit commands and their forms read: the whole program (everything ever announced, not "as
// known on" the view's date, since a rule must see every membership), the current fields of one
// fact (a form's starting point and the version it remembers), and the choices a form offers.
class EditContext
{
public:
    // Names in problems follow the display language.
    explicit EditContext(store::Database &database, domain::Language language = domain::Language::English);
    ~EditContext();

    store::Database &database() { return m_database; }
    domain::Language language() const { return m_language; }
    store::FactStore &facts() { return m_facts; }
    const domain::ProgramSnapshot &program();
    QVector<domain::Criterion> criteriaOf(qint64 stageId);
    // A round's criteria and scores as they read now (the latest corrections included).
    domain::RoundDetails roundDetails(qint64 stageId);
    // The current fields of a fact; empty when it is gone.
    store::FactFields read(store::FactKind kind, qint64 id);
    // The result rows of a round by consortium id.
    QHash<qint64, qint64> resultIdsOf(qint64 stageId);

private:
    store::Database &m_database;
    store::FactStore m_facts;
    std::unique_ptr<domain::ProgramSnapshot> m_program;
    domain::Language m_language;
};

} // namespace kai::edit
