// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: GPU usage row validation. The input is the data rows of a usage CSV under a
// fixed header; every row the validator accepts must meet the rules the README promises.
#include "domain/ProgramPeriod.h"
#include "import/CsvReader.h"
#include "import/GpuUsageColumns.h"
#include "import/GpuUsageRowValidator.h"

#include <QBuffer>
#include <QDate>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>

using namespace kai::import;

namespace {
const QByteArray Header = "period_start,period_end,consortium,gpu_model,gpu_hours_used,provider,node,utilization_pct\n";

class TableResolver : public GpuUsageNameResolver
{
public:
    std::optional<qint64> consortiumId(std::string_view text) const override { return find(m_consortia, text); }
    std::optional<qint64> gpuModelId(std::string_view text) const override { return find(m_models, text); }
    std::optional<qint64> providerId(std::string_view text) const override { return find(m_providers, text); }

private:
    using Table = std::map<std::string, qint64, std::less<>>;
    static std::optional<qint64> find(const Table &table, std::string_view text)
    {
        const auto it = table.find(text);
        return it == table.end() ? std::nullopt : std::optional<qint64>(it->second);
    }
    Table m_consortia{{"lg", 1}, {"skt", 2}, {"LG AI연구원", 1}};
    Table m_models{{"B200", 1}, {"H100", 2}};
    Table m_providers{{"", 1}, {"nhn-cloud", 2}};
};

qint64 epochSeconds(const QDate &date)
{
    return (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400;
}

void checkAccepted(const GpuUsageRowValidator::Row &row)
{
    const auto &s = row.sample;
    const qint64 first = epochSeconds(kai::domain::ProgramPeriod::firstDay()) - 14 * 3600;
    const qint64 end = epochSeconds(kai::domain::ProgramPeriod::lastDay().addDays(1)) + 14 * 3600;
    if (s.periodEnd <= s.periodStart || s.periodStart < first || s.periodEnd > end)
        std::abort();
    if (!std::isfinite(s.gpuHours) || s.gpuHours < 0
        || s.gpuHours > GpuUsageRowValidator::ceilingFor(s.periodEnd - s.periodStart, !row.node.empty()))
        std::abort();
    if (s.utilizationPct && !(*s.utilizationPct >= 0 && *s.utilizationPct <= 100))
        std::abort();
    if (row.node.size() > GpuUsageRowValidator::MaxNameBytes || std::memchr(row.node.data(), 0, row.node.size())
        || !QUtf8StringView(row.node.data(), qsizetype(row.node.size())).isValidUtf8())
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = Header + QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    GpuUsageColumns columns;
    if (!reader.readRecord() || !columns.readHeader(reader).isEmpty())
        std::abort();
    const TableResolver resolver;
    const GpuUsageRowValidator validator(columns, resolver, QStringLiteral("fuzz.csv"));
    while (reader.readRecord()) {
        if (!reader.error().isEmpty() || reader.fieldCount() != columns.headerFieldCount())
            continue;
        GpuUsageRowValidator::Row row;
        if (const auto issue = validator.validate(reader, row)) {
            if (issue->reason.isEmpty() || issue->line != reader.lineNumber())
                std::abort();
            continue;
        }
        checkAccepted(row);
    }
    return 0;
}
