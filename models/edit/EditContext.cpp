// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/EditContext.h"

#include "store/Database.h"
#include "store/ProgramRepository.h"
#include "store/RoundDetailsRepository.h"

namespace kai::edit {

namespace {
// Later than any announcement: "as known on" this day is everything in the database.
const QDate Everything(9999, 12, 31);
} // namespace

EditContext::EditContext(store::Database &database, domain::Language language)
    : m_database(database), m_facts(database.sql()), m_language(language)
{
}

EditContext::~EditContext() = default;

const domain::ProgramSnapshot &EditContext::program()
{
    if (!m_program) {
        m_program = std::make_unique<domain::ProgramSnapshot>(
            store::ProgramRepository(m_database.sql()).loadSnapshot(Everything));
    }
    return *m_program;
}

QVector<domain::Criterion> EditContext::criteriaOf(qint64 stageId)
{
    return roundDetails(stageId).criteria;
}

domain::RoundDetails EditContext::roundDetails(qint64 stageId)
{
    return store::RoundDetailsRepository(m_database.sql()).load(stageId, Everything);
}

store::FactFields EditContext::read(store::FactKind kind, qint64 id)
{
    return m_facts.read(kind, id).value_or(store::FactFields());
}

QHash<qint64, qint64> EditContext::resultIdsOf(qint64 stageId)
{
    QHash<qint64, qint64> ids;
    for (const qint64 id : m_facts.idsWhere(store::FactKind::RoundResult, QStringLiteral("stage_id"), stageId))
        ids.insert(read(store::FactKind::RoundResult, id).value(QStringLiteral("consortium_id")).toLongLong(), id);
    return ids;
}

} // namespace kai::edit
