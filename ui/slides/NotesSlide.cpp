// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/NotesSlide.h"

#include "DashboardState.h"

namespace kai::ui {

using review::NoteListModel;

NotesSlide::NotesSlide(const DashboardState &state) : Slide(state), m_model(state) {}

bool NotesSlide::isEmpty() const
{
    return press() || m_model.rowCount() == 0;
}

QString NotesSlide::title() const
{
    return tr("Review notes");
}

QString NotesSlide::headline() const
{
    return tr("Review notes on these figures: %1").arg(m_model.rowCount());
}

QString NotesSlide::context() const
{
    return tr("Internal: reviewers' questions, corrections and confirmations · %1").arg(asOfText());
}

SlideTable NotesSlide::table() const
{
    SlideTable result;
    if (press())
        return result;  // notes are internal: never drawn for the press
    const QVector<int> columns = {NoteListModel::ItemColumn, NoteListModel::KindColumn, NoteListModel::TextColumn,
                                  NoteListModel::ReviewerColumn, NoteListModel::SeenColumn,
                                  NoteListModel::ProposedColumn, NoteListModel::StateColumn};
    for (const int column : columns)
        result.columns.append({m_model.headerData(column, Qt::Horizontal).toString()});
    for (int row = 0; row < m_model.rowCount(); ++row) {
        QStringList cells;
        for (const int column : columns)
            cells << m_model.index(row, column).data().toString();
        result.rows.append(cells);
    }
    return twinned(std::move(result), 0);
}

int NotesSlide::pageCount(const SlideStyle &style, const QSizeF &body) const
{
    return isEmpty() ? 0 : table().pageCount(style, body);
}

void NotesSlide::paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const
{
    table().paint(painter, body, style, page);
}

} // namespace kai::ui
