// SPDX-License-Identifier: GPL-3.0-or-later
// What an official sees on a large database, each figure a median of --runs runs (offscreen):
// - start to first painted window: this program started as a child that builds the main window on
//   the database, shows it and exits after its first paint, against a child that shows a bare
//   QMainWindow, alternating in the same run (target <= 3x the bare window);
// - view switch (Ctrl+1...5) until the window is painted: the first visit (which builds the view;
//   one window per run) and later ones (targets < 100 ms and < 16 ms);
// - a filter, as-of date or language change until the visible view is repainted, on every view
//   (target < 16 ms for the slowest view), and a repaint without a change for comparison;
// - peak memory once every view has been visited (target <= 120 MB).
// A change counts as painted when the app has nothing left to deliver — posted events and zero-time
// timers — and so has painted its last frame (--forced-repaint: and the benchmark has repainted the
// whole window once more, as the first eighteen sessions measured after a single processEvents()).
// --trace prints, for one change of each kind, which widgets painted in which of the window's frames.
// With KAI_TRACE_EVENTS set it also names each widget by its chain of parents and lists the layout,
// resize, move, timer and queued-call events between the frames.
// Usage: QT_QPA_PLATFORM=offscreen bench_interaction --db FILE [--runs N] [--only TEXT [--view 0-4]]
//        [--forced-repaint] [--trace]
// (--only repeats just the changes whose label holds TEXT, on one view: a workload for perf record;
// --only switch repeats later visits of the view given, --runs times)

#include "BenchStats.h"
#include "DashboardState.h"
#include "gpu/GpuUsageView.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/ThemeManager.h"
#include "store/Database.h"

#include <QAbstractEventDispatcher>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QProcess>
#include <QStandardPaths>
#include <QMap>
#include <QTimer>
#include <climits>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

using kai::ui::ViewId;

// Exits the child right after the window's first paint has been handed to the platform.
class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                std::printf("painted\n");
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

struct Shell
{
    kai::DashboardState state;
    std::unique_ptr<kai::ui::LanguageManager> languages;
    std::unique_ptr<kai::ui::ThemeManager> themes;
    std::unique_ptr<kai::ui::MainWindow> window;
};

// As GuiSession::run builds it.
std::unique_ptr<Shell> buildShell(const QString &db)
{
    auto shell = std::make_unique<Shell>();
    shell->languages = std::make_unique<kai::ui::LanguageManager>(shell->state);
    shell->languages->setLanguage(kai::domain::Language::English, false);
    shell->themes = std::make_unique<kai::ui::ThemeManager>();
    shell->window = std::make_unique<kai::ui::MainWindow>(shell->state, *shell->languages, *shell->themes);
    auto opened = kai::store::Database::open(db, kai::store::Database::OpenOptions{});
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        std::exit(2);
    }
    shell->state.setDatabase(std::move(opened.database));
    shell->window->resize(1600, 900);
    return shell;
}

int runChild(const QString &kind, const QString &db)
{
    FirstPaint firstPaint;
    std::unique_ptr<Shell> shell;
    std::unique_ptr<QMainWindow> bare;
    QWidget *window = nullptr;
    if (kind == u"app") {
        shell = buildShell(db);
        window = shell->window.get();
    } else {
        bare = std::make_unique<QMainWindow>();
        bare->resize(1600, 900);
        window = bare.get();
    }
    window->installEventFilter(&firstPaint);
    window->show();
    return QApplication::exec();
}

double childStartMs(const QString &kind, const QString &db)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(QApplication::applicationFilePath(), {QStringLiteral("--child"), kind, QStringLiteral("--db"), db});
    child.waitForFinished(-1);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (!child.readAllStandardOutput().contains("painted"))
        std::fprintf(stderr, "the %s child did not paint\n", qPrintable(kind));
    return ms;
}

// The frame being delivered during a traced change, for a debugger's breakpoint conditions.
volatile int g_traceFrame = 0;
volatile int g_tracing = 0;

// --trace: which widgets paint during one change, and how many times the window is repainted. A change
// should repaint the window once; every further UpdateRequest is a second frame's work.
class PaintTrace : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange && watched->isWidgetType() && !watched->parent())
            ++m_languageChanges;
        if (event->type() == QEvent::UpdateRequest && watched->isWidgetType())
            g_traceFrame = ++m_updateRequests;
        else if ((event->type() == QEvent::Resize || event->type() == QEvent::Move || event->type() == QEvent::LayoutRequest || event->type() == QEvent::MetaCall
                  || event->type() == QEvent::GraphicsSceneResize || event->type() == QEvent::Timer)
                 && qEnvironmentVariableIsSet("KAI_TRACE_EVENTS"))
            std::printf("    after frame %d: event %d to %s\n", m_updateRequests, int(event->type()), qPrintable(chainOf(watched)));
        if (event->type() == QEvent::Paint && !watched->parent() && qEnvironmentVariableIsSet("KAI_TRACE_EVENTS"))
            std::printf("    frame %d painted\n", m_updateRequests);
        if (event->type() == QEvent::Paint) {
            // The whole chain of parents with KAI_TRACE_EVENTS, to tell apart widgets of one class.
            const QString name = qEnvironmentVariableIsSet("KAI_TRACE_EVENTS")
                ? chainOf(watched)
                : QString::fromLatin1(watched->metaObject()->className()) + u'/'
                      + QString::fromLatin1(watched->parent() ? watched->parent()->metaObject()->className() : "-");
            m_paints.push_back(QStringLiteral("%1:%2").arg(m_updateRequests).arg(name));
        }
        return QObject::eventFilter(watched, event);
    }
    static QString chainOf(QObject *object)
    {
        QStringList names;
        for (; object; object = object->parent())
            names << QString::fromLatin1(object->metaObject()->className());
        return names.join(u'<');
    }
    void print(const char *label)
    {
        std::printf("trace %s: %d update requests, %zu paint events, %d LanguageChange events to top-level widgets\n", label,
                    m_updateRequests, m_paints.size(), m_languageChanges);
        m_languageChanges = 0;
        QMap<QString, int> counts;
        for (const QString &paint : m_paints)
            ++counts[paint];
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            std::printf("  %3d x frame %s\n", it.value(), qPrintable(it.key()));
        m_paints.clear();
        g_traceFrame = m_updateRequests = 0;
    }

private:
    int m_updateRequests = 0;
    int m_languageChanges = 0;
    std::vector<QString> m_paints;
};

// CPU time of this (the GUI) thread spent in the measured changes, in ms: on a shared machine the
// wall time mostly says how long the thread waited for a core.
double g_cpuMs = 0;

// How a change is counted as painted. Until the nineteenth session the benchmark repainted the whole
// window itself after one processEvents() (--forced-repaint adds that repaint): a full paint no user
// waits for, drawn before later passes had finished the change. Now it stops when the app has nothing
// left to do (settle()) and counts the window's frames, so that a change needing several is seen.
bool g_forcedRepaint = false;
int g_changesWithoutPaint = 0;
int g_mostFrames = 0;
int g_frames = 0;  // of the last change

class FrameCounter : public QObject
{
public:
    int frames = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::UpdateRequest)
            ++frames;
        return false;
    }
};

// Delivers everything the change left to do — posted events, and the zero-time timers item views
// lay themselves out with — until nothing is left: one QApplication::processEvents() delivers only what
// was queued when it began, and the rest (a table's delayed layout, a header's delayed resize) then
// painted a second frame after the measurement had stopped.
void settle()
{
    constexpr int MaximumPasses = 100;  // a running animation would never let the loop go idle
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    for (int pass = 0; pass < MaximumPasses && dispatcher->processEvents(QEventLoop::AllEvents); ++pass) {
    }
}

// Wall time of a change until the window has painted what it shows.
double paintedMs(QWidget &window, const std::function<void()> &change)
{
    FrameCounter counter;
    window.installEventFilter(&counter);
    const double cpuBefore = kai::bench::cpuSeconds(kai::bench::CpuOf::Thread);
    QElapsedTimer timer;
    timer.start();
    change();
    settle();
    window.removeEventFilter(&counter);  // the app's frames, not the forced one
    if (g_forcedRepaint)
        window.repaint();
    const double wall = timer.nsecsElapsed() / 1e6;
    g_cpuMs = (kai::bench::cpuSeconds(kai::bench::CpuOf::Thread) - cpuBefore) * 1e3;
    g_frames = counter.frames;
    g_mostFrames = std::max(g_mostFrames, counter.frames);
    if (counter.frames == 0 && !g_forcedRepaint)
        ++g_changesWithoutPaint;
    return wall;
}

// Ctrl+1...5 are the navigation actions' shortcuts; triggering them is what the keys do.
QAction *viewActionOf(QWidget &window, int view)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + view)))
            return action;
    }
    return nullptr;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

const char *viewName(int view)
{
    static const char *const names[] = {"Overview", "Consortia", "Timeline", "GPU usage", "Rounds"};
    return names[view];
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);  // leaves the user's settings alone
    const QStringList args = app.arguments();
    const QString db = kai::bench::argumentValue(args, QStringLiteral("--db"));
    const int runs = std::max(1, kai::bench::argumentValue(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    if (db.isEmpty()) {
        std::fprintf(stderr, "usage: bench_interaction --db FILE [--runs N]\n");
        return 2;
    }
    if (const QString kind = kai::bench::argumentValue(args, QStringLiteral("--child")); !kind.isEmpty())
        return runChild(kind, db);

    std::printf("database %s; %d runs; load average %s\n", qPrintable(db), runs, qPrintable(kai::bench::loadAverage()));
    // --only TEXT --view N repeats just the changes whose label holds TEXT on view N (0-4), for perf.
    const QString only = kai::bench::argumentValue(args, QStringLiteral("--only"));
    const int onlyView = kai::bench::argumentValue(args, QStringLiteral("--view"), QStringLiteral("-1")).toInt();
    const int visitRuns = only.isEmpty() ? runs : 1;
    const bool trace = args.contains(QStringLiteral("--trace"));
    g_forcedRepaint = args.contains(QStringLiteral("--forced-repaint"));
    std::vector<double> appStart, bareStart, ratios;
    for (int run = 0; run < visitRuns; ++run) {
        bareStart.push_back(childStartMs(QStringLiteral("bare"), db));
        appStart.push_back(childStartMs(QStringLiteral("app"), db));
        ratios.push_back(appStart.back() / bareStart.back());
    }
    std::printf("start to first painted window: app %.0f ms, bare QMainWindow %.0f ms, ratio %.2f (target <= 3)\n",
                median(appStart), median(bareStart), median(ratios));


    kai::bench::resetPeakRss();
    std::unique_ptr<Shell> shell = buildShell(db);
    kai::ui::MainWindow &window = *shell->window;
    window.show();
    settle();
    window.repaint();
    const auto viewAction = [&](int view) { return viewActionOf(window, view); };
    // A view's first visit builds it: one per window, so each further run opens a window of its own.
    std::vector<std::vector<double>> firstVisits(kai::ui::ViewCount), firstVisitsCpu(kai::ui::ViewCount);
    const auto visitEachOnce = [&](kai::ui::MainWindow &fresh) {
        for (int view = 0; view < kai::ui::ViewCount; ++view) {
            const int shown = (view + 1) % kai::ui::ViewCount;  // leave the first view first
            QAction *action = viewActionOf(fresh, shown);
            firstVisits[shown].push_back(paintedMs(fresh, [&] { action->trigger(); }));
            if (g_frames != 1)
                std::printf("first visit of %s: %d frames\n", viewName(shown), g_frames);
            firstVisitsCpu[shown].push_back(g_cpuMs);
        }
    };
    visitEachOnce(window);
    double slowestLater = 0;
    const bool switchesOnly = only == QLatin1String("switch");
    for (int view = 0; view < kai::ui::ViewCount; ++view) {
        if (switchesOnly && onlyView >= 0 && view != onlyView)
            continue;
        std::vector<double> times, cpu;
        for (int run = 0; run < (switchesOnly ? runs : visitRuns); ++run) {
            viewAction((view + 1) % kai::ui::ViewCount)->trigger();
            settle();
            times.push_back(paintedMs(window, [&] { viewAction(view)->trigger(); }));
            if (g_frames != 1)
                std::printf("switch to %s: %d frames\n", viewName(view), g_frames);
            cpu.push_back(g_cpuMs);
        }
        slowestLater = std::max(slowestLater, median(times));
        std::printf("switch to %s (Ctrl+%d), later visits: median %.1f ms (CPU %.1f ms)\n", viewName(view), view + 1,
                    median(times), median(cpu));
    }
    std::printf("peak memory with every view visited: %.0f MB (target <= 120 MB)\n", kai::bench::peakRssKib() / 1024.0);
    if (switchesOnly)
        return 0;
    for (int run = 1; run < visitRuns; ++run) {
        std::unique_ptr<Shell> fresh = buildShell(db);
        fresh->window->show();
        settle();
        fresh->window->repaint();
        visitEachOnce(*fresh->window);
    }
    double slowestFirst = 0;
    for (int view = 0; view < kai::ui::ViewCount; ++view) {
        slowestFirst = std::max(slowestFirst, median(firstVisits[view]));
        std::printf("first visit of %s (%d windows): median %.1f ms (CPU %.1f ms)\n", viewName(view), runs,
                    median(firstVisits[view]), median(firstVisitsCpu[view]));
    }
    std::printf("view switch: slowest first visit %.1f ms (target < 100), slowest later visit %.1f ms (target < 16)\n",
                slowestFirst, slowestLater);

    double slowestChange = 0;
    const auto measureChange = [&](const char *label, int view, const std::function<void(int)> &change) {
        if (!only.isEmpty() && (!QString::fromLatin1(label).contains(only) || (onlyView >= 0 && view != onlyView)))
            return;
        viewAction(view)->trigger();
        settle();
        window.repaint();
        if (trace) {
            PaintTrace paints;
            qApp->installEventFilter(&paints);
            g_tracing = 1;
            change(1);
            settle();
            qApp->removeEventFilter(&paints);
            g_tracing = 0;
            paints.print(qPrintable(QStringLiteral("%1 on %2").arg(QLatin1String(label), QLatin1String(viewName(view)))));
            change(0);
            settle();
        }
        std::vector<double> times, cpu;
        int fewestFrames = INT_MAX, mostFrames = 0;
        for (int run = 0; run < runs; ++run) {
            times.push_back(paintedMs(window, [&] { change(run); }));
            cpu.push_back(g_cpuMs);
            fewestFrames = std::min(fewestFrames, g_frames);
            mostFrames = std::max(mostFrames, g_frames);
        }
        slowestChange = std::max(slowestChange, median(times));
        std::printf("%s on %s: median %.1f ms (CPU %.1f ms), %d-%d frames\n", label, viewName(view), median(times),
                    median(cpu), fewestFrames, mostFrames);
    };
    for (int view = 0; view < kai::ui::ViewCount; ++view)
        measureChange("repaint without a change", view, [&](int) { window.update(); });
    for (int view = 0; view < kai::ui::ViewCount; ++view) {
        // Each run changes something: from whatever the previous run (or view) left, to the other value.
        measureChange("as-of date change", view, [&](int) {
            const QDate early(2026, 6, 30);
            shell->state.setAsOf(shell->state.asOf() == early ? QDate(2026, 11, 29) : early);
        });
        measureChange("language change", view, [&](int) {
            using kai::domain::Language;
            shell->languages->setLanguage(
                shell->languages->language() == Language::Korean ? Language::English : Language::Korean, false);
        });
    }
    auto *gpu = qobject_cast<kai::ui::GpuUsageView *>(window.page(ViewId::Gpu));
    if (gpu) {
        const auto nextChoice = [](QComboBox *box) { box->setCurrentIndex((box->currentIndex() + 1) % box->count()); };
        measureChange("consortium filter change", int(ViewId::Gpu), [&](int) { nextChoice(gpu->consortiumFilter()); });
        measureChange("GPU model filter change", int(ViewId::Gpu), [&](int) { nextChoice(gpu->gpuModelFilter()); });
    }
    std::printf("filter / as-of / language change: slowest view %.1f ms (target < 16)\n", slowestChange);
    std::printf("frames: at most %d window paints for one change; %d changes painted nothing%s\n", g_mostFrames,
                g_changesWithoutPaint, g_forcedRepaint ? " (each followed by a forced full repaint)" : "");
    std::printf("peak memory of the whole run: %.0f MB\n", kai::bench::peakRssKib() / 1024.0);
    return 0;
}
