// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/SourcesSlide.h"

#include "DashboardState.h"
#include "items/KnownSources.h"

#include <QUrl>


namespace kai::ui {

SourcesSlide::SourcesSlide(const DashboardState &state) : Slide(state), m_model(state) {}

QString SourcesSlide::title() const
{
    return tr("Data sources");
}

QString SourcesSlide::headline() const
{
    return tr("Data sources");
}

QString SourcesSlide::context() const
{
    return tr("Every figure in this pack is attributed to one of these sources · %1").arg(asOfText());
}

QString SourcesSlide::publisher(const QString &title, const QString &url)
{
    const qsizetype colon = title.indexOf(QLatin1String(": "));
    if (colon > 0 && colon < 60)
        return title.left(colon);
    return QUrl(url).host();
}

SlideTable SourcesSlide::table() const
{
    SlideTable result;
    result.columns = {{m_model.headerData(SourceTableModel::CodeColumn, Qt::Horizontal).toString()},
                      {tr("Publisher")},
                      {m_model.headerData(SourceTableModel::TitleColumn, Qt::Horizontal).toString()},
                      {m_model.headerData(SourceTableModel::PublishedColumn, Qt::Horizontal).toString()},
                      {m_model.headerData(SourceTableModel::ConfidenceColumn, Qt::Horizontal).toString()},
                      {m_model.headerData(SourceTableModel::UrlColumn, Qt::Horizontal).toString(), Qt::AlignLeft, true}};
    // A source published later cannot stand behind this pack.
    const KnownSources known(state().snapshot());
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const auto data = [&](int column, int role) { return m_model.index(row, column).data(role); };
        if (!known.contains(data(0, SnapshotTableModel::IdRole).toLongLong(),
                            data(SourceTableModel::PublishedColumn, SnapshotTableModel::SortRole).toDate()))
            continue;
        const auto cell = [&](int column) { return m_model.index(row, column).data().toString(); };
        const QString title = cell(SourceTableModel::TitleColumn);
        const QString url = cell(SourceTableModel::UrlColumn);
        const QString from = publisher(title, url);
        const QString rest = title.startsWith(from + QLatin1String(": ")) ? title.mid(from.size() + 2) : title;
        result.rows.append({cell(SourceTableModel::CodeColumn), from, rest, cell(SourceTableModel::PublishedColumn),
                            cell(SourceTableModel::ConfidenceColumn), url});
    }
    return twinned(std::move(result), 0);
}

int SourcesSlide::pageCount(const SlideStyle &style, const QSizeF &body) const
{
    return table().pageCount(style, body);
}

void SourcesSlide::paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const
{
    table().paint(painter, body, style, page);
}

std::optional<Slide::TablePage> SourcesSlide::tableOfPage(const SlideStyle &style, const QSizeF &body, int page) const
{
    Q_UNUSED(style)
    Q_UNUSED(body)
    return TablePage{table(), page};  // an empty table is a sentence, drawn as a figure
}

} // namespace kai::ui
