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
    QString shortDate(const QDate &date) const;
    QString integer(qint64 value) const;
    QString number(double value, int decimals) const;
    QString percent(double value, int decimals = 1) const;
    QString gpuHours(double hours) const;
    QString money(qint64 krw) const;

private:
    domain::Language m_language;
    QLocale m_locale;
};

} // namespace kai
