// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/FunnelStrip.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace kai::ui {

FunnelStrip::FunnelStrip(QWidget *parent) : ActivatableWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void FunnelStrip::setSteps(const QVector<Step> &steps)
{
    m_steps = steps;
    QStringList description;
    for (const Step &step : steps)
        description << QStringLiteral("%1: %2").arg(step.label, QLocale().toString(step.count));
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

int FunnelStrip::rowHeight() const
{
    return fontMetrics().height() + 8;
}

int FunnelStrip::labelWidth() const
{
    int width = 0;
    for (const Step &step : m_steps)
        width = std::max(width, fontMetrics().horizontalAdvance(step.label));
    return width + 12;
}

QSize FunnelStrip::sizeHint() const
{
    return {labelWidth() + 240, int(m_steps.size()) * rowHeight() + 4};
}

QSize FunnelStrip::minimumSizeHint() const
{
    return {labelWidth() + 80, int(m_steps.size()) * rowHeight() + 4};
}

void FunnelStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int maxCount = std::max_element(m_steps.cbegin(), m_steps.cend(), [](const Step &a, const Step &b) {
                             return a.count < b.count;
                         })->count;
    const int left = labelWidth();
    const int numberWidth = fontMetrics().horizontalAdvance(QStringLiteral("000")) + 8;
    const int barSpace = std::max(20, width() - left - numberWidth);
    const QColor bar = palette().color(QPalette::Highlight);
    for (int i = 0; i < m_steps.size(); ++i) {
        const Step &step = m_steps[i];
        const QRect row(0, i * rowHeight() + 2, width(), rowHeight() - 4);
        painter.setPen(palette().color(step.planned ? QPalette::PlaceholderText : QPalette::WindowText));
        painter.drawText(row.adjusted(0, 0, -(width() - left + 6), 0), Qt::AlignRight | Qt::AlignVCenter, step.label);
        const int barWidth = maxCount > 0 ? std::max(2, barSpace * step.count / maxCount) : 0;
        const QRectF barRect(left, row.top(), barWidth, row.height());
        // Planned steps: dashed outline and a light fill, so they read as "not yet" in greyscale too.
        QColor fill = bar;
        fill.setAlphaF(step.planned ? 0.18 : 0.85);
        painter.setBrush(fill);
        painter.setPen(step.planned ? QPen(bar, 1.2, Qt::DashLine) : Qt::NoPen);
        painter.drawRoundedRect(barRect, 3, 3);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(barRect.right() + 6, row.top(), numberWidth, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         QLocale().toString(step.count));
    }
    paintFocusFrame(painter);
}

} // namespace kai::ui
