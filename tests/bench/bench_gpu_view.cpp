// SPDX-License-Identifier: GPL-3.0-or-later
// Times the GPU Usage view on a large database: opening it, building the view, and each filter
// change including the redraw of the charts (target < 100 ms). Make the database with
// `bench_gpu_import --keep` (it prints nothing about where; pass --dir to choose the folder).
// Usage: QT_QPA_PLATFORM=offscreen bench_gpu_view --db FILE

#include "DashboardState.h"
#include "charts/BarChart.h"
#include "gpu/GpuUsageView.h"
#include "items/GpuUsagePeriodModel.h"
#include "store/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QPixmap>
#include <functional>
#include <cstdio>

namespace {
double redrawMs(kai::ui::GpuUsageView &view, const std::function<void()> &change)
{
    QElapsedTimer timer;
    timer.start();
    change();
    QApplication::processEvents();
    view.grab();  // paints every chart, as the screen would
    return timer.nsecsElapsed() / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int at = args.indexOf(QStringLiteral("--db"));
    if (at < 0 || at + 1 >= args.size()) {
        std::fprintf(stderr, "usage: bench_gpu_view --db FILE\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    kai::store::Database::OpenOptions options;
    options.readOnly = true;
    auto opened = kai::store::Database::open(args.at(at + 1), options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 2;
    }
    kai::DashboardState state;
    state.setAsOf(QDate(2027, 11, 30));
    state.setDatabase(std::move(opened.database));
    std::printf("open database and load snapshot: %.1f ms\n", timer.nsecsElapsed() / 1e6);
    timer.restart();
    kai::ui::GpuUsageView view(state);
    view.resize(1280, 720);
    view.show();
    QApplication::processEvents();
    view.grab();
    std::printf("build and paint the GPU view: %.1f ms (%lld months)\n", timer.nsecsElapsed() / 1e6,
                static_cast<long long>(view.periodModel()->periods().size()));
    QComboBox *consortium = view.consortiumFilter();
    for (int i = 1; i < consortium->count(); ++i)
        std::printf("consortium filter -> %d: %.1f ms\n", i, redrawMs(view, [&] { consortium->setCurrentIndex(i); }));
    std::printf("consortium filter -> all: %.1f ms\n", redrawMs(view, [&] { consortium->setCurrentIndex(0); }));
    QComboBox *model = view.gpuModelFilter();
    for (int i = 1; i < model->count(); ++i)
        std::printf("GPU model filter -> %d: %.1f ms\n", i, redrawMs(view, [&] { model->setCurrentIndex(i); }));
    std::printf("GPU model filter -> all: %.1f ms\n", redrawMs(view, [&] { model->setCurrentIndex(0); }));
    std::printf("drill into the 8th month: %.1f ms\n",
                redrawMs(view, [&] { emit view.monthlyChart()->categoryClicked(7); }));
    std::printf("as-of date moved: %.1f ms\n", redrawMs(view, [&] { state.setAsOf(QDate(2026, 6, 30)); }));
    return 0;
}
