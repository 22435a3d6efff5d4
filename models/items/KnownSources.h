// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSnapshot.h"

#include <QDate>
#include <QSet>

namespace kai {

// The sources a reader on the snapshot's as-of date could know: published by then, or undated and
// cited by something the snapshot shows (an undated source may be about a model released years
// later). One rule for the pack's and deck's sources slide and the workbook's Sources sheet.
class KnownSources
{
public:
    explicit KnownSources(const domain::ProgramSnapshot &snapshot);

    bool contains(qint64 sourceId, const QDate &published) const;

private:
    QDate m_asOf;
    QSet<qint64> m_cited;
};

} // namespace kai
