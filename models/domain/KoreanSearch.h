// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace kai::domain {

// Name matching the way Korean officials type: partial text, any case, and 초성 (initial
// consonants) — "ㅇㅅㅌㅇㅈ" and "업ㅅ" both find 업스테이지. Pure functions over prepared keys, so a
// caller prepares each name once and matches it on every keystroke without allocating.
class KoreanSearch
{
public:
    // A name prepared for matching: spaces dropped, case folded, and each Hangul syllable's
    // initial consonant alongside it. positions maps each key character back to the name.
    struct Key
    {
        QString folded;
        QString initials;
        QVector<int> positions;
        bool isEmpty() const { return folded.isEmpty(); }
    };

    // A query prepared once per keystroke; a jamo in it matches any syllable with that initial.
    struct Query
    {
        QString folded;
        bool isEmpty() const { return folded.isEmpty(); }
    };

    // A matched span in the original name, in QChar units.
    struct Span
    {
        int start = -1;
        int length = 0;
        bool isValid() const { return start >= 0; }
    };

    static Key prepare(const QString &name);
    static Query prepareQuery(const QString &text);

    // The compatibility jamo (U+3131..U+314E) of a syllable's initial consonant, or a null QChar.
    static QChar initialConsonant(QChar syllable);
    static bool isHangulSyllable(QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; }
    static bool isInitialJamo(QChar c);
    // "업스테이지" -> "ㅇㅅㅌㅇㅈ"; other characters are kept as they are.
    static QString initialsOf(const QString &text);

    // True when every name next matches also matches previous: next extends previous, or turns a
    // typed consonant into a syllable starting with it (ㅅ -> 스), as a Korean keyboard does.
    static bool narrows(const Query &previous, const Query &next);

    static bool matches(const Key &key, const Query &query) { return firstMatch(key, query).isValid(); }
    static Span firstMatch(const Key &key, const Query &query, int from = 0);
    // Every non-overlapping match, left to right, for highlighting.
    static QVector<Span> allMatches(const QString &name, const Query &query);

private:
    static QChar fold(QChar c);
    static bool matchesAt(const Key &key, const Query &query, int at);
};

} // namespace kai::domain
