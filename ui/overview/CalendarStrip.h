// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QVector>
#include "common/ActivatableWidget.h"

namespace kai::ui {

// A one-line calendar of the program from June 2025 to the end of 2027: stages as bars, rounds
// as diamonds, with markers for today and for the as-of date.
class CalendarStrip : public ActivatableWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QString label;
        QDate start;
        QDate end;
        bool isRound = false;
        bool planned = false;  // no actual dates announced yet
    };

    explicit CalendarStrip(QWidget *parent = nullptr);

    void setEntries(const QVector<Entry> &entries);
    void setDates(const QDate &today, const QDate &asOf, const QString &todayLabel, const QString &asOfLabel);
    void setYearLabelFormat(const QString &format) { m_yearFormat = format; update(); }

    static QDate firstDay() { return QDate(2025, 6, 1); }
    static QDate lastDay() { return QDate(2027, 12, 31); }
    // Horizontal position of a date in a strip of the given width; exposed for tests.
    static double xFor(const QDate &date, double width);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Names under the rounds and milestones, in up to LabelRows rows below the bar; a name that
    // would overlap another, or the as-of or today line, moves aside while it still reaches its
    // diamond, else is left out (the Timeline view has it).
    static constexpr int LabelRows = 2;
    struct PlacedLabel
    {
        QString text;
        QRectF rect;
    };
    QVector<PlacedLabel> milestoneLabels() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintMarker(QPainter &painter, const QDate &date, const QString &label, Qt::PenStyle style, int row);
    double labelTop() const;
    QVector<double> candidateLefts(double centre, double textWidth, const QRectF &row, const QVector<QRectF> &taken) const;

    QVector<Entry> m_entries;
    QDate m_today;
    QDate m_asOf;
    QString m_todayLabel;
    QString m_asOfLabel;
    QString m_yearFormat = QStringLiteral("%1");
};

} // namespace kai::ui
