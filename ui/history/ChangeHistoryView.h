// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ViewPage.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTabWidget;

namespace kai {
class DashboardState;
class ExportRegisterModel;
}

namespace kai::history {
class ChangeLogFilterModel;
class ChangeLogModel;
}

namespace kai::ui {

// Who changed what, when and why: the change log with filters by kind of fact, person, date range
// and text. Enter or a double-click opens the changed item in its view. A second tab lists the
// export register: what was shown, to whom, from which data.
class ChangeHistoryView : public ViewPage
{
    Q_OBJECT

public:
    explicit ChangeHistoryView(const DashboardState &state, QWidget *parent = nullptr);

    QString title() const override;
    // The title before the view exists (the shell builds views on their first visit).
    static QString titleText();
    bool showsIllustrativeData() const override { return false; }

    QTableView *table() const { return m_table; }
    QTableView *exportsTable() const { return m_exportsTable; }
    QTabWidget *tabs() const { return m_tabs; }
    history::ChangeLogFilterModel *filter() const { return m_filter; }
    // The view and item a row of the log opens; ViewId::History when it names nothing to open.
    std::pair<ViewId, QVariant> targetOf(int proxyRow) const;
    void openRow(int proxyRow);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillChoices();
    void applyFilters();

    const DashboardState &m_state;
    history::ChangeLogModel *m_model;
    history::ChangeLogFilterModel *m_filter;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_personLabel;
    QComboBox *m_person;
    QLabel *m_rangeLabel;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_text;
    QTableView *m_table;
    ExportRegisterModel *m_exports;
    QTableView *m_exportsTable;
    QTabWidget *m_tabs;
};

} // namespace kai::ui
