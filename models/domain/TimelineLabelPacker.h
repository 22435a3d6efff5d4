// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>
#include <utility>

namespace kai::domain {

// Keeps track of the horizontal spans already taken in each row of a chart, so labels and bars
// can be placed where they overlap nothing: a new item goes to the first row where it fits.
class TimelineLabelPacker
{
public:
    explicit TimelineLabelPacker(int rowCount, double gap = 6.0);

    int rowCount() const { return int(m_rows.size()); }
    bool fits(int row, double left, double right) const;
    // The first row in [firstRow, rowCount) where [left, right] is free, or -1.
    int firstFreeRow(double left, double right, int firstRow = 0) const;
    // How far right an item starting at `left` may extend in `row` before it meets another one.
    double freeUntil(int row, double left) const;
    void occupy(int row, double left, double right);

private:
    double m_gap;
    QVector<QVector<std::pair<double, double>>> m_rows;
};

} // namespace kai::domain
