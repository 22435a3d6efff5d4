// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/SlideFactory.h"

#include "DashboardState.h"
#include "slides/ConsortiaSlide.h"
#include "slides/GpuUsageSlide.h"
#include "slides/OverviewSlide.h"
#include "slides/RoundFundingSlide.h"
#include "slides/RoundFunnelSlide.h"
#include "slides/RoundPerformanceSlide.h"
#include "slides/RoundResultsSlide.h"
#include "slides/RoundWhatIfSlide.h"
#include "slides/TimelineSlide.h"

namespace kai::ui {

std::unique_ptr<Slide> SlideFactory::create(const SlideTarget &target, const DashboardState &state)
{
    switch (target.view) {
    case ViewId::Overview: return std::make_unique<OverviewSlide>(state);
    case ViewId::Consortia: return std::make_unique<ConsortiaSlide>(state);
    case ViewId::Timeline: return std::make_unique<TimelineSlide>(state);
    case ViewId::Gpu: return std::make_unique<GpuUsageSlide>(state, target);
    case ViewId::Rounds: return roundsSlide(target, state);
    case ViewId::History:
    case ViewId::Changes: break;  // navigation only: nothing to export
    }
    return nullptr;
}

std::unique_ptr<Slide> SlideFactory::roundsSlide(const SlideTarget &target, const DashboardState &state)
{
    switch (target.tab) {
    case RoundsTab::Results: return std::make_unique<RoundResultsSlide>(state, target.roundCode);
    case RoundsTab::Performance: return std::make_unique<RoundPerformanceSlide>(state, target.roundCode, target.benchmarkIndex);
    case RoundsTab::WhatIf:
        // Re-ranks unpublished scores: internal material only.
        if (state.pressMode())
            return nullptr;
        return std::make_unique<RoundWhatIfSlide>(state, target.roundCode, target.whatIfWeights);
    case RoundsTab::Funnel: return std::make_unique<RoundFunnelSlide>(state);
    case RoundsTab::Ranks: return std::make_unique<RoundRanksSlide>(state);
    case RoundsTab::Funding: return std::make_unique<RoundFundingSlide>(state);
    }
    return nullptr;
}

QVector<SlideTarget> SlideFactory::deck(const DashboardState &state)
{
    QVector<SlideTarget> targets;
    for (const QString &key : SlideTarget::keys(!state.pressMode())) {
        if (key != QLatin1String("rounds"))
            targets.append(*SlideTarget::parse(key));
    }
    return targets;
}

std::vector<std::unique_ptr<Slide>> SlideFactory::deckSlides(const DashboardState &state)
{
    std::vector<std::unique_ptr<Slide>> slides;
    for (const SlideTarget &target : deck(state)) {
        if (std::unique_ptr<Slide> slide = create(target, state); slide && slide->hasContent())
            slides.push_back(std::move(slide));
    }
    return slides;
}

} // namespace kai::ui
