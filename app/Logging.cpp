// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

#include "AppDataFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QtGlobal>
#include <cstdio>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace kai::app {

namespace {
constexpr std::size_t MaxLogBytes = 5 * 1024 * 1024;
constexpr std::size_t MaxLogFiles = 3;

spdlog::filename_t nativeFileName(const QString &path)
{
#ifdef SPDLOG_WCHAR_FILENAMES
    return QDir::toNativeSeparators(path).toStdWString();
#else
    return QDir::toNativeSeparators(path).toStdString();
#endif
}

spdlog::level::level_enum levelFor(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return spdlog::level::debug;
    case QtInfoMsg: return spdlog::level::info;
    case QtWarningMsg: return spdlog::level::warn;
    case QtCriticalMsg: return spdlog::level::err;
    case QtFatalMsg: return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void qtMessageBridge(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray utf8 = message.toUtf8();
    const char *category = context.category ? context.category : "qt";
    // The string_view overload logs the text as it is: a '{}' in a Qt message is not a format string.
    spdlog::log(levelFor(type), std::string_view(std::string(category) + ": " + utf8.toStdString()));
    if (type == QtFatalMsg)
        spdlog::default_logger()->flush();
}
} // namespace

QString Logging::logFilePath()
{
    return AppDataFolder::filePath(QStringLiteral("logs/kai-dashboard.log"));
}

void Logging::initialise(const QString &level, bool echoToStderr)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(echoToStderr ? spdlog::level::warn : spdlog::level::off);
    sinks.push_back(console);
    try {
        QDir().mkpath(QFileInfo(logFilePath()).absolutePath());
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(nativeFileName(logFilePath()),
                                                                              MaxLogBytes, MaxLogFiles));
    } catch (const spdlog::spdlog_ex &error) {
        std::fprintf(stderr, "kai-dashboard: logging to a file is unavailable: %s\n", error.what());
    }
    auto logger = std::make_shared<spdlog::logger>("kai", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::from_str(level.toStdString()));
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    spdlog::set_error_handler([](const std::string &message) {
        std::fprintf(stderr, "kai-dashboard: logging error: %s\n", message.c_str());
    });
    qInstallMessageHandler(qtMessageBridge);
}

void Logging::shutdown()
{
    qInstallMessageHandler(nullptr);
    spdlog::default_logger()->flush();
}

} // namespace kai::app
