// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/BriefingPack.h"

#include "export/AtomicFileWriter.h"
#include "export/PdfTextLayer.h"
#include "export/ExportContext.h"
#include "export/ExportFont.h"
#include "items/DisplayFormat.h"
#include "slides/ChangesSlide.h"
#include "slides/SlideFactory.h"
#include "slides/NotesSlide.h"
#include "slides/SourcesSlide.h"

#include <QPainter>
#include <QPdfWriter>
#include <algorithm>

namespace kai::ui {

namespace {
constexpr int Margin = 72;
}

BriefingPack::BriefingPack(const ExportContext &context) : m_context(context)
{
    std::vector<std::unique_ptr<Slide>> slides;
    if (context.changesSince())
        slides.push_back(std::make_unique<ChangesSlide>(context.state(), *context.changesSince()));
    for (std::unique_ptr<Slide> &slide : SlideFactory::deckSlides(context.state()))
        slides.push_back(std::move(slide));
    slides.push_back(std::make_unique<SourcesSlide>(context.state()));
    const Slide *sourcesSlide = slides.back().get();
    // Reviewers' notes close an internal pack; a press pack never carries them.
    auto notes = std::make_unique<NotesSlide>(context.state());
    const Slide *notesSlide = nullptr;
    if (!notes->isEmpty() && context.options().profile == ExportProfile::Internal) {
        notesSlide = notes.get();
        slides.push_back(std::move(notes));
    }
    m_context.measureTwins(slides);
    for (std::unique_ptr<Slide> &slide : slides)
        addSlide(std::move(slide));
    const auto pagesOf = [this](const Slide *slide) {
        return int(std::count_if(m_pages.cbegin(), m_pages.cend(), [slide](const SlidePage &p) { return p.slide == slide; }));
    };
    m_sourcePages = pagesOf(sourcesSlide);
    m_notesPages = notesSlide ? pagesOf(notesSlide) : 0;
}

int BriefingPack::notesPageCount() const
{
    return m_notesPages;
}

BriefingPack::~BriefingPack() = default;

void BriefingPack::addSlide(std::unique_ptr<Slide> slide)
{
    if (!slide)
        return;
    const int pages = slide->pageCount(QSizeF(ExportRenderer::contentSize(pageSize())), m_context.palette());
    for (int page = 0; page < pages; ++page)
        m_pages.append({slide.get(), page});
    m_slides.push_back(std::move(slide));
}

int BriefingPack::sourcePageCount() const
{
    return m_sourcePages;
}

int BriefingPack::pageCount() const
{
    return 1 + int(m_pages.size());
}

ProvenanceStamp BriefingPack::numbered(ProvenanceStamp stamp, int page) const
{
    stamp.page = page;
    stamp.pageCount = pageCount();
    return stamp;
}

ExportPage BriefingPack::coverPage() const
{
    ExportPage page;
    page.palette = m_context.palette();
    page.stamp = numbered(m_context.stamp(tr("Briefing pack"), false), 1);
    const DashboardState &state = m_context.state();
    const ExportContext::Options options = m_context.options();
    page.content = [&state, options, palette = page.palette](QPainter &painter, const QRectF &area) {
        const domain::Language language = options.language;
        const QRectF text = area.adjusted(Margin * 1.5, area.height() * 0.28, -Margin * 1.5, 0);
        painter.setPen(palette.color(QPalette::WindowText));
        painter.setFont(ExportFont::pixelFont(22, false));
        painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, state.snapshot().program.ministry.in(language));
        painter.setFont(ExportFont::pixelFont(48, true));
        const QRectF title = text.adjusted(0, 44, 0, 0);
        QRectF used;
        painter.drawText(title, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         state.snapshot().program.name.in(language), &used);
        painter.setFont(ExportFont::pixelFont(30, false));
        painter.drawText(title.adjusted(0, used.height() + 12, 0, 0), Qt::AlignLeft | Qt::AlignTop, tr("Briefing pack"));
        painter.fillRect(QRectF(text.left(), title.top() + used.height() + 74, 120, 6), palette.color(QPalette::Highlight));
        const QStringList facts = {
            tr("Data as of %1").arg(DisplayFormat(language).date(state.asOf())),
            tr("Language: %1").arg(ProvenanceStamp::languageName(language)),
            tr("Profile: %1").arg(ExportSettings::profileName(options.profile)),
        };
        painter.setFont(ExportFont::pixelFont(22, false));
        painter.drawText(title.adjusted(0, used.height() + 100, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                         facts.join(QLatin1Char('\n')));
    };
    return page;
}

bool BriefingPack::paintPage(QPainter &painter, QPagedPaintDevice &device, const ExportPage &page, bool first) const
{
    if (!first && !device.newPage())
        return false;
    painter.save();
    ExportRenderer::fitToPage(painter, device, pageSize());
    ExportRenderer::paint(painter, page, pageSize());
    painter.restore();
    return true;
}

bool BriefingPack::paint(QPagedPaintDevice &device) const
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    bool ok = paintPage(painter, device, coverPage(), true);
    for (int index = 0; ok && index < m_pages.size(); ++index) {
        ExportPage page = m_context.slidePage(*m_pages[index].slide, m_pages[index].page);
        page.stamp = numbered(page.stamp, 2 + index);
        ok = paintPage(painter, device, page, false);
    }
    return painter.end() && ok;
}

QString BriefingPack::write(const QString &path) const
{
    return AtomicFileWriter::write(path, [this](QIODevice &device) {
        return PdfTextLayer::write(device, [this](QIODevice &pdf) {
            QPdfWriter writer(&pdf);
            writer.setCreator(QStringLiteral("K-AI Dashboard %1").arg(QCoreApplication::applicationVersion()));
            writer.setTitle(tr("Briefing pack"));
            writer.setResolution(ExportRenderer::layoutDpi());
            return paint(writer);
        });
    });
}

} // namespace kai::ui
