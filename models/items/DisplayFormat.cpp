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

QString DisplayFormat::date(const QDate &date, domain::DatePrecision precision) const
{
    switch (precision) {
    case domain::DatePrecision::Month: return month(date);
    case domain::DatePrecision::Year: return year(date);
    case domain::DatePrecision::Day: break;
    }
    return this->date(date);
}

QString DisplayFormat::year(const QDate &date) const
{
    if (!date.isValid())
        return {};
    return m_language == domain::Language::Korean ? m_locale.toString(date, QStringLiteral("yyyy년"))
                                                  : m_locale.toString(date, QStringLiteral("yyyy"));
}

QString DisplayFormat::shortDate(const QDate &date) const
{
    // One form per language: "2026. 11. 30." beside "2026년 11월 30일" read as two conventions.
    return this->date(date);
}

QString DisplayFormat::month(const QDate &date) const
{
    if (!date.isValid())
        return {};
    return m_language == domain::Language::Korean ? m_locale.toString(date, QStringLiteral("yyyy년 M월"))
                                                  : m_locale.toString(date, QStringLiteral("MMM yyyy"));
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

int DisplayFormat::decimalsAgainst(double value, double threshold, int decimals)
{
    const bool meets = value + 1e-9 >= threshold;
    for (int d = decimals; d <= 3; ++d) {
        const double scale = std::pow(10.0, d);
        const bool shownMeets = std::round(value * scale) / scale + 1e-9 >= threshold;
        if (shownMeets == meets)
            return d;
    }
    return 3;
}

QString DisplayFormat::percentAgainst(double value, double threshold, int decimals) const
{
    const int d = decimalsAgainst(value, threshold, decimals);
    const double scale = std::pow(10.0, d);
    const bool meets = value + 1e-9 >= threshold;
    double shown = std::round(value * scale) / scale;
    // Still on the other side at three decimals: cut towards the verdict instead of rounding.
    if ((shown + 1e-9 >= threshold) != meets)
        shown = meets ? std::ceil(value * scale - 1e-9) / scale : std::floor(value * scale) / scale;
    if (!meets && shown + 1e-9 >= threshold)
        shown = threshold - 1.0 / scale;
    return percent(shown, d);
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
            return m_locale.toString(double(krw) / 1e12, 'f', 2) + QStringLiteral("조\u00A0원");
        const double eok = double(krw) / 1e8;
        // Tenths of 억 (10 million won) only matter for small sums.
        // A no-break space: "원" never stands alone on a line.
        return m_locale.toString(eok, 'f', std::abs(eok) >= 100 ? 0 : 1) + QStringLiteral("억\u00A0원");
    }
    return QStringLiteral("KRW\u00A0%1\u00A0bn").arg(m_locale.toString(double(krw) / 1e9, 'f', 1));
}

QString DisplayFormat::money(qint64 krw, int decimals) const
{
    const QString amount = m_locale.toString(double(krw) / moneyUnit(), 'f', decimals);
    return m_language == domain::Language::Korean ? amount + QStringLiteral("억\u00A0원")
                                                  : QStringLiteral("KRW\u00A0%1\u00A0bn").arg(amount);
}

int DisplayFormat::moneyDecimals(const QVector<qint64> &amounts) const
{
    const double unit = moneyUnit();
    for (const qint64 krw : amounts) {
        const double tenths = double(krw) / unit * 10.0;
        if (std::abs(tenths - 10.0 * std::round(tenths / 10.0)) >= 0.5)
            return 1;
    }
    return 0;
}

double DisplayFormat::moneyUnit() const
{
    return m_language == domain::Language::Korean ? 1e8 : 1e9;
}

QString DisplayFormat::moneyUnitName() const
{
    return m_language == domain::Language::Korean ? QStringLiteral("억 원") : QStringLiteral("KRW billion");
}

} // namespace kai
