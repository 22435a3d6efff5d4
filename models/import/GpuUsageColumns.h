// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <array>
#include <string_view>

namespace kai::import {

class RecordSource;

// The columns of the usage CSV, found by name in the header row so their order does not matter.
class GpuUsageColumns
{
    Q_DECLARE_TR_FUNCTIONS(GpuUsageColumns)

public:
    enum Column { PeriodStart, PeriodEnd, Consortium, GpuModel, GpuHoursUsed, Provider, Node, UtilizationPct, Count };

    static const char *name(Column column);
    static bool isRequired(Column column) { return column <= GpuHoursUsed && column != PeriodEnd; }

    // Reads the header of the current record; returns an empty string or the fatal problem.
    QString readHeader(const RecordSource &reader);

    int index(Column column) const { return m_index[size_t(column)]; }
    int headerFieldCount() const { return m_fieldCount; }
    const QStringList &unknownColumns() const { return m_unknown; }
    // The header's name of a field, as the report names a column.
    QString fieldName(int field) const { return m_names.value(field); }
    std::string_view value(const RecordSource &reader, Column column) const;

private:
    std::array<int, Count> m_index{};
    int m_fieldCount = 0;
    QStringList m_unknown;
    QStringList m_names;
};

} // namespace kai::import
