// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ViewPage.h"
#include "review/ReviewItemKey.h"

class QBoxLayout;
class QComboBox;
class QGridLayout;
class QDateEdit;
class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;

namespace kai {
class DashboardState;
class GpuSummaryTableModel;
class GpuUsagePeriodModel;
}

namespace kai::ui {

class BarChart;
class LineChart;

// Leased GPUs: allocation against use per consortium, monthly use (drill to days), utilisation,
// raw and H100-equivalent hours. Figures come from the daily rollup, so the view stays fast with
// ten million samples in the database.
class GpuUsageView : public ViewPage
{
    Q_OBJECT

public:
    explicit GpuUsageView(const DashboardState &state, QWidget *parent = nullptr);

    QString title() const override;
    // The title before the view exists (the shell builds views on their first visit).
    static QString titleText();
    QString description() const;
    bool showsIllustrativeData() const override;
    // key: {"consortium": id, "month": first day}; selects that cell of the months table.
    void focusItem(const QVariant &key) override;

    GpuSummaryTableModel *model() const { return m_model; }
    GpuUsagePeriodModel *periodModel() const { return m_periodModel; }
    BarChart *monthlyChart() const { return m_monthlyChart; }
    BarChart *allocationChart() const { return m_allocationChart; }
    LineChart *utilisationChart() const { return m_utilisationChart; }
    // Says in words what there is nothing of (no allocation known on the date, nothing in the filters).
    QLabel *emptyState() const { return m_emptyState; }
    QComboBox *consortiumFilter() const { return m_consortiumBox; }
    QComboBox *providerFilter() const { return m_providerBox; }
    QComboBox *gpuModelFilter() const { return m_modelBox; }
    QTableView *periodTable() const { return m_periodTable; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The filter choices side by side while they fit, one under another with large text.
    void reflowFilters();
    // The allocation and utilisation charts side by side while both titles and legends fit, one
    // under the other otherwise (a narrow window, large system text).
    void reflowCharts();
    // The width the page's rows get inside the scroll area.
    int contentWidth() const;
    QWidget *createFilters();
    void fillFilterChoices();
    std::optional<review::ReviewItemKey> gpuMonthKey(const QModelIndex &tableIndex) const;
    void applyFilters();
    void drillInto(int periodIndex);
    void refreshFigures();
    void refreshCharts();
    void refreshHeadline();
    void refreshEmptyState();
    void retranslate();
    const quint64 m_retranslateKey = nextUpdateKey();

    const DashboardState &m_state;
    GpuSummaryTableModel *m_model;
    GpuUsagePeriodModel *m_periodModel;
    QLabel *m_heading;
    QLabel *m_description;
    QLabel *m_illustrativeNote;
    QLabel *m_headline;
    QLabel *m_flags;
    QLabel *m_emptyState;
    QLabel *m_factors;
    QLabel *m_consortiumLabel;
    QLabel *m_providerLabel;
    QLabel *m_modelLabel;
    QLabel *m_rangeLabel;
    QComboBox *m_consortiumBox;
    QComboBox *m_providerBox;
    QComboBox *m_modelBox;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QPushButton *m_monthsButton;
    QBoxLayout *m_choiceRow = nullptr;
    BarChart *m_monthlyChart;
    BarChart *m_allocationChart;
    LineChart *m_utilisationChart;
    QGridLayout *m_chartGrid = nullptr;
    QTableView *m_periodTable;
    QTableView *m_summaryTable;
};

} // namespace kai::ui
