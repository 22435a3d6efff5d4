// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/SourceTableModel.h"

#include "DashboardState.h"
#include "items/DomainText.h"

namespace kai {

using namespace kai::domain;

SourceTableModel::SourceTableModel(const DashboardState &state, QObject *parent) : SnapshotTableModel(state, parent)
{
    initialise();
}

QString SourceTableModel::columnTitle(int column) const
{
    switch (column) {
    case CodeColumn: return tr("Code");
    case TitleColumn: return tr("Title");
    case PublishedColumn: return tr("Published");
    case ConfidenceColumn: return tr("Confidence");
    case UrlColumn: return tr("Address");
    }
    return {};
}

QString SourceTableModel::confidenceText(const QString &code)
{
    if (code == QLatin1String("C"))
        return tr("Confirmed");
    if (code == QLatin1String("S"))
        return tr("Single source");
    if (code == QLatin1String("U"))
        return tr("Uncertain");
    if (code == QLatin1String("NF"))
        return DomainText::notPublished();
    return DomainText::illustrative();
}

void SourceTableModel::rebuild()
{
    m_sources = state().snapshot().sources;
}

QVariant SourceTableModel::data(const QModelIndex &index, int role) const
{
    if (role == SourceCodeRole && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return data(this->index(index.row(), CodeColumn), Qt::DisplayRole);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Source &source = m_sources[index.row()];
    if (role == IdRole)
        return source.id;
    if (role == IllustrativeRole)
        return source.isIllustrative();
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CodeColumn: return source.code;
    case TitleColumn: return source.titleIn(state().language());
    case PublishedColumn:
        return role == SortRole ? QVariant(source.publishedOn) : QVariant(format().date(source.publishedOn, source.publishedPrecision));
    case ConfidenceColumn:
        // A company's claim repeated by one outlet is still only the company's figure.
        return source.companyClaim ? tr("%1 · %2").arg(confidenceText(source.confidence), DomainText::companyFigure())
                                   : confidenceText(source.confidence);
    case UrlColumn: return source.url;
    }
    return {};
}

} // namespace kai
