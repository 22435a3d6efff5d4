// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

#include <QCoreApplication>

namespace kai {

// A GPU count as its source gives it: "about 768" when the source says "about", and a published
// "none allocated" kept apart from a count nobody published.
class GpuCountText
{
    Q_DECLARE_TR_FUNCTIONS(GpuCountText)

public:
    // "768" or "about 768" / "약 768"
    static QString count(qint64 gpuCount, bool approximate, domain::Language language);
    // "None allocated (S50)" / "배정 없음 (S50)"; without a code, "None allocated".
    static QString noneAllocated(const QString &sourceCode);
    // One allocation: "about 768" or "None allocated".
    static QString of(const domain::GpuAllocation &allocation, domain::Language language);
    // A formatted figure computed from GPU counts (GPU-hours, a share of them): "about 1,234" /
    // "약 1,234" when an "about N" count went into it, else the figure as it is.
    static QString derived(const QString &figure, bool approximate);
};

} // namespace kai
