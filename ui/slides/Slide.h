// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/ConsortiumPalette.h"
#include "slides/SlideStyle.h"
#include "slides/SlideTable.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class QPainter;

namespace kai {
class DashboardState;
}

namespace kai::ui {

// One view (or tab) composed for a briefing slide: a headline that states the point, a line of
// context (as-of date, round, unit) and one main figure or table, drawn from the same item models
// as the view on screen but laid out for the canvas. A slide whose content does not fit continues
// on further pages (the briefing pack prints them all; a single image shows the first and says so).
class Slide
{
    Q_DECLARE_TR_FUNCTIONS(Slide)

public:
    explicit Slide(const DashboardState &state) : m_state(state) {}
    virtual ~Slide() = default;
    Slide(const Slide &) = delete;
    Slide &operator=(const Slide &) = delete;

    // What a slide says in the pack's other language, taken while that language is in force: the
    // slide is laid out for the taller of the two headlines and tables, so the Korean and English
    // packs keep the same rows on the same pages (a reader can hold them side by side).
    struct Twin
    {
        QString headline;
        QString context;
        QVector<SlideTable> tables;  // as tables() gives them
    };
    Twin twin() const { return {headline(), context(), tables()}; }
    void setTwin(Twin twin) { m_twin = std::move(twin); }
    const Twin &measuredTwin() const { return m_twin; }

    // The view or tab's name, for the provenance stamp.
    virtual QString title() const = 0;
    // The point of the slide in one sentence.
    virtual QString headline() const = 0;
    // One line under the headline; the default names the as-of date.
    virtual QString context() const;
    // True when a figure drawn on the slide is an illustrative sample (press slides leave them out).
    virtual bool showsIllustrativeData() const = 0;
    // False while the slide has nothing to show (a chart that needs results the program has not
    // produced yet): the pack and the deck leave it out rather than print a page that says so; a
    // single export of it still says why it is empty.
    virtual bool hasContent() const { return true; }
    virtual int pageCount(const SlideStyle &style, const QSizeF &body) const;

    // Paints page `page` into area (the canvas above the provenance stamp).
    void paint(QPainter &painter, const QRectF &area, const QPalette &palette, int page = 0) const;
    int pageCount(const QSizeF &area, const QPalette &palette) const;

    // For documents that set the headline and context as text of their own (the PowerPoint
    // deck): the figure alone, in a body rectangle of a canvas, paged for that body.
    int figurePageCount(const QSizeF &canvas, const QSizeF &body, const QPalette &palette) const;
    void paintFigure(QPainter &painter, const QSizeF &canvas, const QRectF &body, const QPalette &palette, int page) const;
    // The rows of page `page` when that page is wholly a table (written as an editable table
    // then); none when it is a chart, figures or a sentence.
    std::optional<SlideTablePage> figureTable(const QSizeF &canvas, const QSizeF &body, const QPalette &palette,
                                                int page) const;

protected:
    struct TablePage
    {
        SlideTable table;
        int page = 0;  // the page of that table
    };

    virtual void paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const = 0;

    // Slides whose page is a table say so (default: none), with the table's own page number.
    virtual std::optional<TablePage> tableOfPage(const SlideStyle &style, const QSizeF &body, int page) const;
    // The slide's tables in page order (default: none); each built through twinned().
    virtual QVector<SlideTable> tables() const { return {}; }
    // The table with its twin in the other language attached, when one was set (see Twin).
    SlideTable twinned(SlideTable table, int index) const;

    const DashboardState &state() const { return m_state; }
    // The views' consortium colours: a team has one colour on screen and on every slide.
    ConsortiumPalette consortiumPalette() const;
    bool press() const;
    QString asOfText() const;

private:
    // Sizes for the canvas, figures in the slide's language.
    SlideStyle styleFor(const QSizeF &canvas, const QPalette &palette) const;
    QRectF bodyRect(const QRectF &area, const SlideStyle &style, QRectF *headline, QRectF *context) const;

    const DashboardState &m_state;
    Twin m_twin;
};

} // namespace kai::ui
