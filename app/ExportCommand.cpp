// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "DatabaseLocator.h"
#include "GuiSession.h"
#include "export/BriefingDeck.h"
#include "export/BriefingPack.h"
#include "export/ExportContext.h"
#include "export/XlsxExport.h"
#include "export/pptx/PptxTemplate.h"
#include "history/ChangesSince.h"
#include "store/StoreError.h"

#include <QDir>

namespace kai::app {

namespace {
// A day as it is; a checksum names the latest registered export whose stamp shows it.
std::optional<history::SincePoint> changesSincePoint(store::SqlConnection &connection, const QString &since,
                                                     QString *error)
{
    const QDate day = QDate::fromString(since, Qt::ISODate);
    if (day.isValid())
        return history::SincePoint::fromDay(day);
    try {
        if (const std::optional<history::ExportRecord> briefing = history::ChangesSince::findExport(connection, since))
            return history::SincePoint::fromExport(*briefing);
        *error = ExportCommand::tr("No export in the register has the data checksum %1; --changes-since needs the "
                                   "checksum printed on a previous export's stamp, or a date.").arg(since);
    } catch (const store::StoreError &failure) {
        *error = failure.message();
    }
    return std::nullopt;
}

QString exportOne(const AppOptions &options, domain::Language language, QTextStream *notes,
                  const ui::PptxTemplate *deckTemplate)
{
    const ExportArguments &arguments = options.exportArguments;
    store::Database::OpenOptions openOptions;
    openOptions.readOnly = true;
    openOptions.migrate = false;
    store::Database::OpenResult opened = DatabaseLocator::open(options, openOptions, notes);
    if (!opened)
        return opened.error;
    std::optional<history::SincePoint> changesSince;
    if (!arguments.changesSince.isEmpty()) {
        QString error;
        changesSince = changesSincePoint(opened.database->sql(), arguments.changesSince, &error);
        if (!changesSince)
            return error;
    }
    ui::ExportContext context(std::move(opened.database), {arguments.asOf, language, arguments.settings.profile});
    context.setChangesSince(changesSince);
    if (!context.state().lastError().isEmpty())
        return context.state().lastError();
    const QString path = arguments.pathFor(language);
    QString error;
    if (arguments.pack)
        error = ui::BriefingPack(context).write(path);
    else if (arguments.deck)
        error = ui::BriefingDeck(context, *deckTemplate).write(path);
    else if (arguments.workbook)
        error = ui::XlsxExport(context).write(std::nullopt, path);
    else
        error = context.exportView(*arguments.view, arguments.settings, path);
    // Drawn from a read-only connection; entered in the register when the file can be written.
    if (error.isEmpty())
        context.registerExport(arguments.pack ? QStringLiteral("pack")
                               : arguments.deck ? QStringLiteral("deck")
                               : arguments.workbook ? QStringLiteral("workbook") : arguments.view->key(), path);
    return error;
}
} // namespace

int ExportCommand::run(const AppOptions &options, QTextStream &out, QTextStream &err)
{
    // The pinned font chain: the same picture on every machine that has Nanum Gothic.
    GuiSession::applyApplicationFont();
    const QList<domain::Language> &languages = options.exportArguments.languages;
    // A template is read (and refused) before anything is drawn or written.
    std::optional<ui::PptxTemplate> deckTemplate;
    if (options.exportArguments.deck) {
        QString error;
        const QString path = options.exportArguments.templatePath;
        deckTemplate = path.isEmpty() ? ui::PptxTemplate::builtIn() : ui::PptxTemplate::load(path, &error);
        if (!deckTemplate) {
            err << tr("kai-dashboard export: %1").arg(error) << Qt::endl;
            return ExitBadArguments;
        }
    }
    for (const domain::Language language : languages) {
        // Twins open the database once each; its notes are said once.
        QTextStream *notes = language == languages.first() ? &err : nullptr;
        if (const QString error = exportOne(options, language, notes, deckTemplate ? &*deckTemplate : nullptr); !error.isEmpty()) {
            err << tr("kai-dashboard export: %1").arg(error) << Qt::endl;
            return ExitBadArguments;
        }
        out << tr("Wrote %1").arg(QDir::toNativeSeparators(options.exportArguments.pathFor(language))) << Qt::endl;
    }
    return ExitOk;
}

} // namespace kai::app
