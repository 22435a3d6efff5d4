// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "DatabaseLocator.h"
#include "GuiSession.h"
#include "export/BriefingPack.h"
#include "export/ExportContext.h"
#include "export/XlsxExport.h"

#include <QDir>

namespace kai::app {

namespace {
QString exportOne(const AppOptions &options, domain::Language language, QTextStream *notes)
{
    const ExportArguments &arguments = options.exportArguments;
    store::Database::OpenOptions openOptions;
    openOptions.readOnly = true;
    openOptions.migrate = false;
    store::Database::OpenResult opened = DatabaseLocator::open(options, openOptions, notes);
    if (!opened)
        return opened.error;
    const ui::ExportContext context(std::move(opened.database),
                                    {arguments.asOf, language, arguments.settings.profile});
    if (!context.state().lastError().isEmpty())
        return context.state().lastError();
    const QString path = arguments.pathFor(language);
    if (arguments.pack)
        return ui::BriefingPack(context).write(path);
    if (arguments.workbook)
        return ui::XlsxExport(context).write(std::nullopt, path);
    return context.exportView(*arguments.view, arguments.settings, path);
}
} // namespace

int ExportCommand::run(const AppOptions &options, QTextStream &out, QTextStream &err)
{
    // The pinned font chain: the same picture on every machine that has Nanum Gothic.
    GuiSession::applyApplicationFont();
    const QList<domain::Language> &languages = options.exportArguments.languages;
    for (const domain::Language language : languages) {
        // Twins open the database once each; its notes are said once.
        QTextStream *notes = language == languages.first() ? &err : nullptr;
        if (const QString error = exportOne(options, language, notes); !error.isEmpty()) {
            err << tr("kai-dashboard export: %1").arg(error) << Qt::endl;
            return ExitBadArguments;
        }
        out << tr("Wrote %1").arg(QDir::toNativeSeparators(options.exportArguments.pathFor(language))) << Qt::endl;
    }
    return ExitOk;
}

} // namespace kai::app
