// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/SlideStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QStringList>
#include <QVector>

class QAbstractItemModel;
class QPainter;

namespace kai::ui {

struct SlideTablePage;

// A table for a slide: only the columns that carry the point, every cell wrapped, never elided.
// Type shrinks down to the slide's minimum to fit; beyond that the rows continue on further
// pages, each saying so. Numbers are right-aligned.
class SlideTable
{
    Q_DECLARE_TR_FUNCTIONS(SlideTable)

public:
    struct Column
    {
        QString header;
        Qt::Alignment alignment = Qt::AlignLeft;
        bool breakAnywhere = false;  // addresses: no spaces to wrap at
    };

    QVector<Column> columns;
    QVector<QStringList> rows;
    QVector<QColor> swatches;  // optional, one per row: drawn before the first cell
    bool illustrative = false;  // an illustrative sample is among the cells shown
    // The same table in the pack's other language (see Slide::Twin): when given, every width and
    // height is measured for the wider and taller of the two texts, so the Korean and English
    // packs lay the table out alike and break its rows at the same places.
    QStringList twinHeaders;
    QVector<QStringList> twinRows;

    // Builds a table from a model's columns; numbers (by SortRole) are right-aligned. With
    // leaveOutIllustrative (press), a sample figure reads "not published" like a confidential one.
    static SlideTable fromModel(const QAbstractItemModel &model, const QVector<int> &modelColumns,
                                bool leaveOutIllustrative);

    bool isEmpty() const { return rows.isEmpty(); }
    bool hasTwin() const { return twinRows.size() == rows.size() && twinHeaders.size() == columns.size(); }
    // Pages needed in a rectangle of this size.
    int pageCount(const SlideStyle &style, const QSizeF &size) const;
    void paint(QPainter &painter, const QRectF &rect, const SlideStyle &style, int page) const;

    // One page as laid out in a rectangle of this size (see SlideTablePage).
    SlideTablePage page(int page, const SlideStyle &style, const QSizeF &size) const;

private:
    struct Layout
    {
        QFont font;
        QFont headerFont;
        QVector<qreal> widths;
        qreal headerHeight = 0;
        QVector<qreal> rowHeights;
        QVector<int> pageStarts;  // first row of each page
        qreal padding = 0;
        qreal swatch = 0;
    };
    Layout layOut(const SlideStyle &style, const QSizeF &size) const;
    Layout layOutAt(int pixels, const SlideStyle &style, const QSizeF &size) const;
    QVector<qreal> columnWidths(const QFontMetricsF &metrics, const QFontMetricsF &header, qreal width,
                                qreal padding) const;
    qreal noteHeight(const SlideStyle &style) const;
    QString continuationNote(const Layout &layout, int page) const;
};

// One page of a SlideTable as laid out in a rectangle, for writers of editable tables: the rows
// of that page (with their swatches), the type size and geometry the painted table uses, and
// the continuation note ("continued (2/3)") when the table runs over several pages.
struct SlideTablePage
{
    SlideTable rows;
    int pixels = 0;    // body type size
    qreal swatch = 0;  // width of the swatch before the first cell; 0: none
    qreal padding = 0;  // inside each cell
    QVector<qreal> widths;
    qreal headerHeight = 0;
    QVector<qreal> rowHeights;
    QString note;
};

} // namespace kai::ui
