// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/RoundResultsByRoundModel.h"

#include "DashboardState.h"
#include "items/CorrectionText.h"
#include "items/DomainText.h"
#include "items/StatusPalette.h"
#include "store/Database.h"
#include "store/RoundDetailsRepository.h"
#include "store/StoreError.h"

namespace kai {

using namespace kai::domain;

namespace {
constexpr int UnrankedSortKey = 1000000;
}

RoundResultsByRoundModel::RoundResultsByRoundModel(const DashboardState &state, QObject *parent)
    : SnapshotTableModel(state, parent)
{
    initialise();
}

void RoundResultsByRoundModel::setStageId(qint64 stageId)
{
    if (stageId == m_stageId)
        return;
    m_stageId = stageId;
    beginResetModel();
    rebuild();
    endResetModel();
}

void RoundResultsByRoundModel::rebuild()
{
    m_results.clear();
    m_details = RoundDetails{};
    m_loadError.clear();
    for (const RoundResult *r : state().snapshot().resultsOfStage(m_stageId))
        m_results.append(*r);
    store::Database *database = state().database();
    if (database && m_stageId != 0) {
        try {
            m_details = store::RoundDetailsRepository(database->sql()).load(m_stageId, state().asOf());
        } catch (const store::StoreError &error) {
            m_loadError = error.message();
        }
    }
    // Criteria are shown once the round's results are known; before that the round has no rows anyway.
    emit detailsChanged();
}

const Criterion *RoundResultsByRoundModel::criterionAt(int column) const
{
    const int i = column - FirstCriterionColumn;
    return i >= 0 && i < m_details.criteria.size() ? &m_details.criteria[i] : nullptr;
}

QString RoundResultsByRoundModel::columnTitle(int column) const
{
    if (const Criterion *c = criterionAt(column)) {
        // Long English names carry an explanation in brackets: keep the header short, the tooltip full.
        QString name = c->name.in(state().language());
        const int bracket = name.indexOf(QLatin1String(" ("));
        if (bracket > 0)
            name.truncate(bracket);
        if (c->isGate)
            return tr("%1 (pass/fail)").arg(name);
        return c->maxPoints ? tr("%1 (%2)").arg(name, format().number(*c->maxPoints, 0)) : name;
    }
    if (column == ConsortiumColumn) return tr("Consortium");
    if (column == RankColumn) return tr("Rank");
    if (column == totalColumn()) return tr("Weighted total");
    if (column == outcomeColumn()) return tr("Outcome");
    if (column == publishedColumn()) return tr("Published");
    if (column == sourceColumn()) return tr("Source");
    return {};
}

QVariant RoundResultsByRoundModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (const Criterion *c = criterionAt(section))
            return c->name.in(state().language());
    }
    return SnapshotTableModel::headerData(section, orientation, role);
}

// Criterion columns are many and narrow: the markers are short words here, explained under the table
// and spelled out in full in the tooltip.
QString RoundResultsByRoundModel::marked(const QString &value, bool confidential, qint64 sourceId) const
{
    QStringList markers;
    if (confidential)
        markers << tr("confidential", "short marker in a table cell");
    if (state().snapshot().isIllustrative(sourceId))
        markers << tr("sample", "short marker in a table cell: an illustrative sample value");
    return markers.isEmpty() ? value : tr("%1 (%2)").arg(value, markers.join(tr(", ")));
}

QString RoundResultsByRoundModel::criterionText(const RoundResult &result, const Criterion &criterion) const
{
    const CriterionScore *score = m_details.score(result.consortiumId, criterion.id);
    if (!score)
        return tr("—");
    const QString value = CorrectionText::scoreValue(score->points, score->passed, state().language());
    const QString shown = CorrectionText::marked(marked(value, score->isConfidential, score->sourceId), *score,
                                                 state().language());
    // Corrected sub-criteria the score no longer matches: said next to it, as for the total.
    if (const auto stale = staleParent(result.consortiumId, criterion))
        return tr("%1 · %2").arg(shown, CorrectionText::staleParent(*stale, state().language()));
    return shown;
}

const CriterionScore *RoundResultsByRoundModel::criterionScoreAt(const RoundResult &result, int column) const
{
    const Criterion *criterion = criterionAt(column);
    return criterion ? m_details.score(result.consortiumId, criterion->id) : nullptr;
}

QString RoundResultsByRoundModel::outcomeText(const RoundResult &result) const
{
    const QString outcome = result.exitReason == ExitReason::None
        ? DomainText::outcome(result.outcome)
        : tr("%1: %2").arg(DomainText::outcome(result.outcome), DomainText::exitReason(result.exitReason));
    return CorrectionText::marked(outcome, result, state().language());
}

QVariant RoundResultsByRoundModel::display(const RoundResult &result, int column) const
{
    if (const Criterion *c = criterionAt(column))
        return criterionText(result, *c);
    if (column == ConsortiumColumn) {
        const Consortium *consortium = state().snapshot().consortium(result.consortiumId);
        return consortium ? consortium->name.in(state().language()) : QString();
    }
    if (column == RankColumn)
        return result.rank ? format().integer(*result.rank) : tr("—");
    if (column == totalColumn()) {
        if (!result.totalScore)
            return DomainText::notPublished();
        const QString total = marked(format().number(*result.totalScore, 1), result.totalIsConfidential, result.totalSourceId);
        // Corrected criteria the total no longer matches: said next to it, never left to contradict it.
        if (const auto stale = staleTotal(result))
            return tr("%1 · %2").arg(total, CorrectionText::staleTotal(*stale, state().language()));
        return total;
    }
    if (column == outcomeColumn())
        return outcomeText(result);
    if (column == publishedColumn())
        return DomainText::announced(result, state().language());
    if (column == sourceColumn()) {
        const Source *source = state().snapshot().source(result.sourceId);
        return source ? source->code : QString();
    }
    return {};
}

std::optional<RoundDetails::StaleTotal> RoundResultsByRoundModel::staleTotal(const RoundResult &result) const
{
    return pressSafe(m_details.staleTotal(result), result.consortiumId);
}

std::optional<RoundDetails::StaleTotal> RoundResultsByRoundModel::staleParent(qint64 consortiumId,
                                                                              const Criterion &criterion) const
{
    return pressSafe(m_details.staleParent(consortiumId, criterion.id), consortiumId);
}

std::optional<RoundDetails::StaleTotal> RoundResultsByRoundModel::pressSafe(std::optional<RoundDetails::StaleTotal> stale,
                                                                            qint64 consortiumId) const
{
    if (!stale || !state().pressMode())
        return stale;
    for (const CriterionScore &score : m_details.scores) {
        if (score.consortiumId == consortiumId && state().snapshot().isIllustrative(score.sourceId))
            stale->criteriaSum.reset();
    }
    return stale;
}

// The correction a cell shows, as one line with its reason (the workbook's correction column).
QString RoundResultsByRoundModel::correctionLine(const RoundResult &result, int column) const
{
    const Language language = state().language();
    const Criterion *criterion = criterionAt(column);
    if (const CriterionScore *score = criterionScoreAt(result, column); criterion && score && score->correction)
        return CorrectionText::footnote(*score, *criterion, state().snapshot(), language);
    if (criterion) {
        if (const auto stale = staleParent(result.consortiumId, *criterion))
            return CorrectionText::staleParentFootnote(result.consortiumId, *criterion, *stale, state().snapshot(), language);
    }
    if (column == totalColumn()) {
        if (const auto stale = staleTotal(result))
            return CorrectionText::staleTotalFootnote(result, *stale, state().snapshot(), language);
    }
    if (result.correction && (column == RankColumn || column == totalColumn() || column == outcomeColumn()))
        return CorrectionText::footnote(result, state().snapshot(), language);
    return {};
}

QVariant RoundResultsByRoundModel::sortKey(const RoundResult &result, int column) const
{
    if (const Criterion *c = criterionAt(column)) {
        const CriterionScore *score = m_details.score(result.consortiumId, c->id);
        if (!score)
            return -1.0;
        return score->points ? *score->points : (score->passed.value_or(false) ? 1.0 : 0.0);
    }
    if (column == RankColumn) return result.rank.value_or(UnrankedSortKey);
    if (column == totalColumn()) return result.totalScore.value_or(-1.0);
    if (column == outcomeColumn()) return int(result.outcome);
    if (column == publishedColumn()) return result.publishedOn;
    return display(result, column);
}

qint64 RoundResultsByRoundModel::cellSourceId(const RoundResult &result, int column) const
{
    if (const Criterion *c = criterionAt(column)) {
        const CriterionScore *score = m_details.score(result.consortiumId, c->id);
        return score ? score->sourceId : 0;
    }
    return column == totalColumn() ? result.totalSourceId : result.sourceId;
}

bool RoundResultsByRoundModel::cellConfidential(const RoundResult &result, int column) const
{
    if (const Criterion *c = criterionAt(column)) {
        const CriterionScore *score = m_details.score(result.consortiumId, c->id);
        return score && score->isConfidential;
    }
    return column == totalColumn() && result.totalIsConfidential;
}

QVariant RoundResultsByRoundModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoundResult &result = m_results[index.row()];
    const int column = index.column();
    // Press mode: unpublished scores never leave the building, not even through the sort order; an
    // illustrative stand-in for a score nobody published is "Not published", not "Confidential".
    const bool masked = state().pressMode() && cellConfidential(result, column);
    if (masked && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole))
        return state().snapshot().isIllustrative(cellSourceId(result, column)) ? DomainText::notPublished()
                                                                                : DomainText::confidential();
    if (masked && role == SortRole)
        return result.rank.value_or(UnrankedSortKey);
    switch (role) {
    case Qt::AccessibleTextRole:  // the words of a coloured (status) cell, for screen readers
    case Qt::DisplayRole: return display(result, column);
    case SortRole: return sortKey(result, column);
    case IdRole: return result.consortiumId;
    case SourceCodeRole: return sourceCode(result.sourceId);
    case IllustrativeRole: return state().snapshot().isIllustrative(cellSourceId(result, column));
    case ConfidentialRole: return cellConfidential(result, column);
    case Qt::TextAlignmentRole:
        return column == ConsortiumColumn || column >= outcomeColumn()
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return column == outcomeColumn() ? QVariant(StatusPalette::background(result.outcome)) : QVariant();
    case Qt::ForegroundRole:
        return column == outcomeColumn() ? QVariant(StatusPalette::foreground()) : QVariant();
    case CorrectionRole: return correctionLine(result, column);
    case Qt::ToolTipRole: {
        if (column == totalColumn() && !result.correction) {
            if (const auto stale = staleTotal(result))
                return CorrectionText::staleTotal(*stale, state().language());
        }
        if (result.correction && (column == RankColumn || column >= totalColumn()) && column != sourceColumn())
            return CorrectionText::explanation(result, state().snapshot(), state().language(), state().pressMode());
        if (const CriterionScore *score = criterionScoreAt(result, column); score && score->correction)
            return CorrectionText::explanation(*score, state().snapshot(), state().language(), state().pressMode());
        if (const Criterion *criterion = criterionAt(column)) {
            if (const auto stale = staleParent(result.consortiumId, *criterion))
                return CorrectionText::staleParent(*stale, state().language());
        }
        const Source *source = state().snapshot().source(cellSourceId(result, column));
        if (column == outcomeColumn() || column == ConsortiumColumn)
            return state().pressMode() ? QString() : result.note.in(state().language());
        QStringList lines;
        if (cellConfidential(result, column))
            lines << DomainText::confidential();
        if (source)
            lines << (source->isIllustrative() ? DomainText::illustrative() : source->titleIn(state().language()));
        return lines.join(QLatin1Char('\n'));
    }
    default: return {};
    }
}

} // namespace kai
