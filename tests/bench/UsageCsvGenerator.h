// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a GPU usage CSV of any length, every row valid: hour by hour from 2025-08-04 00:00 KST, each
// node of five consortia reports 8 GPUs' hours. The number of nodes grows with the row count so that
// every row falls inside the program's period (2025-06-01 to 2027-12-31: 21,120 hours from the
// first), which 30 million rows need (285 nodes a consortium). Rows are written as they are made:
// memory does not depend on the row count.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QTime>
#include <QTimeZone>
#include <cstdint>
#include <cstdio>

namespace kai::bench {

class UsageCsvGenerator
{
public:
    static constexpr int Consortia = 5;
    static constexpr qint64 HoursInPeriod = 21120;  // 2025-08-04 00:00 to 2027-12-31 24:00, KST
    static constexpr int MinNodesPerConsortium = 100;

    explicit UsageCsvGenerator(qint64 rows) : m_rows(rows)
    {
        const qint64 perHourNeeded = (rows + HoursInPeriod - 1) / HoursInPeriod;
        m_nodesPerConsortium = std::max<qint64>(MinNodesPerConsortium, (perHourNeeded + Consortia - 1) / Consortia);
    }
    qint64 nodesPerConsortium() const { return m_nodesPerConsortium; }
    qint64 hours() const { return (m_rows + Consortia * m_nodesPerConsortium - 1) / (Consortia * m_nodesPerConsortium); }

    // False when the file cannot be written.
    bool write(const QString &path) const
    {
        // Consortia named as officials write them: by code, and by the lead organisation's Korean name.
        static const char *const names[] = {"LG AI연구원", "skt", "upstage", "엔씨에이아이", "motif"};
        static const char *const nodePrefixes[] = {"lg", "skt", "upstage", "ncai", "motif"};
        static const char *const models[] = {"B200", "H100", "B200", "B200", "H200"};
        static const char *const providers[] = {"nhn-cloud", "skt", "kakao-cloud", "naver-cloud", "undisclosed"};
        std::FILE *file = std::fopen(QFile::encodeName(path).constData(), "wb");
        if (!file)
            return false;
        std::fputs("period_start,consortium,node,gpu_model,provider,gpu_hours_used,utilization_pct\n", file);
        const QDateTime origin(QDate(2025, 8, 4), QTime(0, 0), QTimeZone(9 * 3600));
        const qint64 perHour = Consortia * m_nodesPerConsortium;
        char stamp[32] = {};
        for (qint64 row = 0; row < m_rows; ++row) {
            const qint64 hour = row / perHour;
            const qint64 slot = row % perHour;
            if (slot == 0) {
                const QByteArray text = origin.addSecs(hour * 3600).toString(Qt::ISODate).toLatin1();
                std::snprintf(stamp, sizeof stamp, "%s", text.constData());
            }
            const int consortium = int(slot / m_nodesPerConsortium);
            const int node = int(slot % m_nodesPerConsortium);
            const double util = 40.0 + 60.0 * unitNoise(std::uint64_t(row));
            std::fprintf(file, "%s,%s,%s-n%03d,%s,%s,%.3f,%.1f\n", stamp, names[consortium], nodePrefixes[consortium],
                         node, models[consortium], providers[consortium], 8.0 * util / 100.0, util);
        }
        return std::fclose(file) == 0;
    }

private:
    static double unitNoise(std::uint64_t seed)
    {
        std::uint64_t z = seed + 0x9E3779B97F4A7C15ull;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return double((z ^ (z >> 31)) >> 11) / double(1ull << 53);
    }

    qint64 m_rows = 0;
    qint64 m_nodesPerConsortium = MinNodesPerConsortium;
};

} // namespace kai::bench
