// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

#include <QCoreApplication>
#include <QStringList>
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
    std::optional<domain::Language> language;
    QString logLevel = QStringLiteral("info");
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
    static Result parse(const QStringList &arguments);
    // True when argv asks for something that needs no window (a command, --help, --version).
    static bool isHeadless(int argc, char **argv);
};

} // namespace kai::app
