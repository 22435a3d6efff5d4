// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/Slide.h"
#include "slides/SlideTarget.h"

#include <memory>
#include <vector>

namespace kai::ui {

// Builds the slide composition of a target (a view, a Rounds tab, GPU with filters), and names
// the slides of the briefing pack in their order.
class SlideFactory
{
public:
    static std::unique_ptr<Slide> create(const SlideTarget &target, const DashboardState &state);
    // Every view and every chart of the program, for the pack; what-if only in the internal profile.
    static QVector<SlideTarget> deck(const DashboardState &state);
    // The deck's slides that have something to show on the as-of date, in the deck's order.
    static std::vector<std::unique_ptr<Slide>> deckSlides(const DashboardState &state);

private:
    static std::unique_ptr<Slide> roundsSlide(const SlideTarget &target, const DashboardState &state);
};

} // namespace kai::ui
