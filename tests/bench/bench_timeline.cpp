// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the timeline takes to lay out and to paint the sample program, at the fitted
// default width and at month zoom, on screen (1x) and for slides (3x). With a file name argument,
// also saves the fitted 3x picture there.
#include "DashboardState.h"
#include "domain/TimelineLayout.h"
#include "items/TimelineText.h"
#include "store/Database.h"
#include "timeline/TimelinePainter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <cstdio>

using namespace kai;
using namespace kai::domain;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.sqlite"));
    store::Database::OpenResult opened = store::Database::createSample(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }
    DashboardState state;
    state.setAsOf(QDate(2026, 11, 29));
    state.setDatabase(std::move(opened.database));

    const QFont font = QApplication::font();
    QFont bold = font;
    bold.setBold(true);
    const TextWidths boldMetrics(bold);
    const TimelineWording wording = TimelineText::wording(Language::English);
    for (double pixelsPerDay : {0.985, TimelineScale::pixelsPerDay(TimelineZoom::Month)}) {
        const TimelineScale scale(TimelineScale::programStart(), TimelineScale::programEnd(), pixelsPerDay);
        constexpr int Runs = 200;
        QElapsedTimer timer;
        timer.start();
        // Each run measures its texts anew, as a first layout does (widths fresh for both fonts).
        for (int run = 0; run < Runs; ++run) {
            const TextWidths runBold(bold);
            TimelineLayout(state.snapshot(), scale, TextWidths(font), wording, Language::English, &runBold);
        }
        const double layoutMs = double(timer.nsecsElapsed()) / 1e6 / Runs;

        const TimelineLayout layout(state.snapshot(), scale, TextWidths(font), wording, Language::English,
                                    &boldMetrics);
        for (qreal ratio : {1.0, 3.0}) {
            QImage image(QSize(1140, 560) * ratio, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(ratio);
            ui::TimelinePainter painter(layout, app.palette(), font, Language::English);
            ui::TimelineFrame frame;
            frame.size = QSizeF(1140, 560);
            frame.gutter = 190;
            frame.axisHeight = ui::TimelinePainter::axisHeight(font);
            frame.legendHeight = painter.legendHeight(1140);
            timer.restart();
            constexpr int Paints = 20;
            for (int run = 0; run < Paints; ++run) {
                QPainter target(&image);
                painter.paint(target, frame);
            }
            if (argc > 1 && ratio > 1 && pixelsPerDay < 1)
                image.save(QString::fromLocal8Bit(argv[1]));  // a look at the 3x slide export
            std::printf("%.3f px/day: layout %.3f ms, paint at %.0fx %.2f ms\n", pixelsPerDay, layoutMs, ratio,
                        double(timer.nsecsElapsed()) / 1e6 / Paints);
        }
    }
    return 0;
}
