// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/BriefingPack.h"

#include "export/AtomicFileWriter.h"
#include "export/PdfTextLayer.h"
#include "export/ExportContext.h"
#include "export/ExportFont.h"
#include "items/DisplayFormat.h"
#include "items/SourceTableModel.h"

#include <QPainter>
#include <QPdfWriter>

namespace kai::ui {

namespace {
constexpr int Margin = 72;
constexpr int RowHeight = 26;
constexpr int SourceHeaderHeight = 150;

// Columns of the sources page: code, title, published, confidence (the address would not fit
// legibly; the title names the release).
struct SourceColumn
{
    int column;
    qreal share;
};
const SourceColumn SourceColumns[] = {{SourceTableModel::CodeColumn, 0.16},
                                      {SourceTableModel::TitleColumn, 0.56},
                                      {SourceTableModel::PublishedColumn, 0.14},
                                      {SourceTableModel::ConfidenceColumn, 0.14}};
} // namespace

int BriefingPack::sourceRowsPerPage()
{
    const int usable = ExportRenderer::contentSize(pageSize()).height() - SourceHeaderHeight - Margin;
    return usable / RowHeight;
}

QVector<int> BriefingPack::knownSourceRows(const SourceTableModel &model, const QDate &asOf)
{
    // As known on the as-of date: a source published later cannot stand behind this pack.
    QVector<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QDate published = model.index(row, SourceTableModel::PublishedColumn).data(SnapshotTableModel::SortRole).toDate();
        if (!published.isValid() || published <= asOf)
            rows.append(row);
    }
    return rows;
}

int BriefingPack::sourcePageCount() const
{
    const SourceTableModel model(m_context.state());
    const int rows = int(knownSourceRows(model, m_context.state().asOf()).size());
    return qMax(1, (rows + sourceRowsPerPage() - 1) / sourceRowsPerPage());
}

int BriefingPack::pageCount() const
{
    return 1 + ViewCount + sourcePageCount();
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

ExportPage BriefingPack::sourcePage(int index) const
{
    ExportPage page;
    page.palette = m_context.palette();
    page.stamp = numbered(m_context.stamp(tr("Data sources"), false), 2 + ViewCount + index);
    const DashboardState &state = m_context.state();
    const int first = index * sourceRowsPerPage();
    const int pages = sourcePageCount();
    page.content = [&state, first, index, pages, palette = page.palette](QPainter &painter, const QRectF &area) {
        const SourceTableModel model(state);
        const QRectF table = area.adjusted(Margin, Margin, -Margin, -Margin);
        painter.setPen(palette.color(QPalette::WindowText));
        painter.setFont(ExportFont::pixelFont(32, true));
        const QString heading = pages > 1 ? tr("Data sources (%1 of %2)").arg(index + 1).arg(pages) : tr("Data sources");
        painter.drawText(table, Qt::AlignLeft | Qt::AlignTop, heading);
        painter.setFont(ExportFont::pixelFont(15, false));
        painter.drawText(table.adjusted(0, 50, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                         tr("Every figure in this pack is attributed to one of these sources. Confidence: "
                            "confirmed, single source, uncertain, or illustrative sample."));
        qreal y = table.top() + SourceHeaderHeight - RowHeight;
        auto drawRow = [&](const std::function<QString(int)> &cell, bool header) {
            painter.setFont(ExportFont::pixelFont(14, header));
            qreal x = table.left();
            for (const SourceColumn &column : SourceColumns) {
                const qreal width = table.width() * column.share;
                const QRectF box(x + 4, y, width - 12, RowHeight);
                painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                                 painter.fontMetrics().elidedText(cell(column.column), Qt::ElideRight, int(box.width())));
                x += width;
            }
            y += RowHeight;
            painter.setPen(QPen(palette.color(QPalette::Midlight), 1));
            painter.drawLine(QPointF(table.left(), y), QPointF(table.right(), y));
            painter.setPen(palette.color(QPalette::WindowText));
        };
        drawRow([&](int column) { return model.headerData(column, Qt::Horizontal).toString(); }, true);
        const QVector<int> rows = knownSourceRows(model, state.asOf());
        const int last = qMin(int(rows.size()), first + sourceRowsPerPage());
        for (int index = first; index < last; ++index)
            drawRow([&](int column) { return model.index(rows[index], column).data().toString(); }, false);
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
    for (int view = 0; ok && view < ViewCount; ++view) {
        const std::unique_ptr<ViewPage> widget = m_context.createView(ViewId(view), pageSize());
        if (!widget)
            return false;
        ExportPage page = ExportPage::forWidget(*widget, m_context.stamp(widget->title(), widget->showsIllustrativeData()));
        page.stamp = numbered(page.stamp, 2 + view);
        ok = paintPage(painter, device, page, false);
    }
    for (int index = 0; ok && index < sourcePageCount(); ++index)
        ok = paintPage(painter, device, sourcePage(index), false);
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
