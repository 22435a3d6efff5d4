// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/RoundSlide.h"

namespace kai::ui {

// Rounds → Relative performance: each model's score as a share of the frozen frontier reference,
// against the 95 % target line.
class RoundPerformanceSlide : public RoundSlide
{
    Q_DECLARE_TR_FUNCTIONS(RoundPerformanceSlide)

public:
    using RoundSlide::RoundSlide;

    QString title() const override;
    QString headline() const override;
    QString context() const override;
    bool showsIllustrativeData() const override;

protected:
    void paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const override;

private:
    // Shares of the reference of the first (overall) benchmark, best first.
    QVector<double> shares() const;
};

} // namespace kai::ui
