// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QMargins>
#include <array>
#include <optional>

namespace kai::ui {

// A word-wrapping label that remembers its height for the last few widths, and its size hints.
// QLabel measures its text again (shaping every word) on each heightForWidth call, and Qt's
// layouts ask several times per pass — and QStackedLayout asks the pages behind the current one
// too — so every layout pass after an as-of or language change re-shaped every wrapped label of
// every visited view. A label whose text can be selected lays its text out in a whole text
// document for each answer, and QLabel forgets its size hints on any style or palette change: the
// consortium detail panel's selectable labels were a fifth of a language switch on the Consortia
// view. The answers are kept until the text, font, margins, indent, alignment, format, wrapping
// or interaction flags change, or the style or font does.
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

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
        bool wordWrap = false;
        int interaction = 0;
        bool operator==(const MeasuredFor &other) const = default;
    };
    MeasuredFor currentKey() const;
    void forgetIfChanged() const;
    void forget() const;

    struct Height
    {
        int width = -1;
        int height = 0;
    };
    mutable MeasuredFor m_key;
    mutable std::array<Height, 4> m_heights;
    mutable std::size_t m_nextSlot = 0;
    mutable std::optional<QSize> m_sizeHint;
    mutable std::optional<QSize> m_minimumSizeHint;
};

} // namespace kai::ui
