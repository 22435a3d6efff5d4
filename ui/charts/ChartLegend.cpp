// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartLegend.h"

#include "charts/ChartStyle.h"

#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QLegend>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace kai::ui {

namespace legend {
constexpr qreal Gap = 6;              // between the axis title above and the legend
constexpr qreal RowGap = 4;
constexpr qreal EntrySpacing = 18;    // between two entries of a row
constexpr qreal MarkerTextGap = 6;
} // namespace legend

ChartLegend::ChartLegend(QChartView *view) : QGraphicsItem(view->chart()), m_chart(view->chart())
{
    // Hidden, Qt's legend takes no room and is not laid out; its font and colour (ChartStyle) stay
    // the ones used here.
    m_chart->legend()->setVisible(false);
}

void ChartLegend::setEntries(const QVector<Entry> &entries)
{
    m_entries = entries;
    m_laidOutFor.invalidate();
    arrange();
}

void ChartLegend::arrange()
{
    prepareGeometryChange();
    const QMarginsF inset = ChartStyle::backgroundInset(m_chart);
    const qreal width = m_chart->size().width() - inset.left() - inset.right() - 2 * ChartStyle::Margin;
    const QFont font = m_chart->legend()->font();
    if (m_laidOutFor.renew(width, font))
        layOut(width, !ChartStyle::tooNarrowToWrap(font, width));
    setPos(inset.left() + ChartStyle::Margin, m_chart->size().height() - inset.bottom() - ChartStyle::Margin - m_height);
    reserve();
    update();
}

void ChartLegend::layOut(qreal width, bool wrap)
{
    // Entries in rows from left to right, each row centred, as Qt's legend places one row; without
    // wrapping (a chart not yet sized) all in one.
    const QFontMetricsF metrics(m_chart->legend()->font());
    const qreal box = std::round(metrics.ascent() * 0.9);
    m_placed.clear();
    m_bounds = QRectF();
    qreal x = 0, y = 0, rowHeight = 0;
    int rowStart = 0;
    const auto finishRow = [&](int end) {
        const qreal shift = std::max(0.0, (width - (x - legend::EntrySpacing)) / 2);
        for (int i = rowStart; i < end; ++i) {
            m_placed[i].rect.translate(shift, 0);
            m_placed[i].textRect.translate(shift, 0);
            m_bounds |= m_placed[i].rect;
        }
        y += rowHeight + legend::RowGap;
        x = 0;
        rowHeight = 0;
        rowStart = end;
    };
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries[i];
        const qreal marker = entry.line ? 2 * box : box;
        const qreal room = std::max(1.0, width - marker - legend::MarkerTextGap);
        int flags = Qt::AlignLeft | Qt::AlignTop;
        QSizeF text(std::ceil(metrics.horizontalAdvance(entry.text)), metrics.height());
        if (wrap && text.width() > room) {
            flags = ChartStyle::wrapFlags(metrics, room, entry.text, flags);
            text = QSizeF(room, std::ceil(metrics.boundingRect(QRectF(0, 0, room, 1e6), flags, entry.text).height()));
        }
        const qreal entryWidth = marker + legend::MarkerTextGap + text.width();
        if (wrap && x > 0 && x + entryWidth > width)
            finishRow(i);
        const QRectF textRect(x + marker + legend::MarkerTextGap, y, text.width(), text.height());
        m_placed.append({QRectF(x, y, entryWidth, std::max(text.height(), box)), textRect,
                         ChartStyle::staticText(entry.text, m_chart->legend()->font(), text.width(), flags)});
        x += entryWidth + legend::EntrySpacing;
        rowHeight = std::max(rowHeight, m_placed.last().rect.height());
    }
    if (!m_entries.isEmpty())
        finishRow(int(m_entries.size()));
    m_height = m_entries.isEmpty() ? 0 : y - legend::RowGap;
}

void ChartLegend::reserve()
{
    QMargins margins = m_chart->margins();
    const int bottom = ChartStyle::Margin + (m_height > 0 ? int(std::ceil(m_height + legend::Gap)) : 0);
    if (m_chart->size().height() > 0 && margins.bottom() != bottom) {
        margins.setBottom(bottom);
        m_chart->setMargins(margins);
    }
}

QStringList ChartLegend::texts() const
{
    QStringList texts;
    for (const Entry &entry : m_entries)
        texts << entry.text;
    return texts;
}

QRectF ChartLegend::placeOf(int entry) const
{
    return m_placed.value(entry).rect.translated(pos());
}

QRectF ChartLegend::boundingRect() const
{
    return m_bounds;
}

void ChartLegend::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QFontMetricsF metrics(m_chart->legend()->font());
    const qreal box = std::round(metrics.ascent() * 0.9);
    painter->setFont(m_chart->legend()->font());
    for (int i = 0; i < m_placed.size() && i < m_entries.size(); ++i) {
        const Entry &entry = m_entries[i];
        const Placed &placed = m_placed[i];
        // The marker stands beside the text's first line.
        const qreal middle = placed.textRect.top() + metrics.height() / 2;
        painter->setPen(entry.pen);
        if (entry.line) {
            painter->drawLine(QPointF(placed.rect.left(), middle), QPointF(placed.rect.left() + 2 * box, middle));
        } else {
            painter->setBrush(entry.brush);
            painter->drawRect(QRectF(placed.rect.left(), middle - box / 2, box, box));
        }
        painter->setPen(m_chart->legend()->labelColor());
        painter->drawStaticText(placed.textRect.topLeft(), placed.shaped);
    }
}

} // namespace kai::ui
