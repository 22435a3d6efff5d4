// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/Slide.h"

#include "DashboardState.h"
#include "items/DisplayFormat.h"

#include <QPainter>

namespace kai::ui {

namespace {
constexpr int TextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
}

QString Slide::context() const
{
    return asOfText();
}

QString Slide::asOfText() const
{
    return tr("As known on %1").arg(DisplayFormat(m_state.language()).date(m_state.asOf()));
}

bool Slide::press() const
{
    return m_state.pressMode();
}

int Slide::pageCount(const SlideStyle &style, const QSizeF &body) const
{
    Q_UNUSED(style)
    Q_UNUSED(body)
    return 1;
}

QRectF Slide::bodyRect(const QRectF &area, const SlideStyle &style, QRectF *headlineBox, QRectF *contextBox) const
{
    const QRectF inner = area.adjusted(style.marginX(), style.marginTop(), -style.marginX(), -style.gap() * 1.5);
    // Room for the taller of this language's text and its twin's: the body starts at the same place.
    const auto measured = [&](SlideStyle::Text role, const QRectF &box, const QString &text, const QString &twin) {
        const QFontMetricsF metrics(style.font(role));
        QRectF rect = metrics.boundingRect(box, TextFlags, text);
        if (!twin.isEmpty())
            rect.setHeight(std::max(rect.height(), metrics.boundingRect(box, TextFlags, twin).height()));
        return rect;
    };
    const QRectF headlineRect = measured(SlideStyle::Text::Headline, inner, headline(), m_twin.headline);
    const qreal contextTop = headlineRect.bottom() + style.gap();
    const QRectF contextRect = measured(SlideStyle::Text::Context,
                                        QRectF(inner.left(), contextTop, inner.width(), inner.height()), context(),
                                        m_twin.context);
    if (headlineBox)
        *headlineBox = QRectF(inner.left(), inner.top(), inner.width(), headlineRect.height());
    if (contextBox)
        *contextBox = QRectF(inner.left(), contextTop, inner.width(), contextRect.height());
    const qreal bodyTop = contextRect.bottom() + style.gap() * 2.5;
    return QRectF(inner.left(), bodyTop, inner.width(), inner.bottom() - bodyTop);
}

ConsortiumPalette Slide::consortiumPalette() const
{
    return ConsortiumPalette(state().snapshot());
}

SlideStyle Slide::styleFor(const QSizeF &canvas, const QPalette &palette) const
{
    return SlideStyle(canvas, palette, DisplayFormat::localeFor(state().language()));
}

int Slide::pageCount(const QSizeF &area, const QPalette &palette) const
{
    const SlideStyle style = styleFor(area, palette);
    return std::max(1, pageCount(style, bodyRect(QRectF(QPointF(), area), style, nullptr, nullptr).size()));
}

void Slide::paint(QPainter &painter, const QRectF &area, const QPalette &palette, int page) const
{
    const SlideStyle style = styleFor(area.size(), palette);
    QRectF headlineBox;
    QRectF contextBox;
    const QRectF body = bodyRect(area, style, &headlineBox, &contextBox);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(style.ink());
    painter.setFont(style.font(SlideStyle::Text::Headline));
    painter.drawText(headlineBox, TextFlags, headline());
    painter.setPen(style.mutedInk());
    painter.setFont(style.font(SlideStyle::Text::Context));
    painter.drawText(contextBox, TextFlags, context());
    painter.fillRect(QRectF(body.left(), body.top() - style.gap() * 1.4, 96 * style.scale(), 5 * style.scale()),
                     style.accent());
    paintBody(painter, body, style, page);
    painter.restore();
}

int Slide::figurePageCount(const QSizeF &canvas, const QSizeF &body, const QPalette &palette) const
{
    return std::max(1, pageCount(styleFor(canvas, palette), body));
}

void Slide::paintFigure(QPainter &painter, const QSizeF &canvas, const QRectF &body, const QPalette &palette,
                        int page) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintBody(painter, body, styleFor(canvas, palette), page);
    painter.restore();
}

std::optional<SlideTablePage> Slide::figureTable(const QSizeF &canvas, const QSizeF &body, const QPalette &palette,
                                                   int page) const
{
    const SlideStyle style = styleFor(canvas, palette);
    const std::optional<TablePage> found = tableOfPage(style, body, page);
    if (!found || found->table.isEmpty())
        return std::nullopt;
    return found->table.page(found->page, style, body);
}

SlideTable Slide::twinned(SlideTable table, int index) const
{
    if (index < m_twin.tables.size()) {
        const SlideTable &twin = m_twin.tables[index];
        for (const SlideTable::Column &column : twin.columns)
            table.twinHeaders << column.header;
        table.twinRows = twin.rows;
    }
    return table;
}

std::optional<Slide::TablePage> Slide::tableOfPage(const SlideStyle &style, const QSizeF &body, int page) const
{
    Q_UNUSED(style)
    Q_UNUSED(body)
    Q_UNUSED(page)
    return std::nullopt;
}

} // namespace kai::ui
