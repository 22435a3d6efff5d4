// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TimelineLabelPacker.h"

#include <limits>

namespace kai::domain {

TimelineLabelPacker::TimelineLabelPacker(int rowCount, double gap) : m_gap(gap), m_rows(rowCount) {}

bool TimelineLabelPacker::fits(int row, double left, double right) const
{
    if (row < 0 || row >= rowCount())
        return false;
    for (const auto &[takenLeft, takenRight] : m_rows.at(row)) {
        if (left < takenRight + m_gap && takenLeft < right + m_gap)
            return false;
    }
    return true;
}

int TimelineLabelPacker::firstFreeRow(double left, double right, int firstRow) const
{
    for (int row = std::max(0, firstRow); row < rowCount(); ++row) {
        if (fits(row, left, right))
            return row;
    }
    return -1;
}

double TimelineLabelPacker::freeUntil(int row, double left) const
{
    double limit = std::numeric_limits<double>::infinity();
    if (row < 0 || row >= rowCount())
        return limit;
    for (const auto &[takenLeft, takenRight] : m_rows.at(row)) {
        if (takenLeft - m_gap <= left && left < takenRight + m_gap)
            return left;  // already covered: no room at all
        if (takenLeft > left)
            limit = std::min(limit, takenLeft - m_gap);
    }
    return limit;
}

void TimelineLabelPacker::occupy(int row, double left, double right)
{
    if (row >= 0 && row < rowCount())
        m_rows[row].append({left, right});
}

} // namespace kai::domain
