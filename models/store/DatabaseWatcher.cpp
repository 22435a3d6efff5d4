// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DatabaseWatcher.h"

#include "store/Database.h"

#ifdef KAI_WITH_POSTGRESQL
#include "store/postgres/PgChangeListener.h"
#include "store/postgres/PgConnection.h"
#endif

namespace kai::store {

std::unique_ptr<DatabaseWatcher> DatabaseWatcher::create(Database &database)
{
#ifdef KAI_WITH_POSTGRESQL
    if (auto *server = dynamic_cast<PgConnection *>(&database.sql()))
        return std::make_unique<PgChangeListener>(*server);
#else
    Q_UNUSED(database);
#endif
    return nullptr;
}

} // namespace kai::store
