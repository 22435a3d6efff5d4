// SPDX-License-Identifier: GPL-3.0-or-later
// The usage CSV the import benchmarks generate: five consortia, 100 nodes each, hourly samples.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QTimeZone>
#include <cstdint>
#include <cstdio>

namespace kai::bench {

// Consortia named as officials write them: by code, and by the lead organisation's Korean name.
inline const char *const Consortia[] = {"LG AI연구원", "skt", "upstage", "엔씨에이아이", "motif"};
inline const char *const NodePrefixes[] = {"lg", "skt", "upstage", "ncai", "motif"};
inline const char *const Models[] = {"B200", "H100", "B200", "B200", "H200"};
inline const char *const Providers[] = {"nhn-cloud", "skt", "kakao-cloud", "naver-cloud", "undisclosed"};
inline constexpr int Consortium = 5;
inline constexpr int NodesPerConsortium = 100;

inline double unitNoise(std::uint64_t seed)
{
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return double((z ^ (z >> 31)) >> 11) / double(1ull << 53);
}

// Hour by hour from 2025-08-04 00:00 KST, every node of every consortium reports 8 GPUs' hours.
inline void writeUsageCsv(const QString &path, qint64 rows)
{
    std::FILE *file = std::fopen(QFile::encodeName(path).constData(), "wb");
    std::fputs("period_start,consortium,node,gpu_model,provider,gpu_hours_used,utilization_pct\n", file);
    const QDateTime origin(QDate(2025, 8, 4), QTime(0, 0), QTimeZone(9 * 3600));
    const int perHour = Consortium * NodesPerConsortium;
    char stamp[32] = {};
    for (qint64 row = 0; row < rows; ++row) {
        const qint64 hour = row / perHour;
        const int slot = int(row % perHour);
        if (slot == 0) {
            const QByteArray text = origin.addSecs(hour * 3600).toString(Qt::ISODate).toLatin1();
            std::snprintf(stamp, sizeof stamp, "%s", text.constData());
        }
        const int consortium = slot / NodesPerConsortium;
        const int node = slot % NodesPerConsortium;
        const double util = 40.0 + 60.0 * unitNoise(std::uint64_t(row));
        std::fprintf(file, "%s,%s,%s-n%03d,%s,%s,%.3f,%.1f\n", stamp, Consortia[consortium],
                     NodePrefixes[consortium], node, Models[consortium], Providers[consortium],
                     8.0 * util / 100.0, util);
    }
    std::fclose(file);
}

} // namespace kai::bench
