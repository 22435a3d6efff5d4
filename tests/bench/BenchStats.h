// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the benchmarks: repeated timing with the median, the machine's load, and
// starting the application as a child process.
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <functional>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace kai::bench {

// Median wall time of `runs` calls, in milliseconds.
inline double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.empty() ? 0 : times[times.size() / 2];
}

// The 1-minute load average (Linux); the benchmarks print it because the machine is shared.
inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll().split(' ').value(0));
}

// Runs the application once and waits for it; false when it failed.
inline bool runApp(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    return process.waitForFinished(-1) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

inline QString argumentValue(const QStringList &arguments, const QString &name, const QString &fallback = {})
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

// Peak resident memory of this process in KiB (Linux; -1 elsewhere), and its reset between runs.
inline qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline void resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

// CPU time (user + system) in seconds of this process, of this thread, or of the children waited
// for (Linux; -1 elsewhere). On a shared machine CPU time says what wall time cannot.
enum class CpuOf { Process, Thread, Children };
inline double cpuSeconds(CpuOf of)
{
#ifdef Q_OS_LINUX
    const int who = of == CpuOf::Process ? RUSAGE_SELF : of == CpuOf::Thread ? RUSAGE_THREAD : RUSAGE_CHILDREN;
    rusage usage{};
    if (getrusage(who, &usage) != 0)
        return -1;
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
#else
    Q_UNUSED(of);
    return -1;
#endif
}

} // namespace kai::bench
