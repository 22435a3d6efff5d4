// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportArguments.h"
#include "domain/DomainTypes.h"

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;
#include <optional>

namespace kai::app {

enum ExitCode { ExitOk = 0, ExitProblemsFound = 1, ExitBadArguments = 2 };

struct AppOptions
{
    QString command;  // empty: start the window
    QStringList arguments;  // positional arguments after the command
    QString databasePath;   // empty: the default database
    bool readOnly = false;
    bool strict = false;    // import-gpu-usage: reject the whole file on the first invalid row
    QString sheet;          // import-gpu-usage: the sheet of an .xlsx workbook (empty: the first)
    bool repairRollup = false;  // check: rebuild the daily GPU usage rollup from the samples first
    bool upgrade = false;   // check: upgrade an older database first (after a backup)
    bool fullCheck = false; // check: integrity_check and every rule re-read from every row
    bool sample = false;    // init: fill the new server database with the embedded sample data
    std::optional<domain::Language> language;
    QString logLevel = QStringLiteral("info");
    ExportArguments exportArguments;  // the export command's own options
    QDate historySince;      // history: rows changed on or after this day (UTC)
    QString historyFormat = QStringLiteral("text");  // history: text, csv or json
    QString changesSinceExport;  // changes: the checksum of a registered export (else historySince)
    // make-review-copy and export-notes: --out and --as-of (invalid: today in the program's range)
    QString reviewOutPath;
    QDate reviewAsOf;
};

// Parses the command line with QCommandLineParser. Headless commands are recognised before any
// QApplication exists, so they never need a display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    struct Result
    {
        AppOptions options;
        QString error;        // bad arguments: print and exit 2
        QString output;       // --help / --version text: print and exit 0
        bool exitNow() const { return !error.isEmpty() || !output.isEmpty(); }
    };

    static QStringList commands();
    // The --help text: what the application is and one line per command.
    static QString description();
    static Result parse(const QStringList &arguments);
    // The application's own command line: refuses an argument whose bytes are not UTF-8 (on Unix
    // Qt 6 would turn it into another file name) before parsing QCoreApplication::arguments().
    static Result parse(int argc, char **argv);
    // True when argv asks for something that needs no window (a command, --help, --version).
    static bool isHeadless(int argc, char **argv);
    // True for commands that draw widgets without a window (export): they need a QApplication on
    // the offscreen platform rather than a QCoreApplication.
    static bool drawsOffscreen(int argc, char **argv);

private:
    static const char *firstPositional(int argc, char **argv);
    // Each command checks its own options; returns an empty string or a translated reason.
    static QString readCommandOptions(const QCommandLineParser &parser, AppOptions &options);
    static QString readHistoryOptions(const QCommandLineParser &parser, AppOptions &options);
    static QString readChangesOptions(const QCommandLineParser &parser, AppOptions &options);
};

} // namespace kai::app
