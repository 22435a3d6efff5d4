// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewItemKey.h"

namespace kai::review {

namespace {
constexpr ReviewItemKey::Kind AllKinds[] = {ReviewItemKey::Kind::Consortium, ReviewItemKey::Kind::Member,
                                            ReviewItemKey::Kind::Stage,      ReviewItemKey::Kind::RoundResult,
                                            ReviewItemKey::Kind::GpuMonth,   ReviewItemKey::Kind::Source};

qsizetype partCount(ReviewItemKey::Kind kind)
{
    switch (kind) {
    case ReviewItemKey::Kind::Member:
    case ReviewItemKey::Kind::RoundResult:
    case ReviewItemKey::Kind::GpuMonth: return 2;
    default: return 1;
    }
}
} // namespace

QString ReviewItemKey::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Consortium: return QStringLiteral("consortium");
    case Kind::Member: return QStringLiteral("member");
    case Kind::Stage: return QStringLiteral("stage");
    case Kind::RoundResult: return QStringLiteral("result");
    case Kind::GpuMonth: return QStringLiteral("gpu-month");
    case Kind::Source: return QStringLiteral("source");
    }
    return {};
}

QString ReviewItemKey::toString() const
{
    return kindName(kind) + QLatin1Char(':') + parts.join(QLatin1Char('/'));
}

std::optional<ReviewItemKey> ReviewItemKey::parse(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const QString name = text.left(colon);
    for (const Kind kind : AllKinds) {
        if (kindName(kind) != name)
            continue;
        const QStringList parts = text.mid(colon + 1).split(QLatin1Char('/'));
        if (parts.size() != partCount(kind) || parts.contains(QString()))
            return std::nullopt;
        return ReviewItemKey{kind, parts};
    }
    return std::nullopt;
}

} // namespace kai::review
