// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the command-line parser. The input is the arguments separated by NUL bytes.
#include "CommandLine.h"

#include <QCoreApplication>
#include <cstdlib>
#include <string>
#include <vector>

namespace {
int g_argc = 1;
char g_name[] = "kai-dashboard";
char *g_argv[] = {g_name, nullptr};
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // QCommandLineParser's help text reads the application's own arguments.
    static QCoreApplication application(g_argc, g_argv);
    QCoreApplication::setApplicationName(QStringLiteral("kai-dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral("fuzz"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr size_t MaxArguments = 64;
    std::vector<std::string> arguments{"kai-dashboard"};
    std::string current;
    for (size_t i = 0; i < size && arguments.size() < MaxArguments; ++i) {
        if (data[i] == 0) {
            arguments.push_back(current);
            current.clear();
        } else {
            current.push_back(char(data[i]));
        }
    }
    if (!current.empty() && arguments.size() < MaxArguments)
        arguments.push_back(current);

    std::vector<char *> argv;
    QStringList list;
    for (std::string &argument : arguments) {
        argv.push_back(argument.data());
        list.append(QString::fromUtf8(argument.data(), qsizetype(argument.size())));
    }
    argv.push_back(nullptr);
    const int argc = int(arguments.size());
    kai::app::CommandLine::isHeadless(argc, argv.data());
    kai::app::CommandLine::drawsOffscreen(argc, argv.data());
    const kai::app::CommandLine::Result result = kai::app::CommandLine::parse(list);
    // A result is an error, a text to print, or options - and a known command when it names one.
    if (!result.error.isEmpty() && !result.output.isEmpty())
        std::abort();
    if (!result.exitNow() && !result.options.command.isEmpty()
        && !kai::app::CommandLine::commands().contains(result.options.command))
        std::abort();
    return 0;
}
