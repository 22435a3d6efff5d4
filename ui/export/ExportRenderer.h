// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportSettings.h"
#include "export/ProvenanceStamp.h"

#include <QImage>
#include <QPalette>
#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace kai::ui {

class Slide;

// One drawn page of an export: what fills the area above the stamp, and the stamp itself.
struct ExportPage
{
    std::function<void(QPainter &, const QRectF &content)> content;
    ProvenanceStamp stamp;
    QPalette palette;
    bool watermarkBeneath = false;  // slides: the illustrative mark goes under the text, lighter

    // A page showing a widget (laid out by ExportRenderer::layOut at contentSize()).
    static ExportPage forWidget(QWidget &widget, const ProvenanceStamp &stamp);
    // Page `page` of a slide composition; the slide must outlive the page.
    static ExportPage forSlide(const Slide &slide, int page, const ProvenanceStamp &stamp, const QPalette &palette);
};

// Draws pages (a widget tree, a cover, a table) into PNG, SVG or PDF at a logical size, with the
// provenance stamp and, when any figure is illustrative, the watermark. Knows nothing of the
// views' insides: any QWidget renders.
class ExportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ExportRenderer)

public:
    // The area above the stamp for an export of the given logical size.
    static QSize contentSize(const QSize &logical);
    // Shows a top-level widget offscreen (never on a screen) at size and settles its layouts.
    static void layOut(QWidget &widget, const QSize &size);

    // Paints one page into the rectangle (0, 0, logical) of the painter's current coordinates.
    static void paint(QPainter &painter, const ExportPage &page, const QSize &logical);
    static QImage image(const ExportPage &page, const QSize &logical, int scale);
    // Encodes a picture as PNG the fast way every export uses (see the definition for why).
    static bool encodePng(QIODevice &device, const QImage &picture);

    // Writes one page atomically; returns an empty string or a translated reason.
    static QString write(const ExportPage &page, const ExportSettings &settings, const QString &path);

    // Maps the painter so that `logical` fills the page of a paged device (PDF, printer).
    static void fitToPage(QPainter &painter, const QPagedPaintDevice &device, const QSize &logical);
    // The screen's logical DPI, so point-sized widget fonts draw as they were laid out.
    static int layoutDpi();

private:
    static constexpr int PngQuality = 80;
    static bool writePng(QIODevice &device, const ExportPage &page, const ExportSettings &settings);
    static bool writeSvg(QIODevice &device, const ExportPage &page, const ExportSettings &settings);
    static bool writePdf(QIODevice &device, const ExportPage &page, const ExportSettings &settings);
};

} // namespace kai::ui
