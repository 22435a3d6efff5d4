// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramFigures.h"

#include <QCoreApplication>

namespace kai {

// Who applied, the original call and later calls apart, so that no page says 16 where the
// funnel (which counts the original call) says 15.
class ApplicantText
{
    Q_DECLARE_TR_FUNCTIONS(ApplicantText)

public:
    // "15 applied in 2025, 1 more in the 2026 additional call"
    static QString sentence(const domain::ProgramFigures &figures);
    // The same for a tile: "15+1 applied"
    static QString brief(const domain::ProgramFigures &figures);

    // The "Teams in the competition" figure and its detail line, the same on the Overview's tile and
    // slide. Before the selection nobody is in the competition yet but nobody is out either: the
    // figure counts the applicants still under review.
    struct TeamsFigure
    {
        QString value;
        QString detail;
    };
    static TeamsFigure teams(const domain::ProgramFigures &figures, domain::Language language);
    // "15 applicants under Document review", "10 shortlisted · 5 out"
    static QString underReview(const domain::ProgramFigures &figures, domain::Language language);
};

} // namespace kai
