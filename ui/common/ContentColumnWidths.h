// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTableView;

namespace kai::ui {

// Sizes a table's columns to their contents once per change of its rows, headers or language,
// in place of QHeaderView::ResizeToContents, which measures the cells again on every layout and
// on every data change (a language switch changes every cell) and does so even while the table
// is hidden behind another view. A hidden view's table is measured when the view is shown; a
// shown one once its current event is handled, so that a language switch, whose models announce
// new headers and cells one after another, measures the cells once; before the paint in any case
// (FrameSettler delivers the queued call if the window is about to paint first).
class ContentColumnWidths : public QObject
{
    Q_OBJECT

public:
    static ContentColumnWidths *attach(QTableView *table);
    // For a model that changes cells without announcing rows or headers (a QTableWidget whose items
    // are replaced): measures them again as above.
    void contentsChanged();

private:
    explicit ContentColumnWidths(QTableView *table);
    void refitSoon();
    void refit();

    QTableView *m_table;
    quint64 m_key;
    bool m_refitPosted = false;
};

} // namespace kai::ui
