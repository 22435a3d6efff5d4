// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QPointer>

namespace kai::ui {

// A QLabel painted once per change. A label whose text can be selected, or is rich text, keeps it
// in a text document that QLabel lays out when the label first paints after its text or size
// changed, and that layout asks the label to be painted again: a second frame drawing the same text
// (a language switch on the Consortia and Timeline views took a second frame for that alone). The
// request made while the label paints is dropped: the paint under way already draws the new layout.
// Any other request — a selection, a link hovered — repaints the label as QLabel does.
class SelectableLabel : public QLabel
{
    Q_OBJECT

public:
    explicit SelectableLabel(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // QLabel's text document owner, once it has one.
    QObject *textControl() const;

    mutable QPointer<QObject> m_textControl;
};

} // namespace kai::ui
