// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/BriefingDeck.h"

#include "export/AtomicFileWriter.h"
#include "export/ExportContext.h"
#include "export/ExportRenderer.h"
#include "export/IllustrativeWatermark.h"
#include "export/pptx/PptxDeck.h"
#include "export/pptx/PptxTemplate.h"
#include "items/DisplayFormat.h"
#include "items/StatusPalette.h"
#include "slides/ChangesSlide.h"
#include "slides/SlideFactory.h"
#include "slides/SourcesSlide.h"

#include <QApplication>
#include <QBuffer>
#include <QPainter>
#include <QStyle>
#include <QTimeZone>
#include <numeric>

namespace kai::ui {

namespace {
constexpr qreal CanvasWidth = 1920;  // the design width of SLIDES.md
constexpr int PictureScale = 2;      // pictures at 2× the slide's size: crisp when projected
constexpr qreal Gap = 16;            // design pixels
constexpr qreal ContextPixels = 26;  // SlideStyle's context line at 1920 × 1080
constexpr qreal NotePixels = 18 * 1.6;

QString languageTag(domain::Language language)
{
    return language == domain::Language::Korean ? QStringLiteral("ko-KR") : QStringLiteral("en-US");
}
} // namespace

BriefingDeck::BriefingDeck(const ExportContext &context, const PptxTemplate &base)
    : m_context(context), m_template(base),
      // A deck's figures sit on the master's ground, light in the built-in master and in nearly
      // every template: they are drawn in the light palette whatever the window's theme.
      m_palette(QApplication::style()->standardPalette())
{
    addTitleSlide();
    std::vector<std::unique_ptr<Slide>> slides;
    if (context.changesSince())
        slides.push_back(std::make_unique<ChangesSlide>(context.state(), *context.changesSince()));
    for (std::unique_ptr<Slide> &slide : SlideFactory::deckSlides(context.state()))
        slides.push_back(std::move(slide));
    slides.push_back(std::make_unique<SourcesSlide>(context.state()));
    // As the pack: the Korean and English decks have the same slides, with tables split at the same rows.
    context.measureTwins(slides);
    for (const std::unique_ptr<Slide> &slide : slides)
        addSlide(*slide);
    stampSlides();
}

BriefingDeck::~BriefingDeck() = default;

BriefingDeck::Frame BriefingDeck::frame(const Slide &composition) const
{
    const QString headline = composition.headline();
    const QString context = composition.context();
    const Slide::Twin &twin = composition.measuredTwin();
    const QSize slide = m_template.slideSize();
    Frame result;
    result.emuPerPixel = slide.width() / CanvasWidth;
    result.canvas = QSizeF(CanvasWidth, slide.height() / result.emuPerPixel);
    const auto pixels = [&result](const QRect &box) {
        return QRectF(box.x() / result.emuPerPixel, box.y() / result.emuPerPixel, box.width() / result.emuPerPixel,
                      box.height() / result.emuPerPixel);
    };
    const SlideStyle style(result.canvas, m_palette, DisplayFormat::localeFor(m_context.options().language));
    // Measured a little narrower than the box: Impress and PowerPoint space Hangul next to Latin
    // letters and punctuation wider than Qt does, and a line that wraps there must still fit.
    const auto height = [&style](SlideStyle::Text role, qreal width, const QString &text, const QString &twinText) {
        const QFontMetricsF metrics(style.font(role));
        const QRectF box(0, 0, width * 0.88, 1e6);
        const qreal own = metrics.boundingRect(box, Qt::TextWordWrap, text).height();
        return twinText.isEmpty() ? own : std::max(own, metrics.boundingRect(box, Qt::TextWordWrap, twinText).height());
    };
    // Under the title: the context line, then the figure down to the footer band, aligned with
    // the title's left and right edges. The built-in master's title is as tall as its headline
    // (with room for the renderer's own line height); a template's stays where its layout has it.
    QRectF title = pixels(m_template.title().box);
    if (m_template.isBuiltIn()) {
        title.setHeight(
            std::min(title.height(), height(SlideStyle::Text::Headline, title.width(), headline, twin.headline) * 1.15));
        result.title = title;
    }
    const QRectF footer = pixels(m_template.footer().box);
    result.context = QRectF(title.left(), title.bottom() + Gap * 0.5, title.width(),
                            height(SlideStyle::Text::Context, title.width(), context, twin.context) * 1.15);
    const qreal top = result.context.bottom() + Gap * 1.5;
    result.body = QRectF(title.left(), top, title.width(), std::max(Gap, footer.top() - Gap - top));
    return result;
}

QRect BriefingDeck::emu(const Frame &frame, const QRectF &pixels)
{
    const qreal scale = frame.emuPerPixel;
    return QRect(qRound(pixels.x() * scale), qRound(pixels.y() * scale), qRound(pixels.width() * scale),
                 qRound(pixels.height() * scale));
}

void BriefingDeck::addTitleSlide()
{
    const DashboardState &state = m_context.state();
    const domain::Language language = m_context.options().language;
    PptxSlide slide;
    slide.titleSlide = true;
    slide.headline = state.snapshot().program.name.in(language);
    slide.subtitle = {state.snapshot().program.ministry.in(language), tr("Briefing deck"),
                      tr("Data as of %1").arg(DisplayFormat(language).date(state.asOf())),
                      tr("Language: %1").arg(ProvenanceStamp::languageName(language)),
                      tr("Profile: %1").arg(ExportSettings::profileName(m_context.options().profile))};
    m_slides.append(slide);
    m_stamps.append(m_context.stamp(tr("Briefing deck"), false));
}

void BriefingDeck::addSlide(const Slide &slide)
{
    const Frame frame = this->frame(slide);
    const int pages = slide.figurePageCount(frame.canvas, frame.body.size(), m_palette);
    for (int page = 0; page < pages; ++page)
        addPage(slide, frame, page, pages);
}

void BriefingDeck::addPage(const Slide &slide, const Frame &frame, int page, int pages)
{
    PptxSlide result;
    result.headline = slide.headline();
    result.context = slide.context();
    if (!frame.title.isNull())
        result.titleBox = emu(frame, frame.title);
    result.contextBox = emu(frame, frame.context);
    result.pointsPerPixel = frame.emuPerPixel / pptx::EmuPerPoint;
    result.table = slide.figureTable(frame.canvas, frame.body.size(), m_palette, page);
    bool illustrative = slide.showsIllustrativeData();
    if (result.table) {
        const SlideTablePage &table = *result.table;
        const qreal height = table.headerHeight + std::accumulate(table.rowHeights.cbegin(), table.rowHeights.cend(), 0.0);
        const QRectF box(frame.body.topLeft(), QSizeF(frame.body.width(), std::min(height, frame.body.height())));
        result.figureBox = emu(frame, box);
        result.noteBox = emu(frame, QRectF(box.left(), box.bottom() + Gap * 0.5, box.width(), NotePixels));
        illustrative = table.rows.illustrative;
        result.watermark = illustrative;
    } else {
        result.figureBox = emu(frame, frame.body);
        result.picture = picture(slide, frame, page);
    }
    result.description = figureDescription(slide, page, pages, result.table.has_value());
    if (illustrative)
        result.banner = ProvenanceStamp::illustrativeBanner();
    m_slides.append(result);
    m_stamps.append(m_context.stamp(slide.title(), illustrative));
}

QByteArray BriefingDeck::picture(const Slide &slide, const Frame &frame, int page) const
{
    const QRectF body = frame.body;
    // Opaque like the view exports' pictures, and compressed the same fast way:
    // encoding the deck's dozen 2x pictures was most of its export time.
    const bool opaque = m_palette.color(QPalette::Window).alpha() == 255;
    QImage image((body.size() * PictureScale).toSize(), opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(PictureScale);
    image.fill(m_palette.color(QPalette::Window));
    QPainter painter(&image);
    painter.translate(-body.topLeft());
    if (slide.showsIllustrativeData())
        IllustrativeWatermark::paint(painter, body, IllustrativeWatermark::SlideOpacity);
    slide.paintFigure(painter, frame.canvas, body, m_palette, page);
    painter.end();
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    ExportRenderer::encodePng(png, image);
    return png.data();
}

QString BriefingDeck::figureDescription(const Slide &slide, int page, int pages, bool table)
{
    const QString what = table ? tr("Table of %1: %2").arg(slide.title(), slide.headline())
                               : tr("Chart of %1: %2").arg(slide.title(), slide.headline());
    const QString described = tr("%1. %2.").arg(what, slide.context());
    return pages > 1 ? tr("%1 Part %2 of %3.").arg(described).arg(page + 1).arg(pages) : described;
}

void BriefingDeck::stampSlides()
{
    const PptxTemplate &base = m_template;
    for (int index = 0; index < m_slides.size(); ++index) {
        ProvenanceStamp &stamp = m_stamps[index];
        stamp.page = index + 1;
        stamp.pageCount = int(m_slides.size());
        PptxSlide &slide = m_slides[index];
        slide.footer = {tr("%1 · %2").arg(stamp.headline(), stamp.detailLine()),
                        tr("%1 · %2").arg(stamp.sourceLine(), stamp.checksumLine())};
        slide.footerBox = base.footer().box;
        slide.footerIndex = base.footer().index;
        slide.notes = slide.description.isEmpty() ? QStringList() : QStringList{slide.description};
        if (!slide.banner.isEmpty())
            slide.notes << slide.banner;
        slide.notes << slide.footer;
    }
}

QString BriefingDeck::write(const QString &path) const
{
    const domain::Language language = m_context.options().language;
    PptxDeck deck(m_template, {m_context.state().snapshot().program.name.in(language), languageTag(language),
                               m_context.state().asOf().startOfDay(QTimeZone::utc())});
    deck.setColours(m_palette.color(QPalette::WindowText), m_palette.color(QPalette::Mid),
                    m_palette.color(QPalette::AlternateBase), StatusPalette::illustrativeText());
    for (const PptxSlide &slide : m_slides)
        deck.addSlide(slide);
    return AtomicFileWriter::write(path, [&deck](QIODevice &device) { return deck.write(device); });
}

} // namespace kai::ui
