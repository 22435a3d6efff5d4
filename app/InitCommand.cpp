// SPDX-License-Identifier: GPL-3.0-or-later
#include "InitCommand.h"

#include "store/Database.h"

namespace kai::app {

int InitCommand::run(const AppOptions &options, QTextStream &out, QTextStream &err)
{
    if (!store::Database::isServerUri(options.databasePath)) {
        err << tr("kai-dashboard init: --db must name a server database as postgresql://HOST/DBNAME; an SQLite "
                  "file needs no init (opening it creates its schema).")
            << Qt::endl;
        return ExitBadArguments;
    }
    QString summary;
    const QString error = store::Database::initServer(options.databasePath, options.sample, &summary);
    if (!error.isEmpty()) {
        err << tr("kai-dashboard init: %1").arg(error) << Qt::endl;
        return ExitBadArguments;
    }
    out << summary << Qt::endl;
    return ExitOk;
}

} // namespace kai::app
