// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/NoteListModel.h"
#include "slides/Slide.h"
#include "slides/SlideTable.h"

namespace kai::ui {

// The last page of an internal briefing pack when the database has reviewers' notes: each note
// with its item, kind, reviewer, the value seen, the value proposed and its state. Never part of
// a press export (BriefingPack leaves it out, and the slide draws nothing in press mode).
class NotesSlide : public Slide
{
    Q_DECLARE_TR_FUNCTIONS(NotesSlide)

public:
    explicit NotesSlide(const DashboardState &state);

    bool isEmpty() const;
    QString title() const override;
    QString headline() const override;
    QString context() const override;
    bool showsIllustrativeData() const override { return false; }
    int pageCount(const SlideStyle &style, const QSizeF &body) const override;

protected:
    void paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const override;

private:
    SlideTable table() const;
    QVector<SlideTable> tables() const override { return {table()}; }

    review::NoteListModel m_model;
};

} // namespace kai::ui
