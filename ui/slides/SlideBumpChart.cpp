// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/SlideBumpChart.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace kai::ui {

void SlideBumpChart::paint(QPainter &painter, const QRectF &rect, const SlideStyle &style) const
{
    const int rounds = int(m_data.rounds.size());
    int worst = 1;
    for (const BumpChart::Line &line : m_data.lines) {
        for (const int rank : line.ranks)
            worst = std::max(worst, rank);
    }
    if (rounds == 0)
        return;
    const QFont label = style.font(SlideStyle::Text::Body);
    const QFont bold = style.font(SlideStyle::Text::Body, true);
    const QFontMetricsF metrics(label);
    qreal names = 0;
    for (const BumpChart::Line &line : m_data.lines)
        names = std::max(names, QFontMetricsF(bold).horizontalAdvance(line.name));
    names = std::min(names + style.gutter(), rect.width() * 0.3);
    const qreal rankColumn = metrics.horizontalAdvance(m_data.rankAxisTitle) + style.gutter();
    const QRectF plot(rect.left() + rankColumn, rect.top() + metrics.height() * 2.2,
                      rect.width() - rankColumn - names, rect.height() - metrics.height() * 3.2);
    const auto xOf = [&](int round) {
        return rounds == 1 ? plot.center().x() : plot.left() + plot.width() * round / (rounds - 1);
    };
    const auto yOf = [&](int rank) {
        return worst == 1 ? plot.center().y() : plot.top() + plot.height() * (rank - 1) / (worst - 1);
    };
    painter.save();
    painter.setFont(label);
    painter.setPen(style.ink());
    for (int r = 0; r < rounds; ++r) {
        const qreal x = xOf(r);
        painter.setPen(QPen(style.rule(), 1, Qt::DotLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(style.ink());
        const qreal width = plot.width() / std::max(1, rounds - 1);
        const qreal left = std::clamp(x - width / 2, rect.left(), rect.right() - width);
        painter.drawText(QRectF(left, rect.top(), width, metrics.height() * 2), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         m_data.rounds[r]);
    }
    painter.setPen(style.mutedInk());
    painter.drawText(QRectF(rect.left(), plot.top() - metrics.height(), rankColumn, metrics.height()), Qt::AlignLeft,
                     m_data.rankAxisTitle);
    for (int rank = 1; rank <= worst; ++rank)
        painter.drawText(QRectF(rect.left(), yOf(rank) - metrics.height() / 2, rankColumn - style.gap(), metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(rank));
    const qreal dot = metrics.height() * 1.3;
    for (int l = 0; l < m_data.lines.size(); ++l) {
        const BumpChart::Line &line = m_data.lines[l];
        const QColor colour = line.colour;
        QPainterPath path;
        int lastRound = -1;
        for (int r = 0; r < rounds; ++r) {
            if (line.ranks.value(r) <= 0)
                continue;
            const QPointF point(xOf(r), yOf(line.ranks[r]));
            if (lastRound < 0)
                path.moveTo(point);
            else
                path.lineTo(point);
            lastRound = r;
        }
        painter.setPen(QPen(colour, 5 * style.scale(), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        for (int r = 0; r < rounds; ++r) {
            if (line.ranks.value(r) <= 0)
                continue;
            const QRectF circle(xOf(r) - dot / 2, yOf(line.ranks[r]) - dot / 2, dot, dot);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawEllipse(circle);
            painter.setPen(Qt::white);
            painter.setFont(bold);
            painter.drawText(circle, Qt::AlignCenter, QString::number(line.ranks[r]));
        }
        if (lastRound >= 0) {
            painter.setPen(style.ink());
            painter.setFont(bold);
            const qreal y = yOf(line.ranks[lastRound]);
            painter.drawText(QRectF(xOf(lastRound) + dot, y - metrics.height(), names, metrics.height() * 2),
                             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, line.name);
        }
    }
    painter.restore();
}

} // namespace kai::ui
