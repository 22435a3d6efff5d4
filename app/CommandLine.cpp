// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "files/NativeFileName.h"
#include "shell/LanguageManager.h"

#include <QCommandLineParser>
#include <cstring>

namespace kai::app {

namespace {
const char *const ValuedOptions[] = {"--db",   "--lang",  "--log-level", "--view",
                                     "--format", "--size", "--scale", "--as-of", "--out"};

bool takesValue(const char *argument)
{
    for (const char *option : ValuedOptions) {
        if (std::strcmp(argument, option) == 0)
            return true;
    }
    return false;
}

const QStringList LogLevels = {QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"),
                               QStringLiteral("warn"), QStringLiteral("error"), QStringLiteral("off")};
} // namespace

QStringList CommandLine::commands()
{
    return {QStringLiteral("check"), QStringLiteral("export"), QStringLiteral("import-gpu-usage")};
}

const char *CommandLine::firstPositional(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (takesValue(argv[i])) {
            ++i;
            continue;
        }
        if (argv[i][0] != '-')
            return argv[i];
    }
    return nullptr;
}

bool CommandLine::drawsOffscreen(int argc, char **argv)
{
    const char *command = firstPositional(argc, argv);
    return command && std::strcmp(command, "export") == 0;
}

bool CommandLine::isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        if (std::strcmp(argument, "--help") == 0 || std::strcmp(argument, "-h") == 0
            || std::strcmp(argument, "--version") == 0 || std::strcmp(argument, "-v") == 0)
            return true;
    }
    // Any positional argument means a command; an unknown one is reported without a window.
    return firstPositional(argc, argv) != nullptr;
}

CommandLine::Result CommandLine::parse(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!files::NativeFileName::isRepresentable(argv[i])) {
            Result result;
            result.error = tr("The argument '%1' is not valid UTF-8 (\\xNN marks the bytes that are not). Qt reads "
                              "file names and arguments as UTF-8 on this system, so a file with this name can be "
                              "neither opened nor written under its real name. Rename the file (for example with "
                              "convmv) and try again.")
                               .arg(files::NativeFileName::escaped(argv[i]));
            return result;
        }
    }
    return parse(QCoreApplication::arguments());
}

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    Result result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("K-AI Dashboard: the Sovereign AI Foundation Model Project at a glance.\n\n"
           "Commands (run without a window):\n"
           "  check    verify integrity, schema version and the program's rules; exit 1 when problems are found\n"
           "  export   draw a view or the briefing pack to PNG, SVG or PDF without a display "
           "(--view --lang ko|en|both --format --size --scale --press --as-of --out)\n"
           "  import-gpu-usage FILE [--strict]\n"
           "           import a GPU usage CSV in one transaction; exit 1 when rows were skipped"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Use the database FILE instead of the default one."),
                                      tr("FILE"));
    const QCommandLineOption readOnlyOption(QStringLiteral("read-only"), tr("Open the database read-only."));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Display language: ko or en."), tr("LANG"));
    const QCommandLineOption logOption(QStringLiteral("log-level"),
                                       tr("Log level: trace, debug, info, warn, error or off."), tr("LEVEL"),
                                       QStringLiteral("info"));
    const QCommandLineOption strictOption(QStringLiteral("strict"),
                                          tr("import-gpu-usage: import nothing if any row is invalid."));
    const QCommandLineOption repairRollupOption(
        QStringLiteral("repair-rollup"), tr("check: rebuild the daily GPU usage rollup from the samples first."));
    const QCommandLineOption upgradeOption(
        QStringLiteral("upgrade"),
        tr("check: upgrade a database of an older version first (a backup copy is written next to it)."));
    const QCommandLineOption fullCheckOption(
        QStringLiteral("full"),
        tr("check: run the full integrity check and re-read every GPU usage row for every rule (slower)."));
    parser.addOptions(
        {dbOption, readOnlyOption, langOption, logOption, strictOption, repairRollupOption, upgradeOption, fullCheckOption});
    parser.addOptions(ExportArguments::options());
    parser.addPositionalArgument(QStringLiteral("command"), tr("Optional command to run without a window."),
                                 QStringLiteral("[command]"));

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.output = QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                       QCoreApplication::applicationVersion());
        return result;
    }

    AppOptions &options = result.options;
    options.databasePath = parser.value(dbOption);
    options.readOnly = parser.isSet(readOnlyOption);
    options.strict = parser.isSet(strictOption);
    options.repairRollup = parser.isSet(repairRollupOption);
    options.upgrade = parser.isSet(upgradeOption);
    options.fullCheck = parser.isSet(fullCheckOption);
    options.logLevel = parser.value(logOption).toLower();
    if (!LogLevels.contains(options.logLevel)) {
        result.error = tr("Unknown log level '%1'; use one of: %2.").arg(options.logLevel, LogLevels.join(QStringLiteral(", ")));
        return result;
    }
    if (parser.isSet(dbOption) && options.databasePath.isEmpty()) {
        result.error = tr("--db needs a file name.");
        return result;
    }
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        options.command = positional.takeFirst();
        options.arguments = positional;
        if (!commands().contains(options.command)) {
            result.error = tr("Unknown command '%1'. Commands: %2.").arg(options.command, commands().join(QStringLiteral(", ")));
            return result;
        }
    }
    // export also accepts --lang both (bilingual twins); it reads --lang itself.
    if (parser.isSet(langOption) && options.command != QLatin1String("export")) {
        options.language = ui::LanguageManager::parse(parser.value(langOption));
        if (!options.language) {
            result.error = tr("Unknown language '%1'; use ko or en.").arg(parser.value(langOption));
            return result;
        }
    }
    result.error = readCommandOptions(parser, options);
    return result;
}

QString CommandLine::readCommandOptions(const QCommandLineParser &parser, AppOptions &options)
{
    if (options.command == QLatin1String("export")) {
        if (!options.arguments.isEmpty())
            return tr("export takes no positional arguments; name the file with --out FILE.");
        if (const QString error = ExportArguments::read(parser, options.exportArguments); !error.isEmpty())
            return error;
        if (options.exportArguments.languages.size() == 1)
            options.language = options.exportArguments.languages.first();
        return {};
    }
    for (const QString &name : ExportArguments::optionNames()) {
        if (parser.isSet(name))
            return tr("--%1 applies only to the export command.").arg(name);
    }
    if (options.command == QLatin1String("check") && !options.arguments.isEmpty())
        return tr("check takes no arguments; use --db FILE to name the database.");
    if (options.repairRollup && options.command != QLatin1String("check"))
        return tr("--repair-rollup applies only to the check command.");
    if (options.repairRollup && options.readOnly)
        return tr("check --repair-rollup writes to the database and cannot run with --read-only.");
    if (options.fullCheck && options.command != QLatin1String("check"))
        return tr("--full applies only to the check command.");
    if (options.upgrade && options.command != QLatin1String("check"))
        return tr("--upgrade applies only to the check command.");
    if (options.upgrade && options.readOnly)
        return tr("check --upgrade writes to the database and cannot run with --read-only.");
    if (options.command == QLatin1String("import-gpu-usage")) {
        if (options.arguments.size() != 1)
            return tr("import-gpu-usage takes exactly one CSV file; use --db FILE to name the database.");
        if (options.readOnly)
            return tr("import-gpu-usage writes to the database and cannot run with --read-only.");
    } else if (options.strict) {
        return tr("--strict applies only to the import-gpu-usage command.");
    }
    return {};
}

} // namespace kai::app
