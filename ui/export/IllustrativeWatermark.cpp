// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/IllustrativeWatermark.h"

#include "export/ExportFont.h"
#include "export/ProvenanceStamp.h"
#include "items/StatusPalette.h"

#include <QPainter>
#include <QtMath>

namespace kai::ui {

void IllustrativeWatermark::paint(QPainter &painter, const QRectF &area, qreal opacity)
{
    painter.save();
    painter.setClipRect(area);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal angle = -qRadiansToDegrees(qAtan2(area.height(), area.width()));
    const qreal diagonal = qSqrt(area.width() * area.width() + area.height() * area.height());
    const QString text = ProvenanceStamp::illustrativeBanner();
    QFont font = ExportFont::pixelFont(qMax(16, int(diagonal / 22)), true);
    painter.setFont(font);
    // Shrink until the text fits three quarters of the diagonal.
    const qreal advance = painter.fontMetrics().horizontalAdvance(text);
    if (advance > diagonal * 0.75) {
        font.setPixelSize(qMax(12, int(font.pixelSize() * diagonal * 0.75 / advance)));
        painter.setFont(font);
    }
    QColor ink = StatusPalette::illustrativeText();
    ink.setAlphaF(float(opacity));
    painter.setPen(ink);
    painter.translate(area.center());
    painter.rotate(angle);
    const QRectF line(-diagonal / 2, -font.pixelSize(), diagonal, font.pixelSize() * 2);
    painter.drawText(line, Qt::AlignCenter, text);
    painter.restore();
}

} // namespace kai::ui
