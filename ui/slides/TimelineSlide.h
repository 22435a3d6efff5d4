// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"
#include "domain/TimelineLayout.h"
#include "slides/Slide.h"
#include "timeline/TimelinePainter.h"

#include <memory>

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
    int pageCount(const SlideStyle &style, const QSizeF &body) const override;

protected:
    void paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const override;

private:
    struct Pages
    {
        std::unique_ptr<domain::TimelineLayout> layout;
        TimelineFrame frame;
        QFont font;
        QPalette palette;
        QVector<int> firstLanes;  // the first consortium lane of each page
    };
    Pages pages(const SlideStyle &style, const QSizeF &body) const;
    static qreal noteHeight(const SlideStyle &style);
};

} // namespace kai::ui
