// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace kai::store {

class SqliteConnection;

// No team's day-by-day GPU usage is public. For the sample database this writes one plausible
// daily sample per allocation and day (ramp-up, weekly rhythm, noise), all attributed to the
// 'ILLUSTRATIVE' source so no view can mistake them for official figures. Deterministic: the
// same allocations always give the same numbers, on every platform.
class IllustrativeUsageGenerator
{
public:
    static void generate(SqliteConnection &connection, const QDate &cutoff);
    // Utilisation in percent for the given allocation on its n-th day; exposed for tests.
    static double utilisationPct(qint64 allocationId, int dayIndex, int dayOfWeek);
};

} // namespace kai::store
