// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSnapshot.h"
#include "review/ReviewItemKey.h"

namespace kai::review {

// The stable key of what a view row shows, from the ids the item models carry.
class ItemKeys
{
public:
    static std::optional<ReviewItemKey> consortium(const domain::ProgramSnapshot &snapshot, qint64 consortiumId);
    static std::optional<ReviewItemKey> roundResult(const domain::ProgramSnapshot &snapshot, qint64 stageId,
                                                    qint64 consortiumId);
    // The consortium id or stage id a key names in the snapshot (0 when it names none), for
    // opening the item in its view.
    static qint64 consortiumId(const domain::ProgramSnapshot &snapshot, const QString &code);
    static qint64 stageId(const domain::ProgramSnapshot &snapshot, const QString &code);
};

} // namespace kai::review
