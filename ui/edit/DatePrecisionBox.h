// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

#include <QComboBox>

class QDateEdit;

namespace kai::ui {

// How much of a date the source gives (the day, only the month, only the year), beside the date
// field it governs: the field then shows only what is known, so a month is never entered as a day.
class DatePrecisionBox : public QComboBox
{
    Q_OBJECT
public:
    DatePrecisionBox(QDateEdit *date, QWidget *parent = nullptr);

    domain::DatePrecision precision() const;
    void setPrecision(domain::DatePrecision precision);

private:
    void showPrecision();

    QDateEdit *m_date;
};

} // namespace kai::ui
