// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/ChangeRecords.h"

namespace kai::store {

class SqlConnection;

// Reads what the "what changed since" list is built from besides the change log: seals and
// corrections recorded after a moment, and the names that turn logged codes and ids into words. Read-only;
// a database older than the change log (version 4) or the seals (version 5) has none of them.
class ChangesSinceReader
{
public:
    explicit ChangesSinceReader(SqlConnection &connection) : m_connection(connection) {}

    QVector<history::SealRecord> sealsSince(const QDateTime &since);
    QVector<history::CorrectionRecord> correctionsSince(const QDateTime &since);
    QVector<history::CriterionCorrectionRecord> criterionCorrectionsSince(const QDateTime &since);
    history::ItemNames names();

private:
    bool hasTable(const char *name);
    void readNames(const char *sql, QHash<QString, domain::BilingualText> &names, QHash<QString, QString> *codes);

    SqlConnection &m_connection;
};

} // namespace kai::store
