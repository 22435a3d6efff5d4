// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartTitleItem.h"

#include "charts/ChartStyle.h"

#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>
#include <cmath>

namespace kai::ui {

namespace charttitle {
constexpr qreal Gap = 4;  // between the title and what the chart lays out under it
} // namespace charttitle

ChartTitleItem::ChartTitleItem(QChart *chart) : QGraphicsItem(chart), m_chart(chart)
{
    m_chart->setTitle(QString());  // the chart lays out no title of its own
}

void ChartTitleItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_laidOutFor.invalidate();
    arrange();
}

void ChartTitleItem::arrange()
{
    prepareGeometryChange();
    const QMarginsF inset = ChartStyle::backgroundInset(m_chart);
    const qreal width = m_chart->size().width() - inset.left() - inset.right() - 2 * ChartStyle::Margin;
    if (m_laidOutFor.renew(width, m_chart->titleFont()))
        layOut(width, !ChartStyle::tooNarrowToWrap(m_chart->titleFont(), width));
    setPos(inset.left() + ChartStyle::Margin, inset.top() + ChartStyle::Margin);
    QMargins margins = m_chart->margins();
    const int top = ChartStyle::Margin + (m_height > 0 ? int(std::ceil(m_height + charttitle::Gap)) : 0);
    if (margins.top() != top) {
        margins.setTop(top);
        m_chart->setMargins(margins);
    }
    update();
}

void ChartTitleItem::layOut(qreal width, bool wrap)
{
    // Broken between words, or inside a word wider than the chart; each line centred.
    m_layout.reset();
    m_bounds = QRectF();
    m_height = 0;
    if (m_text.isEmpty())
        return;
    const QFontMetricsF metrics(m_chart->titleFont());
    m_layout = std::make_unique<QTextLayout>(m_text, m_chart->titleFont());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(wrap ? width : 1e6);
        const qreal advance = std::ceil(line.naturalTextWidth());
        line.setPosition(QPointF(std::max(0.0, (width - advance) / 2), y));
        m_bounds |= QRectF(line.position(), QSizeF(advance, line.height()));
        y += metrics.lineSpacing();
    }
    m_layout->endLayout();
    m_height = y - metrics.lineSpacing() + metrics.height();
}

QStringList ChartTitleItem::lines() const
{
    QStringList texts;
    for (int i = 0; m_layout && i < m_layout->lineCount(); ++i) {
        const QTextLine line = m_layout->lineAt(i);
        texts << m_text.mid(line.textStart(), line.textLength()).trimmed();
    }
    return texts;
}

QRectF ChartTitleItem::boundingRect() const
{
    return m_bounds;
}

void ChartTitleItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_layout)
        return;
    painter->setPen(m_chart->titleBrush().color());
    m_layout->draw(painter, QPointF(0, 0));
}

} // namespace kai::ui
