// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/ChangesModel.h"
#include "slides/Slide.h"

namespace kai::ui {

// "What changed since the last briefing" for the briefing pack and deck, after the cover: the
// Changes list as a table of view and sentence. The press profile's list leaves out internal
// notes (the state's press mode reaches the list).
class ChangesSlide : public Slide
{
    Q_DECLARE_TR_FUNCTIONS(ChangesSlide)

public:
    ChangesSlide(const DashboardState &state, const history::SincePoint &since);

    QString title() const override;
    QString headline() const override;
    QString context() const override;
    bool showsIllustrativeData() const override { return false; }
    int pageCount(const SlideStyle &style, const QSizeF &body) const override;

protected:
    void paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const override;
    std::optional<TablePage> tableOfPage(const SlideStyle &style, const QSizeF &body, int page) const override;

private:
    SlideTable table() const;
    QVector<SlideTable> tables() const override { return {table()}; }

    history::ChangesModel m_model;
};

} // namespace kai::ui
