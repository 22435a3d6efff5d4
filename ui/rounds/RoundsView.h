// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ViewPage.h"
#include "domain/DomainTypes.h"

#include <utility>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace kai {
class DashboardState;
class RoundResultsByRoundModel;
}

namespace kai::ui {

class BumpChart;
class FundingPanel;
class ShownUpdates;
class HorizontalBarChart;
class WhatIfPanel;

// Each selection and elimination round: its results by criterion, performance against the frozen
// reference and the 95 % target, a what-if simulation of the weights, and program-wide views (the
// funnel, rank movement and funding), all as known on the as-of date.
class RoundsView : public ViewPage
{
    Q_OBJECT

public:
    explicit RoundsView(const DashboardState &state, QWidget *parent = nullptr);

    QString title() const override;
    // The title before the view exists (the shell builds views on their first visit).
    static QString titleText();
    bool showsIllustrativeData() const override;
    // key: a stage id, selecting that round; or {"stage", "consortium"}: also that result.
    void focusItem(const QVariant &key) override;
    QVariantMap editContext() const override { return {{QStringLiteral("stage"), chosenStageId()}}; }

    RoundResultsByRoundModel *model() const { return m_model; }
    QComboBox *roundPicker() const { return m_roundPicker; }
    QLabel *roundSummary() const { return m_roundSummary; }
    QTableView *table() const { return m_table; }
    WhatIfPanel *whatIf() const { return m_whatIf; }
    QTabWidget *tabs() const { return m_tabs; }
    HorizontalBarChart *performanceChart() const { return m_performance; }
    HorizontalBarChart *funnelChart() const { return m_funnel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void selectResultOf(qint64 consortiumId);
    QWidget *createResultsTab();
    QWidget *createPerformanceTab();
    QWidget *createFunnelTab();
    QWidget *createMovementTab();
    void fillRoundPicker();
    void onRoundChosen();
    void onSnapshotChanged();
    void refreshRound();
    void refreshPerformance();
    void refreshProgramWide();
    void retranslate();
    void retranslateWhenShown();
    const quint64 m_retranslateKey = nextUpdateKey();
    // The language and catalogue (by the view's translated title) the texts were last made for.
    std::pair<domain::Language, QString> m_translatedFor;
    qint64 chosenStageId() const;

    const DashboardState &m_state;
    RoundResultsByRoundModel *m_model;
    QLabel *m_heading;
    QLabel *m_description;
    QLabel *m_roundLabel;
    QComboBox *m_roundPicker;
    QLabel *m_roundSummary;
    QTabWidget *m_tabs;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_tableNote;
    QLabel *m_benchmarkLabel;
    QComboBox *m_benchmarkPicker;
    HorizontalBarChart *m_performance;
    QLabel *m_performanceNote;
    WhatIfPanel *m_whatIf;
    HorizontalBarChart *m_funnel;
    QLabel *m_funnelNotes;
    BumpChart *m_movement;
    QLabel *m_movementNote;
    FundingPanel *m_funding;
    ShownUpdates *m_chartUpdates;  // the charts of tabs not on screen are drawn when opened
    qint64 m_pickedStageId = 0;  // the round the reader chose, kept across as-of dates
};

} // namespace kai::ui
