// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/RoundResultTableModel.h"

#include "DashboardState.h"
#include "items/CorrectionText.h"
#include "items/DomainText.h"
#include "items/StatusPalette.h"

namespace kai {

using namespace kai::domain;

RoundResultTableModel::RoundResultTableModel(const DashboardState &state, QObject *parent)
    : SnapshotTableModel(state, parent)
{
    initialise();
}

QString RoundResultTableModel::columnTitle(int column) const
{
    switch (column) {
    case RoundColumn: return tr("Round");
    case ConsortiumColumn: return tr("Consortium");
    case RankColumn: return tr("Rank");
    case TotalColumn: return tr("Total score");
    case OutcomeColumn: return tr("Outcome");
    case ReasonColumn: return tr("Reason");
    case PublishedColumn: return tr("Published");
    case SourceColumn: return tr("Source");
    }
    return {};
}

void RoundResultTableModel::rebuild()
{
    m_results = state().snapshot().results;
}

QString RoundResultTableModel::totalText(const RoundResult &result) const
{
    if (!result.totalScore)
        return result.outcome == Outcome::Pending ? DomainText::notPublished() : QString();
    // Press mode: the ministry did not publish these scores; rank and outcome stay visible. An
    // illustrative stand-in is no figure the office withholds: "Not published", not "Confidential".
    if (result.totalIsConfidential && state().pressMode())
        return state().snapshot().isIllustrative(result.totalSourceId) ? DomainText::notPublished() : DomainText::confidential();
    const QString value = format().number(*result.totalScore, 1);
    QStringList markers;
    if (result.totalIsConfidential)
        markers << DomainText::confidential();
    if (state().snapshot().isIllustrative(result.totalSourceId))
        markers << DomainText::illustrative();
    return markers.isEmpty() ? value : tr("%1 (%2)").arg(value, markers.join(tr(", ")));
}

QVariant RoundResultTableModel::display(const RoundResult &result, int column) const
{
    const ProgramSnapshot &snapshot = state().snapshot();
    switch (column) {
    case RoundColumn: {
        const Stage *stage = snapshot.stage(result.stageId);
        return stage ? stage->name.in(state().language()) : QString();
    }
    case ConsortiumColumn: {
        const Consortium *consortium = snapshot.consortium(result.consortiumId);
        return consortium ? consortium->name.in(state().language()) : QString();
    }
    case RankColumn: return result.rank ? format().integer(*result.rank) : QString();
    case TotalColumn: return totalText(result);
    case OutcomeColumn: return CorrectionText::marked(DomainText::outcome(result.outcome), result, state().language());
    case ReasonColumn: return DomainText::exitReason(result.exitReason);
    case PublishedColumn: return DomainText::announced(result, state().language());
    case SourceColumn: {
        const Source *source = snapshot.source(result.sourceId);
        return source ? source->code : QString();
    }
    }
    return {};
}

QVariant RoundResultTableModel::sortKey(const RoundResult &result, int column) const
{
    switch (column) {
    case RoundColumn: {
        const Stage *stage = state().snapshot().stage(result.stageId);
        return stage ? stage->seq : 0;
    }
    case RankColumn: return result.rank.value_or(1000000);
    case TotalColumn:
        // Press mode must not leak a confidential score through the sort order's text either.
        if (result.totalIsConfidential && state().pressMode())
            return -1.0;
        return result.totalScore.value_or(-1.0);
    case OutcomeColumn: return int(result.outcome);
    case PublishedColumn: return result.publishedOn;
    default: return display(result, column);
    }
}

QVariant RoundResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoundResult &result = m_results[index.row()];
    switch (role) {
    case Qt::AccessibleTextRole:  // the words of a coloured (status) cell, for screen readers
    case Qt::DisplayRole: return display(result, index.column());
    case SortRole: return sortKey(result, index.column());
    case IdRole: return result.id;
    case IllustrativeRole:
        return state().snapshot().isIllustrative(index.column() == TotalColumn ? result.totalSourceId : result.sourceId);
    case ConfidentialRole: return index.column() == TotalColumn && result.totalIsConfidential;
    case Qt::BackgroundRole:
        return index.column() == OutcomeColumn ? QVariant(StatusPalette::background(result.outcome)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == OutcomeColumn ? QVariant(StatusPalette::foreground()) : QVariant();
    case Qt::ToolTipRole:
        if (result.correction && index.column() != SourceColumn && index.column() != RoundColumn
            && index.column() != ConsortiumColumn)
            return CorrectionText::explanation(result, state().snapshot(), state().language(), state().pressMode());
        if (index.column() == SourceColumn || index.column() == TotalColumn) {
            const Source *source = state().snapshot().source(index.column() == TotalColumn ? result.totalSourceId
                                                                                            : result.sourceId);
            return source ? source->titleIn(state().language()) : QString();
        }
        // Notes are internal review material: press exports leave them out.
        return state().pressMode() ? QString() : result.note.in(state().language());
    default: return {};
    }
}

} // namespace kai
