// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ProvenanceStamp.h"

#include "export/ExportFont.h"
#include "items/DisplayFormat.h"
#include "items/StatusPalette.h"

#include <QPainter>

namespace kai::ui {

namespace {
constexpr qreal Padding = 16;
}

QString ProvenanceStamp::headline() const
{
    return tr("%1 · Data as of %2").arg(title, DisplayFormat(language).date(asOf));
}

QString ProvenanceStamp::sourceLine() const
{
    return tr("Sources: MSIT releases and press reports; see data sources page");
}

QString ProvenanceStamp::detailLine() const
{
    return tr("K-AI Dashboard %1 · %2 · %3")
        .arg(QCoreApplication::applicationVersion(), languageName(language), ExportSettings::profileName(profile));
}

QString ProvenanceStamp::checksumLine() const
{
    const QString data = tr("Data checksum %1").arg(checksum.isEmpty() ? tr("none") : checksum);
    const QString line = page <= 0 ? data : tr("%1 · Page %2 of %3").arg(data).arg(page).arg(pageCount);
    // Last, so that eliding from the left keeps the review copy's words.
    return reviewCopy.isEmpty() ? line : line + QStringLiteral(" · ") + reviewCopy;
}

QString ProvenanceStamp::illustrativeBanner()
{
    // Deliberately in both languages on every export: a slide may travel without its twin.
    return QStringLiteral("Illustrative sample data · 예시 데이터");
}

QString ProvenanceStamp::languageName(domain::Language language)
{
    // Each language named in itself, as in the window's language switch.
    return language == domain::Language::Korean ? QStringLiteral("한국어") : QStringLiteral("English");
}

QRectF ProvenanceStamp::paintBanner(QPainter &painter, const QRectF &band) const
{
    if (!illustrative)
        return QRectF(band.left() + Padding, band.top(), 0, band.height());
    painter.setFont(ExportFont::pixelFont(13, true));
    const QString text = illustrativeBanner();
    const qreal width = painter.fontMetrics().horizontalAdvance(text) + 24;
    const QRectF badge(band.left() + Padding, band.center().y() - 15, width, 30);
    painter.setPen(QPen(StatusPalette::illustrativeText(), 1));
    painter.setBrush(StatusPalette::illustrativeBackground());
    painter.drawRoundedRect(badge, 4, 4);
    painter.drawText(badge, Qt::AlignCenter, text);
    return badge;
}

void ProvenanceStamp::paint(QPainter &painter, const QRectF &band, const QPalette &palette) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(band, palette.color(QPalette::AlternateBase));
    painter.setPen(QPen(palette.color(QPalette::Mid), 1));
    painter.drawLine(band.topLeft(), band.topRight());

    const QRectF badge = paintBanner(painter, band);
    const qreal textLeft = badge.right() + (illustrative ? 14 : 0);
    const QRectF left(textLeft, band.top() + 10, band.width() * 0.62 - textLeft, band.height() - 20);
    const QRectF right(left.right() + 12, left.top(), band.right() - Padding - left.right() - 12, left.height());

    painter.setPen(palette.color(QPalette::WindowText));
    painter.setFont(ExportFont::pixelFont(15, true));
    const QFontMetricsF bold(painter.font());
    painter.drawText(left, Qt::AlignLeft | Qt::AlignTop, bold.elidedText(headline(), Qt::ElideRight, left.width()));
    painter.drawText(right, Qt::AlignRight | Qt::AlignTop, bold.elidedText(detailLine(), Qt::ElideLeft, right.width()));

    painter.setPen(palette.color(QPalette::PlaceholderText));
    painter.setFont(ExportFont::pixelFont(12, false));
    const QPen quiet = painter.pen();
    const QFontMetricsF small(painter.font());
    painter.drawText(left, Qt::AlignLeft | Qt::AlignBottom, small.elidedText(sourceLine(), Qt::ElideRight, left.width()));
    if (reviewCopyModified)
        painter.setPen(StatusPalette::warningText());
    painter.drawText(right, Qt::AlignRight | Qt::AlignBottom, small.elidedText(checksumLine(), Qt::ElideLeft, right.width()));
    painter.setPen(quiet);
    painter.restore();
}

} // namespace kai::ui
