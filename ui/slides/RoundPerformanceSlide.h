// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/RoundSlide.h"

namespace kai::ui {

// Rounds → Relative performance: each model's score as a share of the reference model frozen for the round,
// against the 95 % target line.
class RoundPerformanceSlide : public RoundSlide
{
    Q_DECLARE_TR_FUNCTIONS(RoundPerformanceSlide)

public:
    RoundPerformanceSlide(const DashboardState &state, const QString &roundCode, int benchmarkIndex);

    QString title() const override;
    QString headline() const override;
    QString context() const override;
    bool showsIllustrativeData() const override;
    bool hasContent() const override { return !shares().isEmpty(); }

protected:
    void paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const override;

private:
    // Shares of the reference of the first (overall) benchmark, best first.
    QVector<double> shares() const;
    // The reference chosen on screen, among those the profile may show; -1 when there is none.
    int referenceIndex(const domain::RoundDetails &details) const;

    int m_benchmarkIndex = 0;
};

} // namespace kai::ui
