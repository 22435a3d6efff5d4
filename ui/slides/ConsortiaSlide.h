// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/ConsortiumTableModel.h"
#include "slides/Slide.h"
#include "slides/SlideTable.h"

namespace kai::ui {

// The consortia: who leads each, where it stands and its latest model; the member lists follow
// on continuation pages (the briefing pack prints them), so no name is ever cut.
class ConsortiaSlide : public Slide
{
    Q_DECLARE_TR_FUNCTIONS(ConsortiaSlide)

public:
    explicit ConsortiaSlide(const DashboardState &state);

    QString title() const override;
    QString headline() const override;
    QString context() const override;
    // Names and statuses are sourced; a GPU count may be an illustrative sample (left out in press).
    bool showsIllustrativeData() const override { return summary().illustrative; }
    int pageCount(const SlideStyle &style, const QSizeF &body) const override;
    // Before the applicants are announced there is no one to list.
    bool hasContent() const override { return m_model.rowCount() > 0; }

protected:
    void paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const override;
    std::optional<TablePage> tableOfPage(const SlideStyle &style, const QSizeF &body, int page) const override;
    QVector<SlideTable> tables() const override;

private:
    SlideTable summary() const;
    SlideTable members() const;
    SlideTable withSwatches(SlideTable table) const;

    ConsortiumTableModel m_model;
};

} // namespace kai::ui
