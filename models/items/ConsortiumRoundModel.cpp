// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/ConsortiumRoundModel.h"

#include "DashboardState.h"
#include "items/CorrectionText.h"
#include "items/DomainText.h"
#include "items/StatusPalette.h"

namespace kai {

using namespace kai::domain;

ConsortiumRoundModel::ConsortiumRoundModel(const DashboardState &state, QObject *parent)
    : ScopedTableModel(state, parent)
{
    initialise();
}

QString ConsortiumRoundModel::columnTitle(int column) const
{
    switch (column) {
    case RoundColumn: return tr("Round");
    case PublishedColumn: return tr("Announced");
    case OutcomeColumn: return tr("Result");
    case DetailColumn: return tr("Details");
    case SourceColumn: return tr("Source");
    }
    return {};
}

void ConsortiumRoundModel::rebuild()
{
    m_rows = state().snapshot().resultsOf(scopeId());
}

QString ConsortiumRoundModel::detail(const RoundResult &result) const
{
    QStringList parts;
    if (result.exitReason != ExitReason::None)
        parts.append(DomainText::exitReason(result.exitReason));
    if (result.rank)
        parts.append(tr("Rank %1").arg(format().integer(*result.rank)));
    const QString note = result.note.in(state().language());
    if (!note.isEmpty())
        parts.append(note);
    // The detail panel names a correction's reason, the original values and the source.
    const QString correction = CorrectionText::explanation(result, state().snapshot(), state().language(), state().pressMode());
    if (!correction.isEmpty())
        parts.append(correction.split(QLatin1Char('\n')));
    return parts.join(QStringLiteral(" · "));
}

QVariant ConsortiumRoundModel::display(const RoundResult &result, int column) const
{
    switch (column) {
    case RoundColumn: {
        const Stage *stage = state().snapshot().stage(result.stageId);
        return stage ? stage->name.in(state().language()) : QString();
    }
    case PublishedColumn: return DomainText::announced(result, state().language());
    case OutcomeColumn: return CorrectionText::marked(DomainText::outcome(result.outcome), result, state().language());
    case DetailColumn: return detail(result);
    case SourceColumn: return sourceData(result.sourceId, Qt::DisplayRole);
    }
    return {};
}

QVariant ConsortiumRoundModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoundResult &result = *m_rows[index.row()];
    switch (role) {
    case Qt::AccessibleTextRole:  // the words of a coloured (status) cell, for screen readers
    case Qt::DisplayRole: return display(result, index.column());
    case IdRole: return result.stageId;
    case SourceCodeRole: return sourceCode(result.sourceId);
    case SortRole:
        return index.column() == PublishedColumn ? QVariant(result.publishedOn) : display(result, index.column());
    case Qt::BackgroundRole:
        return index.column() == OutcomeColumn ? QVariant(StatusPalette::background(result.outcome)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == OutcomeColumn ? QVariant(StatusPalette::foreground()) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == SourceColumn ? sourceData(result.sourceId, role) : display(result, index.column());
    case IllustrativeRole: return index.column() == SourceColumn ? sourceData(result.sourceId, role) : QVariant(false);
    default: return {};
    }
}

} // namespace kai
