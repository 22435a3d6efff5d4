// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/ChartFiguresModel.h"

#include <cmath>

namespace kai {

ChartFiguresModel::ChartFiguresModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChartFiguresModel::setFigures(const ChartFigures &figures, const QLocale &locale)
{
    beginResetModel();
    m_figures = figures;
    m_locale = locale;
    endResetModel();
}

int ChartFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.categories.size());
}

int ChartFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_figures.series.size());
}

QVariant ChartFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.column() == 0)
        return role == Qt::DisplayRole || role == Qt::AccessibleTextRole ? QVariant(m_figures.categories.value(index.row())) : QVariant();
    const double value = m_figures.series[index.column() - 1].values.value(index.row(), NAN);
    switch (role) {
    case Qt::DisplayRole:
        // The unit is in the column heading; a missing value is a dash, said as "no value".
        return std::isfinite(value) ? m_locale.toString(value, 'f', m_figures.decimals) : QStringLiteral("–");
    case Qt::AccessibleTextRole:
        return std::isfinite(value) ? m_figures.formatValue(value, m_locale) : tr("no value");
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::EditRole: return std::isfinite(value) ? QVariant(value) : QVariant();
    default: return {};
    }
}

QVariant ChartFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return m_figures.categoryName;
    const QString name = m_figures.series.value(section - 1).name;
    return m_figures.unit.isEmpty() || m_figures.kind == ChartFigures::Kind::Ranks
        ? name
        : tr("%1 (%2)").arg(name.isEmpty() ? m_figures.title : name, m_figures.unit);
}

} // namespace kai
