// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/RoundSlide.h"
#include "slides/SlideTable.h"

#include <QMap>
#include <memory>

namespace kai::ui {

class WhatIfPanel;

// Rounds → What-if (internal profile only): the round re-ranked under the weights set on screen,
// next to the official outcome. Runs the view's own simulation panel offscreen, so the slide
// and the tab can never disagree.
class RoundWhatIfSlide : public RoundSlide
{
    Q_DECLARE_TR_FUNCTIONS(RoundWhatIfSlide)

public:
    RoundWhatIfSlide(const DashboardState &state, const QString &roundCode, const QMap<QString, int> &weights);
    ~RoundWhatIfSlide() override;

    QString title() const override;
    QString headline() const override;
    QString context() const override;
    bool showsIllustrativeData() const override;
    int pageCount(const SlideStyle &style, const QSizeF &body) const override;
    bool hasContent() const override;

protected:
    void paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const override;
    std::optional<TablePage> tableOfPage(const SlideStyle &style, const QSizeF &body, int page) const override;

private:
    SlideTable table() const;

    std::unique_ptr<WhatIfPanel> m_panel;
    QMap<QString, int> m_weights;
};

} // namespace kai::ui
