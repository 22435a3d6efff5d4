// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/ConsortiumPalette.h"

#include "domain/ConsortiumStatusResolver.h"
#include "domain/ProgramSnapshot.h"
#include "items/Contrast.h"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace kai {

using namespace kai::domain;

namespace {
// Tableau 10 hues without its grey (the neutral of applicants), distinct at a glance. Each is set to
// a middle luminance so that bars and lines keep 3:1 against the light, the dark and the
// high-contrast chart background (WCAG 1.4.11).
constexpr std::array<QRgb, 9> Hues{0x4E79A7, 0xF28E2B, 0x59A14F, 0xB07AA1, 0xE15759,
                                   0x76B7B2, 0xEDC948, 0xFF9DA7, 0x9C755F};
constexpr double MarkLuminance = 0.22;

// The seq of the stage that first selected the consortium into the programme, if one has.
std::optional<int> selectedAt(const ProgramSnapshot &snapshot, qint64 consortiumId)
{
    ConsortiumStatus status = ConsortiumStatus::Applied;
    for (const RoundResult *result : snapshot.resultsOf(consortiumId)) {
        const Stage *stage = snapshot.stage(result->stageId);
        if (!stage)
            continue;
        status = ConsortiumStatusResolver::apply(status, stage->kind, result->outcome);
        if (status == ConsortiumStatus::Selected)
            return stage->seq;
    }
    return std::nullopt;
}
} // namespace

ConsortiumPalette::ConsortiumPalette(const ProgramSnapshot &snapshot)
{
    // Teams selected later come after every team selected before them, so a team's position (its
    // colour) never changes when a later date adds a selection.
    QVector<std::pair<int, qint64>> selected;
    for (const Consortium &c : snapshot.consortia) {
        if (const std::optional<int> seq = selectedAt(snapshot, c.id))
            selected.append({*seq, c.id});
    }
    std::sort(selected.begin(), selected.end());
    for (int i = 0; i < selected.size(); ++i)
        m_order.insert(selected[i].second, i);
}

bool ConsortiumPalette::isDistinct(qint64 consortiumId) const
{
    return m_order.contains(consortiumId);
}

QColor ConsortiumPalette::colour(qint64 consortiumId) const
{
    const auto found = m_order.constFind(consortiumId);
    return found == m_order.cend() ? neutral() : distinct(*found);
}

QColor ConsortiumPalette::swatch(qint64 consortiumId) const
{
    return isDistinct(consortiumId) ? colour(consortiumId) : QColor();
}

QColor ConsortiumPalette::neutral()
{
    return Contrast::atLuminance(QColor(0x9E, 0x9E, 0x9E), MarkLuminance);
}

int ConsortiumPalette::distinctCount()
{
    return int(Hues.size());
}

QColor ConsortiumPalette::distinct(int index)
{
    // Past nine teams (the programme selects five, then one more) the hues come back darker.
    const QColor base = QColor::fromRgb(Hues[std::size_t(std::max(0, index) % distinctCount())]);
    return Contrast::atLuminance(base, index < distinctCount() ? MarkLuminance : 0.17);
}

} // namespace kai
