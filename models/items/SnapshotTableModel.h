// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/DisplayFormat.h"

#include <QAbstractTableModel>

namespace kai {

class DashboardState;

// Base of the table models over the program snapshot: rebuilds its rows when the as-of date or
// database changes, and re-announces headers and texts when the language changes.
class SnapshotTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1,  // the raw value to sort by (numbers, ISO dates)
        IllustrativeRole,             // bool: the figure in this cell is an illustrative sample
        ConfidentialRole,             // bool: the figure is not public
        IdRole,                       // the database id of the row's main record
        MoneyRole,                    // qint64: the cell is an amount of money in won
        // QString, on any cell: the code of the source the row's figures come from. In the
        // header (horizontal): true for the column that already shows that code.
        SourceCodeRole,
        // QString, on a corrected cell: one line naming the correction and its reason in the display
        // language (no internal note), for exports that cannot show a tooltip.
        CorrectionRole,
    };

    explicit SnapshotTableModel(const DashboardState &state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    virtual int rows() const = 0;
    virtual int columns() const = 0;
    virtual QString columnTitle(int column) const = 0;
    virtual void rebuild() = 0;
    // The column whose cells show the code of the row's source, or -1 (see SourceCodeRole).
    virtual int sourceCodeColumn() const { return -1; }
    // The code of a source for SourceCodeRole: empty QVariant when the id names none.
    QVariant sourceCode(qint64 sourceId) const;

    const DashboardState &state() const { return m_state; }
    DisplayFormat format() const;
    // Call from the subclass constructor, after its own members exist.
    void initialise();

private:
    void onSnapshotChanged();
    void onLanguageChanged();

    const DashboardState &m_state;
};

} // namespace kai
