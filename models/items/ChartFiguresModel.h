// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/ChartFigures.h"

#include <QAbstractTableModel>

namespace kai {

// A chart's numbers as a table: one row per category, the category first, then one column per
// series. What "Show as table" opens, so a screen reader can go through the figures cell by cell.
class ChartFiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ChartFiguresModel(QObject *parent = nullptr);

    void setFigures(const ChartFigures &figures, const QLocale &locale = QLocale());
    const ChartFigures &figures() const { return m_figures; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ChartFigures m_figures;
    QLocale m_locale;
};

} // namespace kai
