// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ProvenanceStamp.h"
#include "export/pptx/PptxSlide.h"

#include <QCoreApplication>
#include <QPalette>
#include <QRectF>
#include <memory>
#include <vector>

namespace kai::ui {

class ExportContext;
class PptxTemplate;
class Slide;

// The briefing deck: a PowerPoint file on the built-in master or the ministry's template, with a
// title slide, one slide per page of every slide composition in the briefing pack's order and
// the data sources. Headlines are editable text in the title placeholder, figures PNG pictures
// at 2× the slide's size with alternative text, tables editable tables; the provenance stamp is
// in each slide's footer and notes. Press and illustrative rules are the slides' own, so the
// deck shows exactly what the other exports show.
class BriefingDeck
{
    Q_DECLARE_TR_FUNCTIONS(BriefingDeck)

public:
    BriefingDeck(const ExportContext &context, const PptxTemplate &base);
    ~BriefingDeck();

    // Every slide of the deck, title slide first (built on construction; pictures drawn here).
    const QVector<PptxSlide> &slides() const { return m_slides; }
    // Writes the .pptx atomically; returns an empty string or a translated reason.
    QString write(const QString &path) const;

    // What the figure of a slide page shows, for its alternative text and notes. One function,
    // so the chart's accessible description can take its place in one spot.
    static QString figureDescription(const Slide &slide, int page, int pages, bool table);

private:
    struct Frame
    {
        QSizeF canvas;  // design pixels: 1920 wide, the template's proportions
        qreal emuPerPixel = 0;
        QRectF title;   // null: the layout's
        QRectF context;
        QRectF body;
    };
    // Where a slide's title, context line and figure go, for its headline and context.
    // The slide's frame, measured for the taller of its texts in the two languages (see Slide::Twin).
    Frame frame(const Slide &composition) const;
    static QRect emu(const Frame &frame, const QRectF &pixels);
    void addTitleSlide();
    void addSlide(const Slide &slide);
    void addPage(const Slide &slide, const Frame &frame, int page, int pages);
    QByteArray picture(const Slide &slide, const Frame &frame, int page) const;
    void stampSlides();

    const ExportContext &m_context;
    const PptxTemplate &m_template;
    QPalette m_palette;
    QVector<PptxSlide> m_slides;
    QVector<ProvenanceStamp> m_stamps;  // one per slide, numbered when all are known
};

} // namespace kai::ui
