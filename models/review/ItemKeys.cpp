// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ItemKeys.h"

namespace kai::review {

namespace {
template <typename Item>
qint64 idOfCode(const QVector<Item> &items, const QString &code)
{
    for (const Item &item : items) {
        if (item.code == code)
            return item.id;
    }
    return 0;
}
} // namespace

std::optional<ReviewItemKey> ItemKeys::consortium(const domain::ProgramSnapshot &snapshot, qint64 consortiumId)
{
    const domain::Consortium *found = snapshot.consortium(consortiumId);
    if (!found)
        return std::nullopt;
    return ReviewItemKey::consortium(found->code);
}

std::optional<ReviewItemKey> ItemKeys::member(const domain::ProgramSnapshot &snapshot, qint64 consortiumId,
                                              qint64 organisationId)
{
    const domain::Consortium *consortium = snapshot.consortium(consortiumId);
    const domain::Organisation *organisation = snapshot.organisation(organisationId);
    if (!consortium || !organisation)
        return std::nullopt;
    return ReviewItemKey::member(consortium->code, organisation->code);
}

std::optional<ReviewItemKey> ItemKeys::stage(const domain::ProgramSnapshot &snapshot, qint64 stageId)
{
    const domain::Stage *found = snapshot.stage(stageId);
    if (!found)
        return std::nullopt;
    return ReviewItemKey::stage(found->code);
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

std::optional<ReviewItemKey> ItemKeys::gpuMonth(const domain::ProgramSnapshot &snapshot, qint64 consortiumId,
                                                const QDate &month)
{
    const domain::Consortium *consortium = snapshot.consortium(consortiumId);
    if (!consortium || !month.isValid())
        return std::nullopt;
    return ReviewItemKey::gpuMonth(consortium->code, month);
}

std::optional<ReviewItemKey> ItemKeys::source(const domain::ProgramSnapshot &snapshot, qint64 sourceId)
{
    const domain::Source *found = snapshot.source(sourceId);
    if (!found)
        return std::nullopt;
    return ReviewItemKey::source(found->code);
}

qint64 ItemKeys::consortiumId(const domain::ProgramSnapshot &snapshot, const QString &code)
{
    return idOfCode(snapshot.consortia, code);
}

qint64 ItemKeys::stageId(const domain::ProgramSnapshot &snapshot, const QString &code)
{
    return idOfCode(snapshot.stages, code);
}

qint64 ItemKeys::organisationId(const domain::ProgramSnapshot &snapshot, const QString &code)
{
    return idOfCode(snapshot.organisations, code);
}

qint64 ItemKeys::sourceId(const domain::ProgramSnapshot &snapshot, const QString &code)
{
    return idOfCode(snapshot.sources, code);
}

} // namespace kai::review
