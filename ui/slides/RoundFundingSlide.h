// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"
#include "slides/Slide.h"

namespace kai::ui {

// Rounds → Funding: government and private funding per consortium and year. Per-team amounts are
// not published, so the press slide says so instead of drawing the sample figures.
class RoundFundingSlide : public Slide
{
    Q_DECLARE_TR_FUNCTIONS(RoundFundingSlide)

public:
    using Slide::Slide;

    QString title() const override;
    QString headline() const override;
    QString context() const override;
    bool showsIllustrativeData() const override;
    bool hasContent() const override { return !shownRows().isEmpty(); }

protected:
    void paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const override;

private:
    QVector<const domain::Funding *> shownRows() const;
    // One number of decimals for the headline's total and every row's amount.
    int moneyDecimals() const;
};

} // namespace kai::ui
