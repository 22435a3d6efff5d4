// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/RoundSlide.h"
#include "slides/SlideTable.h"

namespace kai::ui {

// Rounds → Results: who advanced in the round, by rank, with the top-level criteria and the total.
class RoundResultsSlide : public RoundSlide
{
    Q_DECLARE_TR_FUNCTIONS(RoundResultsSlide)

public:
    using RoundSlide::RoundSlide;

    QString title() const override;
    QString headline() const override;
    bool showsIllustrativeData() const override;
    int pageCount(const SlideStyle &style, const QSizeF &body) const override;
    bool hasContent() const override { return !model().results().isEmpty(); }

protected:
    void paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const override;
    std::optional<TablePage> tableOfPage(const SlideStyle &style, const QSizeF &body, int page) const override;

private:
    SlideTable table() const;
    QVector<SlideTable> tables() const override { return {table()}; }
    // One line per corrected result under the table: marker, reason and source (issue 17).
    QStringList correctionNotes() const;
    qreal notesHeight(const SlideStyle &style, qreal width) const;
};

} // namespace kai::ui
