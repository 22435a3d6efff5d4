// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessSession.h"

#include "ChangesCommand.h"
#include "CheckCommand.h"
#include "DiffCommand.h"
#include "ExportCommand.h"
#include "DashboardState.h"
#include "HistoryCommand.h"
#include "ImportGpuUsageCommand.h"
#include "InitCommand.h"
#include "ReviewCommands.h"
#include "shell/LanguageManager.h"

#include <QTextStream>
#include <cstdio>
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace kai::app {

void HeadlessSession::configureApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("kai"));
    QCoreApplication::setApplicationName(QStringLiteral("kai-dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAI_VERSION));
}

void HeadlessSession::attachConsole()
{
#ifdef Q_OS_WIN
    // The executable is a GUI-subsystem program; a command typed in a console still prints there.
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
#endif
}

int HeadlessSession::printAndExit(const CommandLine::Result &parsed)
{
    if (!parsed.error.isEmpty()) {
        QTextStream err(stderr);
        err << QStringLiteral("kai-dashboard: %1\n").arg(parsed.error)
            << QCoreApplication::translate("kai::app::CommandLine", "Run kai-dashboard --help for usage.") << Qt::endl;
        return ExitBadArguments;
    }
    QTextStream(stdout) << parsed.output;
    return ExitOk;
}

int HeadlessSession::run(const AppOptions &options)
{
    DashboardState state;
    ui::LanguageManager languages(state);
    languages.setLanguage(options.language.value_or(ui::LanguageManager::initialLanguage()), false);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (options.command == QLatin1String("check"))
        return CheckCommand::run(options, out, err);
    if (options.command == QLatin1String("export"))
        return ExportCommand::run(options, out, err);
    if (options.command == QLatin1String("import-gpu-usage"))
        return ImportGpuUsageCommand::run(options, out, err);
    if (options.command == QLatin1String("history"))
        return HistoryCommand::run(options, out, err);
    if (options.command == QLatin1String("init"))
        return InitCommand::run(options, out, err);
    if (options.command == QLatin1String("diff"))
        return DiffCommand::run(options, out, err);
    if (options.command == QLatin1String("changes"))
        return ChangesCommand::run(options, out, err);
    if (ReviewCommands::handles(options.command))
        return ReviewCommands::run(options, out, err);
    err << QStringLiteral("kai-dashboard: unknown command %1").arg(options.command) << Qt::endl;
    return ExitBadArguments;
}

} // namespace kai::app
