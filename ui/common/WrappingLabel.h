// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QMargins>
#include <array>

namespace kai::ui {

// A word-wrapping label that remembers its height for the last few widths. QLabel measures its
// text again (shaping every word) on each heightForWidth call, and Qt's layouts ask several times
// per pass — and QStackedLayout asks the pages behind the current one too — so every layout pass
// after an as-of or language change re-shaped every wrapped label of every visited view. The
// answers are kept until the text, font, margins, indent, alignment or format change.
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct MeasuredFor
    {
        QString text;
        QFont font;
        QMargins margins;
        int margin = 0;
        int indent = 0;
        int alignment = 0;
        int format = 0;
        bool operator==(const MeasuredFor &other) const = default;
    };
    MeasuredFor currentKey() const;

    struct Height
    {
        int width = -1;
        int height = 0;
    };
    mutable MeasuredFor m_key;
    mutable std::array<Height, 4> m_heights;
    mutable std::size_t m_nextSlot = 0;
};

} // namespace kai::ui
