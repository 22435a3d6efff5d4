// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ItemKeys.h"

namespace kai::review {

std::optional<ReviewItemKey> ItemKeys::consortium(const domain::ProgramSnapshot &snapshot, qint64 consortiumId)
{
    const domain::Consortium *found = snapshot.consortium(consortiumId);
    if (!found)
        return std::nullopt;
    return ReviewItemKey::consortium(found->code);
}

std::optional<ReviewItemKey> ItemKeys::roundResult(const domain::ProgramSnapshot &snapshot, qint64 stageId,
                                                   qint64 consortiumId)
{
    const domain::Stage *stage = snapshot.stage(stageId);
    const domain::Consortium *consortium = snapshot.consortium(consortiumId);
    if (!stage || !consortium)
        return std::nullopt;
    return ReviewItemKey::roundResult(stage->code, consortium->code);
}

qint64 ItemKeys::consortiumId(const domain::ProgramSnapshot &snapshot, const QString &code)
{
    for (const domain::Consortium &consortium : snapshot.consortia) {
        if (consortium.code == code)
            return consortium.id;
    }
    return 0;
}

qint64 ItemKeys::stageId(const domain::ProgramSnapshot &snapshot, const QString &code)
{
    for (const domain::Stage &stage : snapshot.stages) {
        if (stage.code == code)
            return stage.id;
    }
    return 0;
}

} // namespace kai::review
