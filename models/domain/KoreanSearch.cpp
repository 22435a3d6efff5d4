// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/KoreanSearch.h"

namespace kai::domain {

namespace {
constexpr char16_t HangulBase = 0xAC00;
constexpr int SyllablesPerInitial = 21 * 28;  // medial vowels x final consonants

// The 19 initial consonants in syllable order, as compatibility jamo (the characters a Korean
// keyboard types when a consonant stands alone).
constexpr char16_t InitialJamo[19] = {
    0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145,
    0x3146, 0x3147, 0x3148, 0x3149, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E,
};
} // namespace

QChar KoreanSearch::initialConsonant(QChar syllable)
{
    if (!isHangulSyllable(syllable))
        return {};
    return QChar(InitialJamo[(syllable.unicode() - HangulBase) / SyllablesPerInitial]);
}

bool KoreanSearch::isInitialJamo(QChar c)
{
    for (char16_t jamo : InitialJamo) {
        if (c.unicode() == jamo)
            return true;
    }
    return false;
}

QString KoreanSearch::initialsOf(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        if (isHangulSyllable(c))
            c = initialConsonant(c);
    }
    return result;
}

// Folding one QChar at a time keeps the key aligned with the name, so a match maps back to the
// exact characters to highlight (full case folding could change the length, e.g. ß -> ss).
QChar KoreanSearch::fold(QChar c)
{
    return c.toCaseFolded();
}

KoreanSearch::Key KoreanSearch::prepare(const QString &name)
{
    Key key;
    key.folded.reserve(name.size());
    key.initials.reserve(name.size());
    key.positions.reserve(name.size());
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isSpace() || c.isSurrogate())
            continue;
        const QChar folded = fold(c);
        key.folded.append(folded);
        key.initials.append(isHangulSyllable(c) ? initialConsonant(c) : folded);
        key.positions.append(i);
    }
    return key;
}

KoreanSearch::Query KoreanSearch::prepareQuery(const QString &text)
{
    Query query;
    query.folded.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace() && !c.isSurrogate())
            query.folded.append(fold(c));
    }
    return query;
}

bool KoreanSearch::narrows(const Query &previous, const Query &next)
{
    if (previous.isEmpty() || next.folded.size() < previous.folded.size())
        return false;
    for (qsizetype i = 0; i < previous.folded.size(); ++i) {
        const QChar before = previous.folded.at(i);
        const QChar after = next.folded.at(i);
        if (before != after && !(isInitialJamo(before) && initialConsonant(after) == before))
            return false;
    }
    return true;
}

bool KoreanSearch::matchesAt(const Key &key, const Query &query, int at)
{
    const QChar *name = key.folded.constData() + at;
    const QChar *initials = key.initials.constData() + at;
    const QChar *wanted = query.folded.constData();
    for (qsizetype i = 0; i < query.folded.size(); ++i) {
        // A typed consonant stands for any syllable starting with it; anything else must be equal.
        if (name[i] != wanted[i] && initials[i] != wanted[i])
            return false;
    }
    return true;
}

KoreanSearch::Span KoreanSearch::firstMatch(const Key &key, const Query &query, int from)
{
    if (query.isEmpty())
        return {};
    const int last = int(key.folded.size() - query.folded.size());
    for (int at = std::max(from, 0); at <= last; ++at) {
        if (matchesAt(key, query, at)) {
            const int start = key.positions.at(at);
            const int end = key.positions.at(at + int(query.folded.size()) - 1) + 1;
            return {start, end - start};
        }
    }
    return {};
}

QVector<KoreanSearch::Span> KoreanSearch::allMatches(const QString &name, const Query &query)
{
    QVector<Span> spans;
    if (query.isEmpty())
        return spans;
    const Key key = prepare(name);
    const int length = int(query.folded.size());
    for (int at = 0; at + length <= key.folded.size(); ++at) {
        if (matchesAt(key, query, at)) {
            const int start = key.positions.at(at);
            spans.append({start, key.positions.at(at + length - 1) + 1 - start});
            at += length - 1;
        }
    }
    return spans;
}

} // namespace kai::domain
