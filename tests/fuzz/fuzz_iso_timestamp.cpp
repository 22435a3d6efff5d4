// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the hand-written ISO 8601 parser.
#include "import/IsoTimestamp.h"

#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto parsed = kai::import::IsoTimestamp::parse(text);
    if (!parsed)
        return 0;
    // Years have four digits and zones are within ±14:00: anything else is a parser bug.
    constexpr qint64 Earliest = -62167219200LL - 14 * 3600;  // 0000-01-01T00:00+14:00
    constexpr qint64 Latest = 253402300800LL + 14 * 3600;    // 10000-01-01T00:00-14:00
    if (parsed->secondsSinceEpoch < Earliest || parsed->secondsSinceEpoch > Latest)
        std::abort();
    if (parsed->writtenSecondOfDay < 0 || parsed->writtenSecondOfDay >= 86400)
        std::abort();
    if (parsed->dateOnly && (parsed->secondsSinceEpoch != parsed->writtenDay * 86400 || size != 10))
        std::abort();
    const qint64 offset = parsed->writtenDay * 86400 + parsed->writtenSecondOfDay - parsed->secondsSinceEpoch;
    if (offset < -14 * 3600 || offset > 14 * 3600)
        std::abort();
    return 0;
}
