// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/RoundResultsSlide.h"

#include "DashboardState.h"
#include "items/CorrectionText.h"

#include <QPainter>
#include <QSortFilterProxyModel>

namespace kai::ui {

using namespace kai::domain;

QString RoundResultsSlide::title() const
{
    return tr("Evaluation Rounds — results");
}

QString RoundResultsSlide::headline() const
{
    const auto &results = model().results();
    if (results.isEmpty())
        return tr("%1: no result yet").arg(roundName());
    int advanced = 0;
    int pending = 0;
    const RoundResult *first = nullptr;
    for (const RoundResult &r : results) {
        advanced += r.outcome == Outcome::Advanced ? 1 : 0;
        pending += r.outcome == Outcome::Pending ? 1 : 0;
        if (r.rank && *r.rank == 1)
            first = &r;
    }
    if (pending == results.size())
        return tr("%1: %n teams evaluated, result pending", nullptr, int(results.size())).arg(roundName());
    const QString passed = tr("%1: %2 of %n teams advance", nullptr, int(results.size())).arg(roundName()).arg(advanced);
    const Consortium *top = first ? state().snapshot().consortium(first->consortiumId) : nullptr;
    return top ? tr("%1; %2 ranked first").arg(passed, top->name.in(state().language())) : passed;
}

SlideTable RoundResultsSlide::table() const
{
    // Ranked first, like the published list; only top-level criteria (the pack's table has them all).
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(const_cast<RoundResultsByRoundModel *>(&model()));
    sorted.setSortRole(SnapshotTableModel::SortRole);
    sorted.sort(RoundResultsByRoundModel::RankColumn);
    QVector<int> columns{RoundResultsByRoundModel::ConsortiumColumn, RoundResultsByRoundModel::RankColumn};
    const RoundDetails &details = model().details();
    for (int i = 0; i < details.criteria.size(); ++i) {
        if (details.criteria[i].parentId == 0)
            columns << RoundResultsByRoundModel::FirstCriterionColumn + i;
    }
    columns << model().totalColumn() << model().outcomeColumn();
    SlideTable result = SlideTable::fromModel(sorted, columns, press());
    const ConsortiumPalette palette = consortiumPalette();
    for (int row = 0; row < sorted.rowCount(); ++row)
        result.swatches << palette.swatch(sorted.index(row, 0).data(SnapshotTableModel::IdRole).toLongLong());
    return twinned(std::move(result), 0);
}

bool RoundResultsSlide::showsIllustrativeData() const
{
    return table().illustrative;
}

QStringList RoundResultsSlide::correctionNotes() const
{
    QStringList lines;
    const RoundDetails &details = model().details();
    for (const RoundResult &result : model().results()) {
        if (const QString line = CorrectionText::footnote(result, state().snapshot(), state().language()); !line.isEmpty())
            lines << line;
        if (const auto stale = model().staleTotal(result))
            lines << CorrectionText::staleTotalFootnote(result, *stale, state().snapshot(), state().language());
    }
    for (const CriterionScore &score : details.scores) {
        const Criterion *criterion = details.criterion(score.criterionId);
        if (criterion && score.correction)
            lines << CorrectionText::footnote(score, *criterion, state().snapshot(), state().language());
        if (const auto stale = criterion ? model().staleParent(score.consortiumId, *criterion) : std::nullopt)
            lines << CorrectionText::staleParentFootnote(score.consortiumId, *criterion, *stale, state().snapshot(),
                                                         state().language());
    }
    return lines;
}

qreal RoundResultsSlide::notesHeight(const SlideStyle &style, qreal width) const
{
    const QStringList notes = correctionNotes();
    if (notes.isEmpty())
        return 0;
    const QFontMetricsF metrics(style.font(SlideStyle::Text::Label));
    const QRectF needed = metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, notes.join(QLatin1Char('\n')));
    return needed.height() + style.gap();
}

int RoundResultsSlide::pageCount(const SlideStyle &style, const QSizeF &body) const
{
    return table().pageCount(style, QSizeF(body.width(), body.height() - notesHeight(style, body.width())));
}

void RoundResultsSlide::paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const
{
    const SlideTable results = table();
    if (results.isEmpty())
        return paintSentence(painter, body, style, tr("No result of this round is known on the as-of date."));
    const qreal notes = notesHeight(style, body.width());
    results.paint(painter, body.adjusted(0, 0, 0, -notes), style, page);
    if (notes > 0) {
        painter.save();
        painter.setPen(style.ink());
        painter.setFont(style.font(SlideStyle::Text::Label));
        painter.drawText(QRectF(body.left(), body.bottom() - notes + style.gap(), body.width(), notes - style.gap()),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, correctionNotes().join(QLatin1Char('\n')));
        painter.restore();
    }
}

std::optional<Slide::TablePage> RoundResultsSlide::tableOfPage(const SlideStyle &style, const QSizeF &body, int page) const
{
    Q_UNUSED(style)
    Q_UNUSED(body)
    return TablePage{table(), page};  // an empty table is a sentence, drawn as a figure
}

} // namespace kai::ui
