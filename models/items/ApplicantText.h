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
};

} // namespace kai
