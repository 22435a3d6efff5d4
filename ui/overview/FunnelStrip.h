// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>
#include "common/ActivatableWidget.h"

namespace kai::ui {

// A compact funnel: one bar per step with its count; planned steps are drawn dashed and light.
class FunnelStrip : public ActivatableWidget
{
    Q_OBJECT

public:
    struct Step
    {
        QString label;
        int count = 0;
        bool planned = false;
    };

    explicit FunnelStrip(QWidget *parent = nullptr);

    void setSteps(const QVector<Step> &steps);
    const QVector<Step> &steps() const { return m_steps; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    int labelWidth() const;

    QVector<Step> m_steps;
};

} // namespace kai::ui
