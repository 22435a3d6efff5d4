// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/SlideTable.h"

#include "export/ExportFont.h"
#include "items/DomainText.h"
#include "items/SnapshotTableModel.h"

#include <QAbstractItemModel>
#include <QPainter>
#include <QRegularExpression>
#include <algorithm>
#include <numeric>

namespace kai::ui {

namespace {
constexpr int CellWrapFlags = Qt::TextWordWrap;

qreal longestWord(const QFontMetricsF &metrics, const QString &text)
{
    qreal widest = 0;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

int wrapFlags(const SlideTable::Column &column)
{
    return column.breakAnywhere ? Qt::TextWrapAnywhere : CellWrapFlags;
}

qreal textHeight(const QFontMetricsF &metrics, qreal width, const QString &text, int flags = CellWrapFlags)
{
    return metrics.boundingRect(QRectF(0, 0, std::max(1.0, width), 1e6), flags, text).height();
}
} // namespace

SlideTable SlideTable::fromModel(const QAbstractItemModel &model, const QVector<int> &modelColumns,
                                 bool leaveOutIllustrative)
{
    SlideTable table;
    for (const int column : modelColumns) {
        Column spec{model.headerData(column, Qt::Horizontal).toString(), Qt::AlignLeft};
        bool numeric = model.rowCount() > 0;
        for (int row = 0; row < model.rowCount() && numeric; ++row) {
            const QVariant key = model.index(row, column).data(SnapshotTableModel::SortRole);
            const QString shown = model.index(row, column).data().toString();
            numeric = shown.isEmpty() || key.typeId() == QMetaType::Double || key.typeId() == QMetaType::Int
                      || key.typeId() == QMetaType::LongLong;
        }
        spec.alignment = numeric ? Qt::AlignRight : Qt::AlignLeft;
        table.columns.append(spec);
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (const int column : modelColumns) {
            const QModelIndex index = model.index(row, column);
            // A confidential cell is already masked by the model in press mode; keep its wording.
            const bool sample = index.data(SnapshotTableModel::IllustrativeRole).toBool()
                                && !(leaveOutIllustrative && index.data(SnapshotTableModel::ConfidentialRole).toBool());
            if (sample && leaveOutIllustrative) {
                cells << DomainText::notPublished();
                continue;
            }
            table.illustrative = table.illustrative || sample;
            cells << index.data().toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        table.rows.append(cells);
    }
    return table;
}

QVector<qreal> SlideTable::columnWidths(const QFontMetricsF &metrics, const QFontMetricsF &header, qreal width,
                                        qreal padding) const
{
    const int count = int(columns.size());
    QVector<qreal> natural(count, 0);
    QVector<qreal> minimum(count, 0);
    const bool twin = hasTwin();
    for (int c = 0; c < count; ++c) {
        for (const QString &title : twin ? QStringList{columns[c].header, twinHeaders[c]} : QStringList{columns[c].header}) {
            natural[c] = std::max(natural[c], header.horizontalAdvance(title));
            minimum[c] = std::max(minimum[c], longestWord(header, title));
        }
        for (const QVector<QStringList> *texts : {&rows, &twinRows}) {
            if (texts == &twinRows && !twin)
                continue;
            for (const QStringList &row : *texts) {
                natural[c] = std::max(natural[c], metrics.horizontalAdvance(row.value(c)));
                if (!columns[c].breakAnywhere)
                    minimum[c] = std::max(minimum[c], longestWord(metrics, row.value(c)));
            }
        }
        natural[c] += 2 * padding;
        minimum[c] = std::min(minimum[c] + 2 * padding, width / count);
    }
    const qreal total = std::accumulate(natural.cbegin(), natural.cend(), 0.0);
    if (total <= width) {
        // Room to spare: share it out in proportion, so the table spans the slide.
        for (qreal &w : natural)
            w *= width / total;
        return natural;
    }
    // Too wide: columns that fit their fair share keep their width, the rest wrap within the remainder.
    QVector<qreal> widths = minimum;
    qreal spare = width - std::accumulate(minimum.cbegin(), minimum.cend(), 0.0);
    qreal wanted = 0;
    for (int c = 0; c < count; ++c)
        wanted += natural[c] - minimum[c];
    for (int c = 0; c < count && wanted > 0 && spare > 0; ++c)
        widths[c] += (natural[c] - minimum[c]) * std::min(1.0, spare / wanted);
    return widths;
}

qreal SlideTable::noteHeight(const SlideStyle &style) const
{
    return QFontMetricsF(style.font(SlideStyle::Text::Label)).height() * 1.6;
}

SlideTable::Layout SlideTable::layOutAt(int pixels, const SlideStyle &style, const QSizeF &size) const
{
    Layout layout;
    layout.font = ExportFont::pixelFont(pixels, false);
    layout.headerFont = ExportFont::pixelFont(pixels, true);
    layout.padding = pixels * 0.45;
    layout.swatch = swatches.isEmpty() ? 0 : pixels * 0.9;
    const QFontMetricsF metrics(layout.font);
    const QFontMetricsF header(layout.headerFont);
    layout.widths = columnWidths(metrics, header, size.width() - layout.swatch, layout.padding);
    const bool twin = hasTwin();
    qreal tallest = 0;
    for (int c = 0; c < columns.size(); ++c) {
        tallest = std::max(tallest, textHeight(header, layout.widths[c] - 2 * layout.padding, columns[c].header));
        if (twin)
            tallest = std::max(tallest, textHeight(header, layout.widths[c] - 2 * layout.padding, twinHeaders[c]));
    }
    layout.headerHeight = tallest + 2 * layout.padding;
    const auto rowHeight = [&](const QStringList &row) {
        qreal height = metrics.height();
        for (int c = 0; c < columns.size(); ++c)
            height = std::max(height, textHeight(metrics, layout.widths[c] - 2 * layout.padding, row.value(c),
                                                 wrapFlags(columns[c])));
        return height;
    };
    for (int row = 0; row < rows.size(); ++row) {
        const qreal height = std::max(rowHeight(rows[row]), twin ? rowHeight(twinRows[row]) : 0.0);
        layout.rowHeights.append(height + 2 * layout.padding);
    }
    // Pages: as many whole rows as fit; a continued page keeps room for its note.
    const qreal usable = size.height() - layout.headerHeight;
    int row = 0;
    while (row < rows.size() || layout.pageStarts.isEmpty()) {
        layout.pageStarts.append(row);
        qreal used = 0;
        const int first = row;
        while (row < rows.size()) {
            const bool last = row + 1 == rows.size();
            const qreal room = usable - (last && first == 0 ? 0 : noteHeight(style));
            if (used + layout.rowHeights[row] > room && row > first)
                break;
            used += layout.rowHeights[row++];
        }
        if (rows.isEmpty())
            break;
    }
    return layout;
}

SlideTable::Layout SlideTable::layOut(const SlideStyle &style, const QSizeF &size) const
{
    const int body = style.pixels(SlideStyle::Text::Body);
    Layout layout = layOutAt(body, style, size);
    for (int pixels = body - 1; layout.pageStarts.size() > 1 && pixels >= style.minimumBodyPixels(); --pixels)
        layout = layOutAt(pixels, style, size);
    // Few rows: larger type while the table still fits, then taller rows, so the table fills its
    // place instead of leaving a blank band.
    const auto height = [](const Layout &l) {
        return l.headerHeight + std::accumulate(l.rowHeights.cbegin(), l.rowHeights.cend(), 0.0);
    };
    for (int pixels = body + 1; layout.pageStarts.size() == 1 && pixels <= body * 3 / 2; ++pixels) {
        const Layout larger = layOutAt(pixels, style, size);
        if (larger.pageStarts.size() > 1 || height(larger) > size.height() * 0.8)
            break;
        layout = larger;
    }
    const qreal used = height(layout);
    if (layout.pageStarts.size() == 1 && used > 0 && used < size.height()) {
        const qreal stretch = std::min(2.5, size.height() / used);
        for (qreal &row : layout.rowHeights)
            row *= stretch;
        layout.headerHeight *= std::min(stretch, 1.3);
    }
    return layout;
}

int SlideTable::pageCount(const SlideStyle &style, const QSizeF &size) const
{
    return int(layOut(style, size).pageStarts.size());
}

void SlideTable::paint(QPainter &painter, const QRectF &rect, const SlideStyle &style, int page) const
{
    const Layout layout = layOut(style, rect.size());
    page = std::clamp(page, 0, int(layout.pageStarts.size()) - 1);
    const int first = layout.pageStarts[page];
    const int last = page + 1 < layout.pageStarts.size() ? layout.pageStarts[page + 1] : int(rows.size());
    painter.save();
    qreal y = rect.top();
    const auto drawCells = [&](const QStringList &cells, qreal height) {
        qreal x = rect.left() + layout.swatch;
        for (int c = 0; c < columns.size(); ++c) {
            const QRectF box(x + layout.padding, y + layout.padding, layout.widths[c] - 2 * layout.padding,
                             height - 2 * layout.padding);
            painter.drawText(box, int(columns[c].alignment) | Qt::AlignVCenter | wrapFlags(columns[c]), cells.value(c));
            x += layout.widths[c];
        }
    };
    QStringList headers;
    for (const Column &column : columns)
        headers << column.header;
    painter.setPen(style.ink());
    painter.setFont(layout.headerFont);
    drawCells(headers, layout.headerHeight);
    y += layout.headerHeight;
    painter.fillRect(QRectF(rect.left(), y - 2 * style.scale(), rect.width(), 2 * style.scale()), style.ink());
    painter.setFont(layout.font);
    for (int row = first; row < last; ++row) {
        const qreal height = layout.rowHeights[row];
        if ((row - first) % 2 == 1)
            painter.fillRect(QRectF(rect.left(), y, rect.width(), height), style.band());
        if (row < swatches.size() && swatches[row].isValid()) {
            const qreal side = layout.swatch * 0.6;
            painter.fillRect(QRectF(rect.left(), y + (height - side) / 2, side, side), swatches[row]);
        }
        painter.setPen(style.ink());
        drawCells(rows[row], height);
        y += height;
        painter.fillRect(QRectF(rect.left(), y - 1, rect.width(), 1), style.rule());
    }
    if (const QString note = continuationNote(layout, page); !note.isEmpty()) {
        painter.setPen(style.mutedInk());
        painter.setFont(style.font(SlideStyle::Text::Label, true));
        painter.drawText(QRectF(rect.left(), y + style.gap() * 0.5, rect.width(), noteHeight(style)),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note);
    }
    painter.restore();
}

QString SlideTable::continuationNote(const Layout &layout, int page) const
{
    const int pages = int(layout.pageStarts.size());
    if (pages < 2)
        return {};
    const int first = layout.pageStarts[page];
    const int last = page + 1 < pages ? layout.pageStarts[page + 1] : int(rows.size());
    return page + 1 < pages
        ? tr("Rows %1–%2 of %3 — continued on the next page (%4/%5)")
              .arg(first + 1).arg(last).arg(rows.size()).arg(page + 1).arg(pages)
        : tr("Rows %1–%2 of %3 — continued (%4/%5)").arg(first + 1).arg(last).arg(rows.size()).arg(page + 1).arg(pages);
}

SlideTablePage SlideTable::page(int page, const SlideStyle &style, const QSizeF &size) const
{
    const Layout layout = layOut(style, size);
    page = std::clamp(page, 0, int(layout.pageStarts.size()) - 1);
    const int first = layout.pageStarts[page];
    const int last = page + 1 < layout.pageStarts.size() ? layout.pageStarts[page + 1] : int(rows.size());
    SlideTablePage result;
    result.rows.columns = columns;
    result.rows.illustrative = illustrative;
    result.rows.rows = rows.mid(first, last - first);
    result.rows.swatches = swatches.mid(first, std::max(0, std::min(last, int(swatches.size())) - first));
    result.rowHeights = layout.rowHeights.mid(first, last - first);
    result.pixels = layout.font.pixelSize();
    result.swatch = layout.swatch;
    result.padding = layout.padding;
    result.widths = layout.widths;
    result.headerHeight = layout.headerHeight;
    result.note = continuationNote(layout, page);
    return result;
}

} // namespace kai::ui
