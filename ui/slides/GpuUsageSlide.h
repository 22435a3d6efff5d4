// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/GpuSummaryTableModel.h"
#include "items/GpuUsagePeriodModel.h"
#include "slides/Slide.h"
#include "slides/SlideTable.h"
#include "slides/SlideTarget.h"

namespace kai::ui {

// GPU usage with the filters of the view: page 1, GPU-hours used per month (or per day of a
// drilled month) and consortium; page 2, allocated against used per consortium. Press slides
// leave illustrative usage out and say "figures not published" where the chart would be.
class GpuUsageSlide : public Slide
{
    Q_DECLARE_TR_FUNCTIONS(GpuUsageSlide)

public:
    GpuUsageSlide(const DashboardState &state, const SlideTarget &target);

    QString title() const override;
    QString headline() const override;
    QString context() const override;
    bool showsIllustrativeData() const override;
    int pageCount(const SlideStyle &style, const QSizeF &body) const override;
    bool hasContent() const override;

protected:
    void paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const override;

private:
    void applyTarget(const SlideTarget &target);
    bool leftOut() const;
    QString filterText() const;
    void paintMonthly(QPainter &painter, const QRectF &body, const SlideStyle &style) const;
    void paintAllocation(QPainter &painter, const QRectF &body, const SlideStyle &style) const;
    SlideTable publishedAllocations() const;
    void paintNotPublished(QPainter &painter, const QRectF &body, const SlideStyle &style) const;

    GpuSummaryTableModel m_summary;
    GpuUsagePeriodModel m_periods;
    QStringList m_filterNames;
};

} // namespace kai::ui
