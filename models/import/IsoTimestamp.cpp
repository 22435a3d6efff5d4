// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/IsoTimestamp.h"

namespace kai::import {

namespace {
bool digits(std::string_view text, size_t at, size_t count, int &value)
{
    if (at + count > text.size())
        return false;
    value = 0;
    for (size_t i = at; i < at + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

int daysInMonth(int year, int month)
{
    static const int Days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : Days[month - 1];
}

// Parses "Z", "+HH:MM", "-HH:MM", "+HHMM" or "+HH" at `at` to the end; false on anything else.
bool parseZone(std::string_view text, size_t at, int &offsetSeconds)
{
    if (at == text.size()) {
        offsetSeconds = IsoTimestamp::DefaultOffsetSeconds;
        return true;
    }
    if (text[at] == 'Z' || text[at] == 'z') {
        offsetSeconds = 0;
        return at + 1 == text.size();
    }
    if (text[at] != '+' && text[at] != '-')
        return false;
    const int sign = text[at] == '-' ? -1 : 1;
    int hours = 0;
    int minutes = 0;
    if (!digits(text, at + 1, 2, hours))
        return false;
    size_t pos = at + 3;
    if (pos < text.size() && text[pos] == ':')
        ++pos;
    if (pos < text.size() && !digits(text, pos, 2, minutes))
        return false;
    if (pos < text.size())
        pos += 2;
    // Zones run from -12:00 to +14:00; nothing is further than 14 hours from UTC.
    if (pos != text.size() || minutes > 59 || hours * 60 + minutes > 14 * 60)
        return false;
    offsetSeconds = sign * (hours * 3600 + minutes * 60);
    return true;
}
} // namespace

qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = unsigned(year - era * 400);
    const unsigned doy = unsigned((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

std::optional<IsoTimestamp> IsoTimestamp::parse(std::string_view text)
{
    int year = 0, month = 0, day = 0;
    if (!digits(text, 0, 4, year) || text.size() < 10 || text[4] != '-' || !digits(text, 5, 2, month)
        || text[7] != '-' || !digits(text, 8, 2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    const qint64 days = daysFromCivil(year, month, day);
    if (text.size() == 10)
        return IsoTimestamp{days * 86400, true, days, 0};

    int hour = 0, minute = 0, second = 0;
    if ((text[10] != 'T' && text[10] != 't' && text[10] != ' ') || !digits(text, 11, 2, hour) || text.size() < 16
        || text[13] != ':' || !digits(text, 14, 2, minute))
        return std::nullopt;
    size_t pos = 16;
    if (pos < text.size() && text[pos] == ':') {
        if (!digits(text, pos + 1, 2, second))
            return std::nullopt;
        pos += 3;
        if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
            ++pos;  // fractions of a second are dropped: samples are at least a minute long
            const size_t first = pos;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
                ++pos;
            if (pos == first)
                return std::nullopt;
        }
    }
    int offset = 0;
    if (hour > 23 || minute > 59 || second > 59 || !parseZone(text, pos, offset))
        return std::nullopt;
    const int secondOfDay = hour * 3600 + minute * 60 + second;
    return IsoTimestamp{days * 86400 + secondOfDay - offset, false, days, secondOfDay};
}

} // namespace kai::import
