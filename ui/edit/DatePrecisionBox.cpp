// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/DatePrecisionBox.h"

#include <QDateEdit>

namespace kai::ui {

using domain::DatePrecision;

DatePrecisionBox::DatePrecisionBox(QDateEdit *date, QWidget *parent) : QComboBox(parent), m_date(date)
{
    addItem(tr("Exact day"), int(DatePrecision::Day));
    addItem(tr("Month only"), int(DatePrecision::Month));
    addItem(tr("Year only"), int(DatePrecision::Year));
    setAccessibleName(tr("Date precision"));
    connect(this, &QComboBox::currentIndexChanged, this, &DatePrecisionBox::showPrecision);
}

DatePrecision DatePrecisionBox::precision() const
{
    return DatePrecision(currentData().toInt());
}

void DatePrecisionBox::setPrecision(DatePrecision precision)
{
    setCurrentIndex(std::max(0, findData(int(precision))));
}

void DatePrecisionBox::showPrecision()
{
    switch (precision()) {
    case DatePrecision::Day: m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd")); break;
    case DatePrecision::Month: m_date->setDisplayFormat(QStringLiteral("yyyy-MM")); break;
    case DatePrecision::Year: m_date->setDisplayFormat(QStringLiteral("yyyy")); break;
    }
}

} // namespace kai::ui
