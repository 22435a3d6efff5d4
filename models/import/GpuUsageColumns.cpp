// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/GpuUsageColumns.h"

#include "import/RecordSource.h"

namespace kai::import {

namespace {
const char *const Names[GpuUsageColumns::Count] = {"period_start", "period_end", "consortium", "gpu_model",
                                                    "gpu_hours_used", "provider", "node", "utilization_pct"};

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}
} // namespace

const char *GpuUsageColumns::name(Column column)
{
    return Names[column];
}

QString GpuUsageColumns::readHeader(const RecordSource &reader)
{
    m_index.fill(-1);
    m_unknown.clear();
    m_names.clear();
    m_fieldCount = reader.fieldCount();
    if (!reader.error().isEmpty())
        return tr("The header row is malformed: %1.").arg(reader.error());
    for (int field = 0; field < reader.fieldCount(); ++field) {
        const QString header = QString::fromUtf8(trimmed(reader.field(field))).toLower();
        m_names.append(header);
        bool known = false;
        for (int column = 0; column < Count; ++column) {
            if (header != QLatin1String(Names[column]))
                continue;
            if (m_index[size_t(column)] >= 0)
                return tr("The column '%1' appears twice in the header.").arg(header);
            m_index[size_t(column)] = field;
            known = true;
        }
        if (!known)
            m_unknown.append(header);
    }
    QStringList missing;
    for (int column = 0; column < Count; ++column) {
        if (isRequired(Column(column)) && m_index[size_t(column)] < 0)
            missing.append(QLatin1String(Names[column]));
    }
    if (!missing.isEmpty())
        return tr("Required columns are missing from the header: %1.").arg(missing.join(QStringLiteral(", ")));
    return {};
}

std::string_view GpuUsageColumns::value(const RecordSource &reader, Column column) const
{
    const int field = m_index[size_t(column)];
    return field < 0 ? std::string_view() : trimmed(reader.field(field));
}

} // namespace kai::import
