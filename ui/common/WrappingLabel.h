// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SelectableLabel.h"

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
// view. The answers are kept for the text, font, margins, indent, alignment, format, wrapping,
// interaction flags, size limits and frame they were measured with, for the last two such sets:
// a language switch and back finds its answers again. A style or font change forgets them all.
class WrappingLabel : public SelectableLabel
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
        QSize minimumSize;
        QSize maximumSize;
        int frameWidth = 0;
        bool operator==(const MeasuredFor &other) const = default;
    };
    struct Height
    {
        int width = -1;
        int height = 0;
    };
    // QLabel's answers for one set of inputs.
    struct Measured
    {
        std::optional<MeasuredFor> key;
        std::array<Height, 4> heights;
        std::size_t nextSlot = 0;
        std::optional<QSize> sizeHint;
        std::optional<QSize> minimumSizeHint;
    };
    MeasuredFor currentKey() const;
    // The answers for the label as it is now: found again, or a slot made free for them.
    Measured &current() const;
    void forget() const;

    mutable std::array<Measured, 2> m_measured;
    mutable std::size_t m_current = 0;
};

} // namespace kai::ui
