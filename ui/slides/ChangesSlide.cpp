// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/ChangesSlide.h"

namespace kai::ui {

ChangesSlide::ChangesSlide(const DashboardState &state, const history::SincePoint &since) : Slide(state), m_model(state)
{
    m_model.setSince(since);
}

QString ChangesSlide::title() const
{
    return tr("Changes since the last briefing");
}

QString ChangesSlide::headline() const
{
    return m_model.report().heading;
}

QString ChangesSlide::context() const
{
    const history::ChangesReport &report = m_model.report();
    const QString count = report.isEmpty() ? report.emptyText : tr("%n change(s)", nullptr, report.lineCount());
    return QStringLiteral("%1 · %2").arg(count, asOfText());
}

SlideTable ChangesSlide::table() const
{
    const history::ChangesReport &report = m_model.report();
    SlideTable result;
    result.columns = {{tr("View")}, {tr("Change")}};
    for (const history::ChangeSection &section : report.sections) {
        for (const history::ChangeLine &line : section.lines)
            result.rows.append({section.title, line.sentence});
    }
    for (const QString &note : report.notes)
        result.rows.append({tr("Note"), note});
    if (result.rows.isEmpty())
        result.rows.append({QString(), report.emptyText});
    return twinned(std::move(result), 0);
}

int ChangesSlide::pageCount(const SlideStyle &style, const QSizeF &body) const
{
    return table().pageCount(style, body);
}

void ChangesSlide::paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const
{
    table().paint(painter, body, style, page);
}

std::optional<Slide::TablePage> ChangesSlide::tableOfPage(const SlideStyle &, const QSizeF &, int page) const
{
    return TablePage{table(), page};
}

} // namespace kai::ui
