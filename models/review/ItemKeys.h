// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSnapshot.h"
#include "review/ReviewItemKey.h"

namespace kai::review {

// The stable key of what a view shows, from the ids the item models carry, and back: the ids a
// key names in a snapshot, for opening the item in its view (0 when it names none).
class ItemKeys
{
public:
    static std::optional<ReviewItemKey> consortium(const domain::ProgramSnapshot &snapshot, qint64 consortiumId);
    static std::optional<ReviewItemKey> member(const domain::ProgramSnapshot &snapshot, qint64 consortiumId,
                                               qint64 organisationId);
    static std::optional<ReviewItemKey> stage(const domain::ProgramSnapshot &snapshot, qint64 stageId);
    static std::optional<ReviewItemKey> roundResult(const domain::ProgramSnapshot &snapshot, qint64 stageId,
                                                    qint64 consortiumId);
    static std::optional<ReviewItemKey> gpuMonth(const domain::ProgramSnapshot &snapshot, qint64 consortiumId,
                                                 const QDate &month);
    static std::optional<ReviewItemKey> source(const domain::ProgramSnapshot &snapshot, qint64 sourceId);

    static qint64 consortiumId(const domain::ProgramSnapshot &snapshot, const QString &code);
    static qint64 stageId(const domain::ProgramSnapshot &snapshot, const QString &code);
    static qint64 organisationId(const domain::ProgramSnapshot &snapshot, const QString &code);
    static qint64 sourceId(const domain::ProgramSnapshot &snapshot, const QString &code);
};

} // namespace kai::review
