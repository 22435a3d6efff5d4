// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/SourceTableModel.h"
#include "slides/Slide.h"
#include "slides/SlideTable.h"

namespace kai::ui {

// The briefing pack's data sources: every source known on the as-of date with its publisher,
// title, date, confidence and full address, over as many pages as it takes.
class SourcesSlide : public Slide
{
    Q_DECLARE_TR_FUNCTIONS(SourcesSlide)

public:
    explicit SourcesSlide(const DashboardState &state);

    QString title() const override;
    QString headline() const override;
    QString context() const override;
    bool showsIllustrativeData() const override { return false; }
    int pageCount(const SlideStyle &style, const QSizeF &body) const override;

    // The rows listed: sources known on the as-of date.
    SlideTable table() const;
    QVector<SlideTable> tables() const override { return {table()}; }

    // The publisher named before the title's colon ("Etoday: …"), else the address's host.
    static QString publisher(const QString &title, const QString &url);

protected:
    void paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const override;
    std::optional<TablePage> tableOfPage(const SlideStyle &style, const QSizeF &body, int page) const override;

private:
    SourceTableModel m_model;
};

} // namespace kai::ui
