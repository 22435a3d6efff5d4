// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramFigures.h"
#include "items/CompetingTeamModel.h"
#include "slides/Slide.h"
#include "slides/SlideFigures.h"

namespace kai::ui {

// The program on one slide: how many teams remain and what comes next, the headline figures, the
// funnel of teams after each round and the teams still competing.
class OverviewSlide : public Slide
{
    Q_DECLARE_TR_FUNCTIONS(OverviewSlide)

public:
    explicit OverviewSlide(const DashboardState &state);

    QString title() const override;
    QString headline() const override;
    // Who is in the competition, in the headline's words.
    QString standing() const;
    QString context() const override;
    bool showsIllustrativeData() const override;

protected:
    void paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const override;

private:
    struct Hidden
    {
        bool gpu = false;      // figures come from illustrative samples
        bool funding = false;
    };
    Hidden illustrativeAreas() const;
    SlideFigures figures() const;

    domain::ProgramFigures m_figures;
    CompetingTeamModel m_teams;
};

} // namespace kai::ui
