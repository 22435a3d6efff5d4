// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppDataFolder.h"
#include "CommandLine.h"
#include "GuiSession.h"
#include "HeadlessSession.h"
#include "Logging.h"

#include <QApplication>
#include <memory>

int main(int argc, char *argv[])
{
    using namespace kai::app;
    HeadlessSession::configureApplication();
    // Headless commands get a QCoreApplication, so they run where no display exists. Export draws
    // widgets, so it gets a QApplication on the offscreen platform: no display, and the same
    // picture whatever screen the script happens to run beside.
    const bool headless = CommandLine::isHeadless(argc, argv);
    const bool offscreen = CommandLine::drawsOffscreen(argc, argv);
    if (headless)
        HeadlessSession::attachConsole();
    if (offscreen)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = headless && !offscreen
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);

    kai::AppDataFolder::initialise();
    const CommandLine::Result parsed = CommandLine::parse(argc, argv);
    if (parsed.exitNow())
        return HeadlessSession::printAndExit(parsed);

    // Commands print their own messages; the window echoes warnings to stderr for developers.
    Logging::initialise(parsed.options.logLevel, parsed.options.command.isEmpty());
    const int code = parsed.options.command.isEmpty() ? GuiSession::run(parsed.options)
                                                      : HeadlessSession::run(parsed.options);
    Logging::shutdown();
    return code;
}
