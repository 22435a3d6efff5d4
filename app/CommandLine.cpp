// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "ReviewArguments.h"
#include "files/NativeFileName.h"
#include "shell/LanguageManager.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <cstring>

namespace kai::app {

namespace {
const char *const ValuedOptions[] = {"--db",   "--lang",  "--log-level", "--view",
                                     "--format", "--size", "--scale", "--as-of", "--out", "--since", "--since-export"};

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
    return {QStringLiteral("check"), QStringLiteral("export"), QStringLiteral("import-gpu-usage"),
            QStringLiteral("history"), QStringLiteral("diff"), QStringLiteral("make-review-copy"),
            QStringLiteral("export-notes"), QStringLiteral("merge-notes"), QStringLiteral("init"),
            QStringLiteral("changes")};
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

// One translatable line per command, so that adding a command leaves the others' translations alone.
QString CommandLine::description()
{
    const QStringList commands = {
        tr("  check    verify integrity, schema version and the program's rules; exit 1 when problems are found"),
        tr("  export   draw a view or the briefing pack to PNG, SVG or PDF, the tables to XLSX or the briefing deck "
           "to PPTX, without a display (--view --lang ko|en|both --format --size --scale --press --as-of --out)"),
        tr("  import-gpu-usage FILE [--strict] [--sheet NAME]\n"
           "           import a GPU usage CSV or XLSX workbook in one transaction; exit 1 when rows were skipped"),
        tr("  history [--since YYYY-MM-DD] [--format text|csv|json]\n"
           "           print the change log: who changed what, when and why"),
        tr("  diff A B\n"
           "           list what differs between two databases (files or postgresql:// servers), fact by fact; "
           "exit 1 when they differ"),
        tr("  make-review-copy --out FILE [--as-of DATE]\n"
           "           write a read-only review copy of the database with a manifest"),
        tr("  export-notes --out FILE\n"
           "           write the reviewers' notes kept beside the database to a JSON file to send back"),
        tr("  merge-notes FILE...\n"
           "           bring reviewers' notes (JSON) into the database as open notes"),
        tr("  init --db postgresql://HOST/DBNAME [--sample]\n"
           "           create the schema on an empty PostgreSQL database, with --sample the sample data too"),
        tr("  changes --since YYYY-MM-DD | --since-export CHECKSUM\n"
           "           list in plain sentences what changed since a day or a registered briefing"),
    };
    return tr("K-AI Dashboard: the Sovereign AI Foundation Model Project at a glance.") + QStringLiteral("\n\n")
        + tr("Commands (run without a window):") + QLatin1Char('\n') + commands.join(QLatin1Char('\n'));
}

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    Result result;
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
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
    const QCommandLineOption sheetOption(QStringLiteral("sheet"),
                                         tr("import-gpu-usage: read the sheet NAME of an .xlsx workbook "
                                            "instead of the first."),
                                         tr("NAME"));
    const QCommandLineOption repairRollupOption(
        QStringLiteral("repair-rollup"), tr("check: rebuild the daily GPU usage rollup from the samples first."));
    const QCommandLineOption upgradeOption(
        QStringLiteral("upgrade"),
        tr("check: upgrade a database of an older version first (a backup copy is written next to it)."));
    const QCommandLineOption sinceOption(QStringLiteral("since"), tr("history: only changes on or after this day."),
                                         tr("YYYY-MM-DD"));
    const QCommandLineOption fullCheckOption(
        QStringLiteral("full"),
        tr("check: run the full integrity check and re-read every GPU usage row for every rule (slower)."));
    const QCommandLineOption sampleOption(QStringLiteral("sample"),
                                          tr("init: copy the embedded sample data into the new database."));
    const QCommandLineOption sinceExportOption(
        QStringLiteral("since-export"), tr("changes: since the export whose stamp shows this data checksum."),
        tr("CHECKSUM"));
    parser.addOptions({dbOption, readOnlyOption, langOption, logOption, strictOption, sheetOption, repairRollupOption,
                       upgradeOption, sinceOption, fullCheckOption, sampleOption, sinceExportOption});
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
    options.sheet = parser.value(sheetOption);
    options.repairRollup = parser.isSet(repairRollupOption);
    options.upgrade = parser.isSet(upgradeOption);
    options.fullCheck = parser.isSet(fullCheckOption);
    options.sample = parser.isSet(sampleOption);
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
    if (options.command == QLatin1String("history"))
        return readHistoryOptions(parser, options);
    if (options.command == QLatin1String("changes"))
        return readChangesOptions(parser, options);
    if (parser.isSet(QStringLiteral("since-export")))
        return tr("--since-export applies only to the changes command.");
    if (parser.isSet(QStringLiteral("since")))
        return tr("--since applies only to the history command.");
    if (ReviewArguments::handles(options.command))
        return ReviewArguments::read(parser, options);
    for (const QString &name : ExportArguments::optionNames()) {
        if (parser.isSet(name))
            return tr("--%1 applies only to the export command.").arg(name);
    }
    if (options.sample && options.command != QLatin1String("init"))
        return tr("--sample applies only to the init command.");
    if (options.command == QLatin1String("init") && !options.arguments.isEmpty())
        return tr("init takes no arguments; use --db postgresql://HOST/DBNAME to name the server database.");
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
    if (options.command == QLatin1String("diff")) {
        if (options.arguments.size() != 2)
            return tr("diff compares exactly two databases: kai-dashboard diff A.sqlite B.sqlite (a file or a "
                      "postgresql:// server each).");
        if (!options.databasePath.isEmpty())
            return tr("diff compares the two databases it names; --db does not apply.");
    }
    if (options.command == QLatin1String("import-gpu-usage")) {
        if (options.arguments.size() != 1)
            return tr("import-gpu-usage takes exactly one CSV or XLSX file; use --db FILE to name the database.");
        if (options.readOnly)
            return tr("import-gpu-usage writes to the database and cannot run with --read-only.");
    } else if (options.strict) {
        return tr("--strict applies only to the import-gpu-usage command.");
    } else if (parser.isSet(QStringLiteral("sheet"))) {
        return tr("--sheet applies only to the import-gpu-usage command.");
    }
    return {};
}

QString CommandLine::readHistoryOptions(const QCommandLineParser &parser, AppOptions &options)
{
    if (!options.arguments.isEmpty())
        return tr("history takes no arguments; use --db FILE to name the database.");
    for (const QString &name : ExportArguments::optionNames()) {
        if (name != QLatin1String("format") && parser.isSet(name))
            return tr("--%1 applies only to the export command.").arg(name);
    }
    if (parser.isSet(QStringLiteral("since"))) {
        options.historySince = QDate::fromString(parser.value(QStringLiteral("since")), Qt::ISODate);
        if (!options.historySince.isValid())
            return tr("--since needs a date as YYYY-MM-DD, not '%1'.").arg(parser.value(QStringLiteral("since")));
    }
    if (parser.isSet(QStringLiteral("format"))) {
        options.historyFormat = parser.value(QStringLiteral("format")).toLower();
        if (!QStringList{QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")}.contains(options.historyFormat))
            return tr("history --format takes text, csv or json, not '%1'.").arg(parser.value(QStringLiteral("format")));
    }
    if (options.strict || options.repairRollup || options.upgrade)
        return tr("history only reads the database; it takes --since, --format, --db and --lang.");
    return {};
}

QString CommandLine::readChangesOptions(const QCommandLineParser &parser, AppOptions &options)
{
    if (!options.arguments.isEmpty())
        return tr("changes takes no arguments; use --db FILE to name the database.");
    for (const QString &name : ExportArguments::optionNames()) {
        if (parser.isSet(name))
            return tr("--%1 applies only to the export command.").arg(name);
    }
    const bool byDay = parser.isSet(QStringLiteral("since"));
    const bool byExport = parser.isSet(QStringLiteral("since-export"));
    if (byDay == byExport)
        return tr("changes needs exactly one of --since YYYY-MM-DD and --since-export CHECKSUM.");
    if (byDay) {
        options.historySince = QDate::fromString(parser.value(QStringLiteral("since")), Qt::ISODate);
        if (!options.historySince.isValid())
            return tr("--since needs a date as YYYY-MM-DD, not '%1'.").arg(parser.value(QStringLiteral("since")));
    } else {
        options.changesSinceExport = parser.value(QStringLiteral("since-export")).trimmed();
        static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{8}$"));
        if (!hex.match(options.changesSinceExport).hasMatch())
            return tr("--since-export needs the 8-digit data checksum printed on an export's stamp, not '%1'.")
                .arg(options.changesSinceExport);
    }
    if (options.strict || options.repairRollup || options.upgrade || options.fullCheck)
        return tr("changes only reads the database; it takes --since or --since-export, --db and --lang.");
    return {};
}

} // namespace kai::app
