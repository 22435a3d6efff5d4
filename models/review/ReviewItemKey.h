// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringList>
#include <optional>

namespace kai::review {

// What a note is about, named by the program's own codes, never by row ids, so the same key
// finds the same item in the office database after the copy has travelled:
//   consortium:CODE  member:CONSORTIUM/ORGANISATION  stage:CODE  result:STAGE/CONSORTIUM
//   gpu-month:CONSORTIUM/YYYY-MM  source:CODE
struct ReviewItemKey
{
    enum class Kind { Consortium, Member, Stage, RoundResult, GpuMonth, Source };

    Kind kind = Kind::Consortium;
    QStringList parts;

    static ReviewItemKey consortium(const QString &code) { return {Kind::Consortium, {code}}; }
    static ReviewItemKey member(const QString &consortium, const QString &organisation)
    {
        return {Kind::Member, {consortium, organisation}};
    }
    static ReviewItemKey stage(const QString &code) { return {Kind::Stage, {code}}; }
    static ReviewItemKey roundResult(const QString &stage, const QString &consortium)
    {
        return {Kind::RoundResult, {stage, consortium}};
    }
    static ReviewItemKey gpuMonth(const QString &consortium, const QDate &month)
    {
        return {Kind::GpuMonth, {consortium, month.toString(QStringLiteral("yyyy-MM"))}};
    }
    static ReviewItemKey source(const QString &code) { return {Kind::Source, {code}}; }

    QString toString() const;
    // Nothing when the text is not a key of a known kind with the right number of parts.
    static std::optional<ReviewItemKey> parse(const QString &text);
    static QString kindName(Kind kind);

    bool operator==(const ReviewItemKey &other) const = default;
};

} // namespace kai::review
