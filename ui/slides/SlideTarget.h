// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ViewPage.h"

#include <QDate>
#include <QMap>
#include <QStringList>
#include <optional>

namespace kai {
class DashboardState;
}

namespace kai::ui {

// The tabs of the Rounds view, in their order on screen.
enum class RoundsTab { Results, Performance, WhatIf, Funnel, Ranks, Funding };

// What one export shows: a view, for Rounds its tab and round, for GPU its filters. The same
// target comes from the command line (--view rounds-funnel --round CODE) or from the window
// (the view, tab and filters on screen), so the export is what the user sees.
struct SlideTarget
{
    ViewId view = ViewId::Overview;
    RoundsTab tab = RoundsTab::Results;
    QString roundCode;  // empty: the round that says most on the date
    int benchmarkIndex = 0;  // relative performance: the benchmark chosen on screen (0: overall)
    // GPU filters by code; empty: all.
    QString consortiumCode;
    QString providerCode;
    QString gpuModelCode;
    QDate from;
    QDate to;
    QDate drillMonth;  // valid: that month day by day
    // What-if weights by criterion code, as set on screen; empty: the official weights.
    QMap<QString, int> whatIfWeights;

    SlideTarget() = default;
    SlideTarget(ViewId v) : view(v) {}  // NOLINT: a view is a target with its defaults

    QString key() const;  // "overview", "rounds-funnel", ...
    static std::optional<SlideTarget> parse(const QString &key);
    // Every --view name except pack; what-if only for the internal profile.
    static QStringList keys(bool includeWhatIf = true);
    // The view, tab and filters of a page on screen.
    static SlideTarget ofPage(ViewId view, const ViewPage *page, const DashboardState &state);
};

} // namespace kai::ui
