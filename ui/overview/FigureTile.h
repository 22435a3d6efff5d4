// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ActivatableWidget.h"

class QLabel;

namespace kai::ui {

// One headline figure: a caption, a large value and a line of detail. Clicking it, or pressing
// Enter or Space while it has focus, asks to open the view behind the figure.
class FigureTile : public ActivatableWidget
{
    Q_OBJECT

public:
    explicit FigureTile(QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    void setValue(const QString &value);
    void setDetail(const QString &detail);
    // Marks the figure as an illustrative sample, visibly and for screen readers.
    void setIllustrative(bool illustrative, const QString &marker);

    QString caption() const;
    QString value() const;
    QString detail() const;
    bool isIllustrative() const { return m_illustrative; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateAccessibleName();

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
    QLabel *m_marker;
    bool m_illustrative = false;
};

} // namespace kai::ui
