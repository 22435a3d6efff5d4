// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ViewPage.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QListView;

namespace kai {
class DashboardState;
}

namespace kai::history {
class ChangesModel;
}

namespace kai::ui {

// What changed since a previous briefing (chosen from the export register) or a date, in plain
// sentences grouped by view. Enter or a double-click on a line opens the item in its view.
class ChangesView : public ViewPage
{
    Q_OBJECT

public:
    explicit ChangesView(const DashboardState &state, QWidget *parent = nullptr);

    QString title() const override;
    // The title before the view exists (the shell builds views on their first visit).
    static QString titleText();
    bool showsIllustrativeData() const override { return false; }

    history::ChangesModel *model() const { return m_model; }
    QComboBox *sinceChoice() const { return m_since; }
    QDateEdit *sinceDay() const { return m_day; }
    QListView *list() const { return m_list; }
    // The view and item a row opens; ViewId::Changes when it names nothing to open.
    std::pair<ViewId, QVariant> targetOf(int row) const;
    void openRow(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillBriefings();
    void applySince();
    void showReport();

    const DashboardState &m_state;
    history::ChangesModel *m_model;
    QLabel *m_sinceLabel;
    QComboBox *m_since;
    QDateEdit *m_day;
    QLabel *m_heading;
    QListView *m_list;
    QLabel *m_notes;
};

} // namespace kai::ui
