// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RoundDetails.h"

namespace kai::store {

class SqlConnection;

// Reads one round's criteria, criterion scores, frozen references and model scores "as known on
// date D": scores only once the round's results were published, references once frozen.
class RoundDetailsRepository
{
public:
    explicit RoundDetailsRepository(SqlConnection &connection) : m_connection(connection) {}

    domain::RoundDetails load(qint64 stageId, const QDate &asOf);

private:
    QVector<domain::Criterion> loadCriteria(qint64 stageId);
    QVector<domain::CriterionScore> loadScores(qint64 stageId, const QString &asOf);
    QVector<domain::RoundReference> loadReferences(qint64 stageId, const QString &asOf);
    QVector<domain::ModelScore> loadModelScores(qint64 stageId, const QString &asOf);

    SqlConnection &m_connection;
};

} // namespace kai::store
