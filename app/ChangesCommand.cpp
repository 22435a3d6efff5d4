// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangesCommand.h"

#include "DatabaseLocator.h"
#include "history/ChangesSince.h"
#include "shell/LanguageManager.h"
#include "store/StoreError.h"

#include <QDir>

namespace kai::app {

int ChangesCommand::run(const AppOptions &options, QTextStream &out, QTextStream &err)
{
    store::Database::OpenOptions openOptions;
    openOptions.readOnly = true;
    openOptions.migrate = false;
    store::Database::OpenResult opened = DatabaseLocator::open(options, openOptions, &err);
    if (!opened) {
        err << tr("kai-dashboard changes: %1").arg(opened.error) << Qt::endl;
        return ExitBadArguments;
    }
    store::SqlConnection &connection = opened.database->sql();
    const QString file = QDir::toNativeSeparators(opened.database->path());
    try {
        history::SincePoint since = history::SincePoint::fromDay(options.historySince);
        if (!options.changesSinceExport.isEmpty()) {
            const std::optional<history::ExportRecord> briefing =
                history::ChangesSince::findExport(connection, options.changesSinceExport);
            if (!briefing) {
                err << tr("kai-dashboard changes: no export in the register of %1 has the data checksum %2. The "
                          "checksum is printed on each export's stamp; the Change history window lists the register.")
                           .arg(file, options.changesSinceExport)
                    << Qt::endl;
                return ExitBadArguments;
            }
            since = history::SincePoint::fromExport(*briefing);
        }
        const domain::Language language = options.language.value_or(ui::LanguageManager::initialLanguage());
        out << history::ChangesSince::build(connection, since, language).toText();
    } catch (const store::StoreError &error) {
        err << tr("kai-dashboard changes: %1 could not be read: %2").arg(file, error.message()) << Qt::endl;
        return ExitBadArguments;
    }
    out.flush();
    return ExitOk;
}

} // namespace kai::app
