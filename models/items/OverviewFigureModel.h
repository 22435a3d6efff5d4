// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramFigures.h"
#include "items/SnapshotTableModel.h"

namespace kai {

// The program's headline figures as a two-column table (figure, value).
class OverviewFigureModel : public SnapshotTableModel
{
    Q_OBJECT

public:
    enum Column { FigureColumn, ValueColumn, ColumnCount };
    enum Figure {
        AppliedFigure, SelectedFigure, InCompetitionFigure, EliminatedFigure, NextMilestoneFigure,
        GpuHoursFigure, FundingFigure, FigureCount
    };

    explicit OverviewFigureModel(const DashboardState &state, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const domain::ProgramFigures &figures() const { return m_figures; }

protected:
    int rows() const override { return FigureCount; }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    void rebuild() override;

private:
    QString figureName(int figure) const;
    QString figureValue(int figure) const;

    domain::ProgramFigures m_figures;
};

} // namespace kai
