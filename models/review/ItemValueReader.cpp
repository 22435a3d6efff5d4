// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ItemValueReader.h"

#include "domain/ProgramPeriod.h"
#include "store/GpuUsageRepository.h"
#include "store/ProgramRepository.h"
#include "store/SqlConnection.h"

#include <QStringList>

namespace kai::review {

namespace {
QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
}

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

QString outcomeName(domain::Outcome outcome)
{
    switch (outcome) {
    case domain::Outcome::Advanced: return QStringLiteral("advanced");
    case domain::Outcome::Eliminated: return QStringLiteral("eliminated");
    case domain::Outcome::Withdrawn: return QStringLiteral("withdrawn");
    case domain::Outcome::Pending: return QStringLiteral("pending");
    }
    return {};
}

QString joined(const QStringList &fields)
{
    return fields.join(QStringLiteral("; "));
}
} // namespace

ItemValueReader::ItemValueReader(store::SqlConnection &connection)
    : m_connection(connection),
      m_snapshot(store::ProgramRepository(connection).loadSnapshot(domain::ProgramPeriod::lastDay()))
{
}

std::optional<QString> ItemValueReader::valueOf(const ReviewItemKey &key) const
{
    const QStringList &p = key.parts;
    switch (key.kind) {
    case ReviewItemKey::Kind::Consortium: return consortium(p.value(0));
    case ReviewItemKey::Kind::Member: return member(p.value(0), p.value(1));
    case ReviewItemKey::Kind::Stage: return stage(p.value(0));
    case ReviewItemKey::Kind::RoundResult: return roundResult(p.value(0), p.value(1));
    case ReviewItemKey::Kind::GpuMonth: return gpuMonth(p.value(0), p.value(1));
    case ReviewItemKey::Kind::Source: return source(p.value(0));
    }
    return std::nullopt;
}

const domain::Consortium *ItemValueReader::findConsortium(const QString &code) const
{
    for (const domain::Consortium &consortium : m_snapshot.consortia) {
        if (consortium.code == code)
            return &consortium;
    }
    return nullptr;
}

const domain::Stage *ItemValueReader::findStage(const QString &code) const
{
    for (const domain::Stage &stage : m_snapshot.stages) {
        if (stage.code == code)
            return &stage;
    }
    return nullptr;
}

std::optional<QString> ItemValueReader::consortium(const QString &code) const
{
    const domain::Consortium *found = findConsortium(code);
    if (!found)
        return std::nullopt;
    const domain::Organisation *lead = m_snapshot.organisation(found->leadOrganisationId);
    return joined({QStringLiteral("name=%1 / %2").arg(found->name.ko, found->name.en),
                   QStringLiteral("lead=%1").arg(lead ? lead->code : QString()),
                   QStringLiteral("applied=%1").arg(isoDate(found->appliedOn))});
}

std::optional<QString> ItemValueReader::member(const QString &consortiumCode, const QString &organisation) const
{
    const domain::Consortium *found = findConsortium(consortiumCode);
    if (!found)
        return std::nullopt;
    QStringList periods;  // a company may have joined, left and joined again
    for (const domain::Membership *membership : m_snapshot.membershipsOf(found->id)) {
        const domain::Organisation *member = m_snapshot.organisation(membership->organisationId);
        if (!member || member->code != organisation)
            continue;
        periods << QStringLiteral("%1 %2..%3")
                       .arg(membership->role == domain::MembershipRole::Lead ? QStringLiteral("lead")
                                                                              : QStringLiteral("participant"),
                            isoDate(membership->joinedOn), isoDate(membership->leftOn));
    }
    if (periods.isEmpty())
        return std::nullopt;
    periods.sort();
    return periods.join(QStringLiteral(", "));
}

std::optional<QString> ItemValueReader::stage(const QString &code) const
{
    const domain::Stage *found = findStage(code);
    if (!found)
        return std::nullopt;
    return joined({QStringLiteral("planned=%1..%2").arg(isoDate(found->plannedStart), isoDate(found->plannedEnd)),
                   QStringLiteral("actual=%1..%2").arg(isoDate(found->actualStart), isoDate(found->actualEnd))});
}

std::optional<QString> ItemValueReader::roundResult(const QString &stageCode, const QString &consortiumCode) const
{
    const domain::Stage *stage = findStage(stageCode);
    const domain::Consortium *consortium = findConsortium(consortiumCode);
    if (!stage || !consortium)
        return std::nullopt;
    for (const domain::RoundResult *result : m_snapshot.resultsOf(consortium->id)) {
        if (result->stageId != stage->id)
            continue;
        return joined({QStringLiteral("outcome=%1").arg(outcomeName(result->outcome)),
                       QStringLiteral("rank=%1").arg(result->rank ? QString::number(*result->rank) : QStringLiteral("-")),
                       QStringLiteral("total=%1").arg(result->totalScore ? number(*result->totalScore) : QStringLiteral("-"))});
    }
    return std::nullopt;
}

std::optional<QString> ItemValueReader::gpuMonth(const QString &consortiumCode, const QString &month) const
{
    const domain::Consortium *consortium = findConsortium(consortiumCode);
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    if (!consortium || !first.isValid())
        return std::nullopt;
    store::GpuUsageRepository::Filter filter;
    filter.from = first;
    filter.to = first.addMonths(1).addDays(-1);
    filter.consortiumId = consortium->id;
    double hours = 0;
    qint64 samples = 0;
    for (const auto &bucket : store::GpuUsageRepository(m_connection).usage(filter, store::GpuUsageRepository::Granularity::Month)) {
        hours += bucket.gpuHours;
        samples += bucket.samples;
    }
    if (samples == 0)
        return std::nullopt;
    return QStringLiteral("gpu_hours=%1").arg(number(hours));
}

std::optional<QString> ItemValueReader::source(const QString &code) const
{
    for (const domain::Source &source : m_snapshot.sources) {
        if (source.code == code)
            return joined({QStringLiteral("title=%1").arg(source.title), QStringLiteral("url=%1").arg(source.url),
                           QStringLiteral("published=%1").arg(isoDate(source.publishedOn))});
    }
    return std::nullopt;
}

} // namespace kai::review
