// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"
#include "slides/Slide.h"

namespace kai::ui {

// The program calendar and each consortium's path through it, fitted to the slide's width, with
// type at projection size (the same layout and painter as the Timeline view).
class TimelineSlide : public Slide
{
    Q_DECLARE_TR_FUNCTIONS(TimelineSlide)

public:
    using Slide::Slide;

    QString title() const override;
    QString headline() const override;
    bool showsIllustrativeData() const override;

protected:
    void paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const override;

private:
    const domain::Stage *nextStage() const;
};

} // namespace kai::ui
