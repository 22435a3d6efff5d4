// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/Slide.h"

namespace kai::ui {

// Rounds → Program funnel: the teams in the running after each round, with who left and why.
class RoundFunnelSlide : public Slide
{
    Q_DECLARE_TR_FUNCTIONS(RoundFunnelSlide)

public:
    using Slide::Slide;

    QString title() const override;
    QString headline() const override;
    bool showsIllustrativeData() const override { return false; }  // counts of published decisions
    // Before the applicants are announced the funnel has no first step to draw.
    bool hasContent() const override;

protected:
    void paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const override;
};

// Rounds → Rank movement: consortia ranked in more than one round, rank 1 on top.
class RoundRanksSlide : public Slide
{
    Q_DECLARE_TR_FUNCTIONS(RoundRanksSlide)

public:
    using Slide::Slide;

    QString title() const override;
    QString headline() const override;
    bool showsIllustrativeData() const override { return false; }  // published ranks
    // Until a consortium is ranked in two rounds there is no movement to draw.
    bool hasContent() const override;

protected:
    void paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const override;
};

} // namespace kai::ui
