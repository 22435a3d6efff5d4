// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/DisplayFormat.h"

#include <cmath>

namespace kai {

DisplayFormat::DisplayFormat(domain::Language language) : m_language(language), m_locale(localeFor(language)) {}

QLocale DisplayFormat::localeFor(domain::Language language)
{
    // en_GB gives "4 Aug 2025", the day-month order used in the ministry's English releases.
    return language == domain::Language::Korean ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                                : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString DisplayFormat::date(const QDate &date) const
{
    if (!date.isValid())
        return {};
    return m_language == domain::Language::Korean ? m_locale.toString(date, QStringLiteral("yyyy년 M월 d일"))
                                                  : m_locale.toString(date, QStringLiteral("d MMM yyyy"));
}

QString DisplayFormat::shortDate(const QDate &date) const
{
    if (!date.isValid())
        return {};
    return m_language == domain::Language::Korean ? m_locale.toString(date, QStringLiteral("yyyy. M. d."))
                                                  : m_locale.toString(date, QStringLiteral("d MMM yy"));
}

QString DisplayFormat::integer(qint64 value) const
{
    return m_locale.toString(value);
}

QString DisplayFormat::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString DisplayFormat::percent(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals) + m_locale.percent();
}

QString DisplayFormat::gpuHours(double hours) const
{
    // llround is undefined outside qint64: a damaged database must not show -9,223,372,036,854,775,808.
    if (!std::isfinite(hours) || std::abs(hours) >= 9.0e18)
        return m_locale.toString(hours, 'g', 3);
    return m_locale.toString(std::llround(hours));
}

QString DisplayFormat::money(qint64 krw) const
{
    // Korean readers count in 억 (10^8) and 조 (10^12); English readers in KRW billion.
    if (m_language == domain::Language::Korean) {
        if (std::llabs(krw) >= 1'000'000'000'000LL)
            return m_locale.toString(double(krw) / 1e12, 'f', 2) + QStringLiteral("조 원");
        const double eok = double(krw) / 1e8;
        // Tenths of 억 (10 million won) only matter for small sums.
        return m_locale.toString(eok, 'f', std::abs(eok) >= 100 ? 0 : 1) + QStringLiteral("억 원");
    }
    return QStringLiteral("KRW %1 bn").arg(m_locale.toString(double(krw) / 1e9, 'f', 1));
}

} // namespace kai
