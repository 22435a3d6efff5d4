// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/GpuUsageRowValidator.h"

#include "domain/ProgramPeriod.h"
#include "import/RecordSource.h"
#include "import/GpuUsageColumns.h"
#include "import/IsoTimestamp.h"

#include <QLocale>
#include <charconv>
#include <cmath>
#include <cstring>

namespace kai::import {

namespace {
using C = GpuUsageColumns;

std::optional<double> parseNumber(std::string_view text)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// A value as the report quotes it: long values are cut, so that one absurd field cannot bloat
// the report (fields are valid UTF-8 by the time anything is quoted).
QString quote(std::string_view text)
{
    constexpr qsizetype Shown = 60;
    const QString value = QString::fromUtf8(text.data(), qsizetype(text.size()));
    return value.size() <= Shown ? value : value.left(Shown) + QChar(0x2026);
}

qint64 dayNumber(const QDate &date)
{
    return date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
}

// Ends are exclusive, so midnight after the last day still closes a period inside the program.
bool endWithinProgram(const IsoTimestamp &end)
{
    const qint64 last = dayNumber(domain::ProgramPeriod::lastDay());
    return end.writtenDay <= last || (end.writtenDay == last + 1 && end.writtenSecondOfDay == 0);
}

bool startWithinProgram(const IsoTimestamp &start)
{
    return start.writtenDay >= dayNumber(domain::ProgramPeriod::firstDay())
        && start.writtenDay <= dayNumber(domain::ProgramPeriod::lastDay());
}
} // namespace

double GpuUsageRowValidator::ceilingFor(qint64 periodSeconds, bool namedNode)
{
    return double(periodSeconds) / 3600.0 * double(namedNode ? MaxGpusPerNode : MaxGpusUnspecifiedNode);
}

ImportIssue GpuUsageRowValidator::issue(const RecordSource &reader, int column, const QString &reason) const
{
    return {m_fileName, reader.lineNumber(), column < 0 ? QString() : QString::fromLatin1(C::name(C::Column(column))),
            reason};
}

std::optional<ImportIssue> GpuUsageRowValidator::validate(const RecordSource &reader, Row &row) const
{
    row = Row();
    if (auto problem = checkEncoding(reader))
        return problem;
    if (auto problem = readPeriod(reader, row))
        return problem;
    if (auto problem = readNames(reader, row))
        return problem;
    return readFigures(reader, row);
}

std::optional<ImportIssue> GpuUsageRowValidator::checkEncoding(const RecordSource &reader) const
{
    for (int field = 0; field < reader.fieldCount(); ++field) {
        const std::string_view text = reader.field(field);
        const auto named = [&](const QString &reason) {
            return ImportIssue{m_fileName, reader.lineNumber(), m_columns.fieldName(field), reason};
        };
        if (const void *nul = std::memchr(text.data(), 0, text.size()))
            return named(tr("contains a NUL byte (byte %1 of the field)")
                             .arg(static_cast<const char *>(nul) - text.data() + 1));
        if (!QUtf8StringView(text.data(), qsizetype(text.size())).isValidUtf8())
            return named(tr("is not valid UTF-8 text"));
    }
    return std::nullopt;
}

std::optional<ImportIssue> GpuUsageRowValidator::readPeriod(const RecordSource &reader, Row &row) const
{
    const auto outsideProgram = [&](C::Column column, std::string_view text) {
        return issue(reader, column,
                     tr("'%1' is outside the program's period (%2 to %3)")
                         .arg(quote(text), domain::ProgramPeriod::firstDay().toString(Qt::ISODate),
                              domain::ProgramPeriod::lastDay().toString(Qt::ISODate)));
    };
    const std::string_view startText = m_columns.value(reader, C::PeriodStart);
    const std::optional<IsoTimestamp> start = IsoTimestamp::parse(startText);
    if (!start)
        return issue(reader, C::PeriodStart, tr("'%1' is not an ISO 8601 date or date-time").arg(quote(startText)));
    if (!startWithinProgram(*start))
        return outsideProgram(C::PeriodStart, startText);
    row.sample.periodStart = start->secondsSinceEpoch;
    const std::string_view endText = m_columns.value(reader, C::PeriodEnd);
    if (endText.empty()) {
        row.sample.periodEnd = row.sample.periodStart + (start->dateOnly ? 86400 : 3600);
        return std::nullopt;
    }
    const std::optional<IsoTimestamp> end = IsoTimestamp::parse(endText);
    if (!end)
        return issue(reader, C::PeriodEnd, tr("'%1' is not an ISO 8601 date or date-time").arg(quote(endText)));
    if (!endWithinProgram(*end))
        return outsideProgram(C::PeriodEnd, endText);
    row.sample.periodEnd = end->secondsSinceEpoch;
    if (row.sample.periodEnd <= row.sample.periodStart)
        return issue(reader, C::PeriodEnd, tr("the period ends before it starts"));
    return std::nullopt;
}

std::optional<ImportIssue> GpuUsageRowValidator::readNames(const RecordSource &reader, Row &row) const
{
    for (const C::Column column : {C::Consortium, C::GpuModel, C::Provider, C::Node}) {
        if (m_columns.value(reader, column).size() > MaxNameBytes)
            return issue(reader, column, tr("longer than %1 bytes").arg(MaxNameBytes));
    }
    const std::string_view consortium = m_columns.value(reader, C::Consortium);
    const std::optional<qint64> consortiumId = m_resolver.consortiumId(consortium);
    if (!consortiumId)
        return issue(reader, C::Consortium, consortium.empty() ? tr("no consortium given")
                                                               : tr("unknown consortium '%1'").arg(quote(consortium)));
    row.sample.consortiumId = *consortiumId;

    const std::string_view model = m_columns.value(reader, C::GpuModel);
    const std::optional<qint64> modelId = m_resolver.gpuModelId(model);
    if (!modelId)
        return issue(reader, C::GpuModel, tr("unknown GPU model '%1'").arg(quote(model)));
    row.sample.gpuModelId = *modelId;

    const std::string_view provider = m_columns.value(reader, C::Provider);
    const std::optional<qint64> providerId = m_resolver.providerId(provider);
    if (!providerId)
        return issue(reader, C::Provider, tr("unknown provider '%1'").arg(quote(provider)));
    row.sample.providerId = *providerId;
    row.node = m_columns.value(reader, C::Node);
    return std::nullopt;
}

std::optional<ImportIssue> GpuUsageRowValidator::readFigures(const RecordSource &reader, Row &row) const
{
    const std::string_view hoursText = m_columns.value(reader, C::GpuHoursUsed);
    const std::optional<double> hours = parseNumber(hoursText);
    if (!hours)
        return issue(reader, C::GpuHoursUsed, tr("'%1' is not a number").arg(quote(hoursText)));
    if (*hours < 0)
        return issue(reader, C::GpuHoursUsed, tr("GPU-hours cannot be negative (%1)").arg(quote(hoursText)));
    const qint64 periodSeconds = row.sample.periodEnd - row.sample.periodStart;
    const bool namedNode = !row.node.empty();
    if (*hours > ceilingFor(periodSeconds, namedNode)) {
        const QLocale english(QLocale::English);
        return issue(reader, C::GpuHoursUsed,
                     tr("%1 GPU-hours cannot fit in the period: %2 hours × at most %3 GPUs %4 = %5 GPU-hours")
                         .arg(quote(hoursText), english.toString(double(periodSeconds) / 3600.0, 'g', 10),
                              english.toString(namedNode ? MaxGpusPerNode : MaxGpusUnspecifiedNode),
                              namedNode ? tr("on one node") : tr("in a row without a node"),
                              english.toString(ceilingFor(periodSeconds, namedNode), 'f', 0)));
    }
    row.sample.gpuHours = *hours;

    const std::string_view utilText = m_columns.value(reader, C::UtilizationPct);
    if (!utilText.empty()) {
        const std::optional<double> util = parseNumber(utilText);
        if (!util)
            return issue(reader, C::UtilizationPct, tr("'%1' is not a number").arg(quote(utilText)));
        if (*util < 0 || *util > 100)
            return issue(reader, C::UtilizationPct,
                         tr("utilisation must be between 0 and 100 (%1)").arg(quote(utilText)));
        row.sample.utilizationPct = *util;
    }
    return std::nullopt;
}

} // namespace kai::import
