// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/FundingTableModel.h"

#include "DashboardState.h"
#include "items/DomainText.h"

namespace kai {

using namespace kai::domain;

FundingTableModel::FundingTableModel(const DashboardState &state, QObject *parent)
    : SnapshotTableModel(state, parent)
{
    initialise();
}

QString FundingTableModel::columnTitle(int column) const
{
    switch (column) {
    case ConsortiumColumn: return tr("Consortium");
    case YearColumn: return tr("Year");
    case GovernmentColumn: return tr("Government");
    case PrivateColumn: return tr("Private");
    case ShareColumn: return tr("Government share");
    case GradeColumn: return tr("Open-source grade");
    case SourceColumn: return tr("Source");
    default: return {};
    }
}

void FundingTableModel::rebuild()
{
    m_rows = state().snapshot().funding;
    QVector<qint64> amounts;
    for (const Funding &funding : std::as_const(m_rows))
        amounts << funding.governmentKrw << funding.privateKrw;
    m_moneyDecimals = format().moneyDecimals(amounts);  // one count for both money columns
}

std::optional<double> FundingTableModel::sharePct(const Funding &funding)
{
    const qint64 total = funding.governmentKrw + funding.privateKrw;
    return total > 0 ? std::optional<double>(100.0 * double(funding.governmentKrw) / double(total)) : std::nullopt;
}

QVariant FundingTableModel::display(const Funding &funding, int column) const
{
    const DisplayFormat fmt = format();
    switch (column) {
    case ConsortiumColumn: {
        const Consortium *consortium = state().snapshot().consortium(funding.consortiumId);
        return consortium ? consortium->name.in(state().language()) : QString();
    }
    case YearColumn: return QString::number(funding.year);
    case GovernmentColumn: return fmt.money(funding.governmentKrw, m_moneyDecimals);
    case PrivateColumn: return fmt.money(funding.privateKrw, m_moneyDecimals);
    case ShareColumn: {
        const std::optional<double> share = sharePct(funding);
        return share ? fmt.percent(*share, 0) : QString();
    }
    case GradeColumn: return funding.openSourceGrade.isEmpty() ? tr("—") : funding.openSourceGrade;
    case SourceColumn: return sourceCode(funding.sourceId).toString();
    default: return {};
    }
}

QVariant FundingTableModel::sortKey(const Funding &funding, int column) const
{
    switch (column) {
    case YearColumn: return funding.year;
    case GovernmentColumn: return funding.governmentKrw;
    case PrivateColumn: return funding.privateKrw;
    case ShareColumn: {
        const std::optional<double> share = sharePct(funding);
        return share ? QVariant(*share) : QVariant();
    }
    default: return display(funding, column);
    }
}

QVariant FundingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Funding &funding = m_rows[index.row()];
    const int column = index.column();
    const bool figure = column >= GovernmentColumn && column <= ShareColumn;
    // The grade is no figure to align, but it comes from the same source and is masked with it.
    const bool sourced = figure || column == GradeColumn;
    const bool illustrative = state().snapshot().isIllustrative(funding.sourceId);
    switch (role) {
    case Qt::DisplayRole: return display(funding, column);
    case SortRole: return sortKey(funding, column);
    case IdRole: return funding.consortiumId;
    case MoneyRole:
        if (column == GovernmentColumn)
            return funding.governmentKrw;
        return column == PrivateColumn ? QVariant(funding.privateKrw) : QVariant();
    case IllustrativeRole: return sourced && illustrative;
    case SourceCodeRole: return sourceCode(funding.sourceId);
    case Qt::ToolTipRole: return illustrative ? QVariant(DomainText::illustrative()) : QVariant();
    case Qt::TextAlignmentRole: return figure ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: return {};
    }
}

} // namespace kai
