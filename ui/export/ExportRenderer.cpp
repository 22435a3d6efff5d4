// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportRenderer.h"

#include "export/AtomicFileWriter.h"
#include "export/IllustrativeWatermark.h"
#include "export/PdfTextLayer.h"
#include "slides/Slide.h"

#include <QApplication>
#include <QImageWriter>
#include <QLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QScreen>
#include <QSvgGenerator>
#include <QWidget>

namespace kai::ui {

ExportPage ExportPage::forWidget(QWidget &widget, const ProvenanceStamp &stamp)
{
    ExportPage page;
    page.stamp = stamp;
    page.palette = widget.palette();
    page.content = [&widget](QPainter &painter, const QRectF &area) {
        const QWidget::RenderFlags flags = QWidget::DrawWindowBackground | QWidget::DrawChildren;
        if (!painter.worldTransform().isScaling()) {
            widget.render(&painter, area.topLeft().toPoint(), QRegion(), flags);
            return;
        }
        // QWidget::render does not follow a scaling painter on PDF and printer devices (it draws
        // at the device's scale); recording into a QPicture keeps the drawing vector and lets the
        // painter scale it like everything else on the page.
        QPicture picture;
        QPainter recorder(&picture);
        widget.render(&recorder, QPoint(), QRegion(), flags);
        recorder.end();
        painter.drawPicture(area.topLeft(), picture);
    };
    return page;
}

ExportPage ExportPage::forSlide(const Slide &slide, int page, const ProvenanceStamp &stamp, const QPalette &palette)
{
    ExportPage result;
    result.stamp = stamp;
    result.palette = palette;
    result.watermarkBeneath = true;
    result.content = [&slide, page, palette](QPainter &painter, const QRectF &area) {
        slide.paint(painter, area, palette, page);
    };
    return result;
}

QSize ExportRenderer::contentSize(const QSize &logical)
{
    return QSize(logical.width(), logical.height() - ProvenanceStamp::Height);
}

int ExportRenderer::layoutDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInchY()) : 96;
}

void ExportRenderer::layOut(QWidget &widget, const QSize &size)
{
    widget.setAttribute(Qt::WA_DontShowOnScreen);
    widget.resize(size);
    if (!widget.isVisible())
        widget.show();
    // Layouts, item views and charts settle through posted events (LayoutRequest, resize).
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::sendPostedEvents();
        if (QLayout *layout = widget.layout())
            layout->activate();
    }
}

void ExportRenderer::paint(QPainter &painter, const ExportPage &page, const QSize &logical)
{
    const QRectF whole(QPointF(0, 0), QSizeF(logical));
    const QRectF content(QPointF(0, 0), QSizeF(contentSize(logical)));
    const QRectF band(0, content.bottom(), whole.width(), ProvenanceStamp::Height);
    painter.fillRect(whole, page.palette.color(QPalette::Window));
    if (page.stamp.illustrative && page.watermarkBeneath)
        IllustrativeWatermark::paint(painter, content, IllustrativeWatermark::SlideOpacity);
    if (page.content) {
        painter.save();
        painter.setClipRect(content);
        page.content(painter, content);
        painter.restore();
    }
    if (page.stamp.illustrative && !page.watermarkBeneath)
        IllustrativeWatermark::paint(painter, content);
    page.stamp.paint(painter, band, page.palette);
}

QImage ExportRenderer::image(const ExportPage &page, const QSize &logical, int scale)
{
    // An opaque page needs no alpha channel: the PNG then holds three bytes a pixel, not four.
    const bool opaque = page.palette.color(QPalette::Window).alpha() == 255;
    QImage image(logical * scale, opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(page.palette.color(QPalette::Window));
    QPainter painter(&image);
    paint(painter, page, logical);
    painter.end();
    return image;
}

void ExportRenderer::fitToPage(QPainter &painter, const QPagedPaintDevice &device, const QSize &logical)
{
    const qreal scale = qMin(qreal(device.width()) / logical.width(), qreal(device.height()) / logical.height());
    painter.translate((device.width() - logical.width() * scale) / 2, (device.height() - logical.height() * scale) / 2);
    painter.scale(scale, scale);
}

bool ExportRenderer::writePng(QIODevice &device, const ExportPage &page, const ExportSettings &settings)
{
    const QImage picture = image(page, settings.size, settings.scale);
    return !picture.isNull() && encodePng(device, picture);
}

bool ExportRenderer::encodePng(QIODevice &device, const QImage &picture)
{
    // Compressing is most of a PNG export's time (perf: 71 % in zlib and libpng at 2x). Qt maps
    // quality 80 to zlib level 1: a few percent larger files (715 KB instead of 657 KB for a 2x
    // overview) for about 40 % less encoding time; the pixels are the same, PNG being lossless.
    QImageWriter writer(&device, "PNG");
    writer.setQuality(PngQuality);
    return writer.write(picture);
}

bool ExportRenderer::writeSvg(QIODevice &device, const ExportPage &page, const ExportSettings &settings)
{
    QSvgGenerator generator;
    generator.setOutputDevice(&device);
    generator.setSize(settings.size);
    generator.setViewBox(QRect(QPoint(0, 0), settings.size));
    generator.setResolution(layoutDpi());
    generator.setTitle(page.stamp.headline());
    generator.setDescription(page.stamp.sourceLine());
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    paint(painter, page, settings.size);
    return painter.end();
}

bool ExportRenderer::writePdf(QIODevice &device, const ExportPage &page, const ExportSettings &settings)
{
    return PdfTextLayer::write(device, [&](QIODevice &pdf) {
        QPdfWriter writer(&pdf);
        writer.setCreator(QStringLiteral("K-AI Dashboard %1").arg(QCoreApplication::applicationVersion()));
        writer.setTitle(page.stamp.headline());
        // One page the shape of the picture, 1 logical pixel = 1/96 inch, so a slide keeps its layout.
        writer.setResolution(layoutDpi());
        const QSizeF points = QSizeF(settings.size) * 72.0 / layoutDpi();
        writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                         QPageLayout::Portrait, QMarginsF()));
        QPainter painter;
        if (!painter.begin(&writer))
            return false;
        fitToPage(painter, writer, settings.size);
        paint(painter, page, settings.size);
        return painter.end();
    });
}

QString ExportRenderer::write(const ExportPage &page, const ExportSettings &settings, const QString &path)
{
    if (const QString invalid = settings.validate(); !invalid.isEmpty())
        return invalid;
    return AtomicFileWriter::write(path, [&](QIODevice &device) {
        switch (settings.format) {
        case ExportFormat::Png: return writePng(device, page, settings);
        case ExportFormat::Svg: return writeSvg(device, page, settings);
        case ExportFormat::Pdf: return writePdf(device, page, settings);
        case ExportFormat::Xlsx: return false;  // tables go through XlsxExport, never drawn
        }
        return false;
    });
}

} // namespace kai::ui
