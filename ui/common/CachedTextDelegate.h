// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QPointer>
#include <QTextLayout>
#include <memory>
#include <QStyledItemDelegate>

namespace kai::ui {

// Paints table cells as QStyledItemDelegate does, pixel for pixel, but keeps each cell's elided,
// shaped text (a laid-out QTextLayout, as QCommonStyle builds it) keyed by text, font, width and
// alignment. QStyledItemDelegate lays every cell's text out again
// (HarfBuzz shaping, eliding) on every paint, which was the largest part of repainting a table
// after an as-of or language change. Cells whose text really wraps or has several lines, and
// painting that is not onto a raster surface (SVG and PDF exports), take QStyledItemDelegate's path.
// The cell sizes the style measures are kept the same way.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // QStyledItemDelegate's size, kept per text and font: fitting columns to their contents asks for
    // every cell's size on each resize and language change, and the style shapes the text each time.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // How many shaped texts are kept (tests).
    int cachedTexts() const { return int(m_shaped.size()); }

protected:
    // Draws the cell's background, selection, focus, icon and check box (an option without text).
    static void drawWithoutText(QPainter *painter, const QStyleOptionViewItem &option);
    // The rectangle QCommonStyle draws the text into (inside its focus-frame margins).
    static QRect textRectangle(const QStyleOptionViewItem &option);
    static QColor textColour(const QStyleOptionViewItem &option);

private:
    struct Shaped
    {
        std::shared_ptr<QTextLayout> layout;  // the text elided to the width, laid out on one line
        qreal height = 0;
        bool fits = true;  // the whole text fits the width on one line
    };
    const Shaped &shaped(const QString &text, const QStyleOptionViewItem &option, int width) const;

    // A text as measured or shaped: with its font (compared and hashed as it is; QFont::key() built a
    // string of every attribute on each lookup) and the option's settings that change the result.
    struct CellKey
    {
        QString text;
        QFont font;
        int width = 0;
        int first = 0;
        int second = 0;
        int third = 0;
        bool operator==(const CellKey &other) const = default;
        friend size_t qHash(const CellKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.font, key.width, key.first, key.second, key.third);
        }
    };

    mutable QHash<CellKey, Shaped> m_shaped;
    mutable QHash<CellKey, QSize> m_sizes;
    mutable QPointer<QStyle> m_sizesStyle;  // what measured them: a theme may switch the application's style
};

} // namespace kai::ui
