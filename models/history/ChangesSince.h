// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"
#include "history/ChangesReport.h"

#include <QCoreApplication>

namespace kai::store {
class SqlConnection;
}

namespace kai::history {

// "What changed since the last briefing": everything recorded after a day or an export, in plain
// sentences grouped by view (see ChangesSince.cpp for what the list rests on and why).
class ChangesSince
{
    Q_DECLARE_TR_FUNCTIONS(ChangesSince)

public:
    // The latest export of the register whose stamp shows this checksum (its 8 hex digits, any
    // case); none when no export has it. Throws store::StoreError when the register cannot be read.
    static std::optional<ExportRecord> findExport(store::SqlConnection &connection, const QString &checksum);
    // Reads and words the list; throws store::StoreError when the database cannot be read.
    static ChangesReport build(store::SqlConnection &connection, const SincePoint &since, domain::Language language,
                               bool press = false);
    static QString heading(const SincePoint &since, domain::Language language);
    // How a choice of briefing names a register entry: when (UTC), the file and its checksum.
    static QString briefingChoice(const ExportRecord &record, domain::Language language);
};

} // namespace kai::history
