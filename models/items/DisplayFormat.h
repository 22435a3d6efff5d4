// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

#include <QLocale>

namespace kai {

// Dates, numbers and money in the conventions of the display language: 2025년 8월 4일 / 4 Aug 2025,
// 억 원 / KRW billion. Views and exports format through this, never through QDate::toString.
class DisplayFormat
{
public:
    explicit DisplayFormat(domain::Language language);

    static QLocale localeFor(domain::Language language);
    const QLocale &locale() const { return m_locale; }

    QString date(const QDate &date) const;
    // A date at the precision its source gives: "Dec 2025" / "2025년 12월" for a month, never the 1st.
    QString date(const QDate &date, domain::DatePrecision precision) const;
    // A year alone: 2026년 / 2026.
    QString year(const QDate &date) const;
    QString shortDate(const QDate &date) const;  // the same form as date(): one form per language
    // A month alone, for dates a source gives only to the month: 2026년 8월 / Aug 2026.
    QString month(const QDate &date) const;
    QString integer(qint64 value) const;
    QString number(double value, int decimals) const;
    QString percent(double value, int decimals = 1) const;
    // A percentage judged against a threshold (the 95 % target): shown with as many decimals as it
    // takes (up to three) not to land on the other side, then cut towards the verdict, so 94.96 is
    // never shown as "95.0 %" next to "below the target".
    QString percentAgainst(double value, double threshold, int decimals = 1) const;
    // The number of decimals percentAgainst() needs; a gap to the threshold uses the same.
    static int decimalsAgainst(double value, double threshold, int decimals = 1);
    QString gpuHours(double hours) const;
    QString money(qint64 krw) const;
    // Money in a column: always the same unit (억 원 / KRW bn) and the given number of decimals.
    QString money(qint64 krw, int decimals) const;
    // Decimals that show every amount of a column without losing a non-zero tenth.
    int moneyDecimals(const QVector<qint64> &amounts) const;
    // The unit charts count money in: 10^8 won (억 원) for Korean readers, 10^9 (KRW billion) for English.
    double moneyUnit() const;
    QString moneyUnitName() const;

private:
    domain::Language m_language;
    QLocale m_locale;
};

} // namespace kai
