// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ViewPage.h"
#include "domain/ProgramSnapshot.h"
#include "domain/RoundDetails.h"
#include "domain/WeightedRanking.h"

#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableWidget;

namespace kai::ui {

class ContentColumnWidths;

// A simulation of one round under other criterion weights: one slider per scored criterion,
// re-ranked live by WeightedRanking next to the official outcome. Holds copies of the round's data
// and never writes anything back.
class WhatIfPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { ConsortiumColumn, RankColumn, TotalColumn, SimulatedColumn, OfficialColumn, DistanceColumn,
                  ColumnCount };

    explicit WhatIfPanel(QWidget *parent = nullptr);

    void setRound(const domain::ProgramSnapshot &snapshot, qint64 stageId, const domain::RoundDetails &details,
                  domain::Language language);
    void setLanguage(domain::Language language);

    bool hasCriteria() const { return !m_weights.isEmpty(); }
    QSlider *sliderFor(const QString &criterionCode) const;
    QPushButton *resetButton() const { return m_reset; }
    QTableWidget *table() const { return m_table; }
    const domain::WeightedRanking::Result &result() const { return m_result; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Weight
    {
        domain::Criterion criterion;
        double official = 0;
        QLabel *label = nullptr;
        QSlider *slider = nullptr;
        QSpinBox *spin = nullptr;
    };

    struct Group
    {
        domain::Criterion criterion;
        QLabel *label = nullptr;
    };

    void rebuildControls();
    double groupWeight(qint64 parentId) const;
    QString gateNames() const;
    void clearControls();
    void addWeightRow(const domain::Criterion &criterion, int row);
    void recompute();
    void reset();
    void retranslate();
    void fillTable();
    QString consortiumName(qint64 id) const;
    QString criterionName(qint64 id) const;
    QString officialText(qint64 consortiumId) const;
    QString flipText() const;
    QString notesText() const;
    domain::WeightedRanking::Input input() const;

    domain::ProgramSnapshot m_snapshot;
    qint64 m_stageId = 0;
    domain::RoundDetails m_details;
    domain::Language m_language = domain::Language::English;
    int m_advancing = 0;
    const quint64 m_retranslateKey = ViewPage::nextUpdateKey();
    QVector<Weight> m_weights;
    QVector<Group> m_groups;  // parents whose weight is the sum of their children's sliders
    domain::WeightedRanking::Result m_result;

    QLabel *m_banner;
    QLabel *m_intro;
    QGridLayout *m_weightGrid;
    QWidget *m_weightBox;
    QCheckBox *m_gates;
    QPushButton *m_reset;
    QLabel *m_sumLabel;
    QTableWidget *m_table;
    ContentColumnWidths *m_columnWidths = nullptr;
    QLabel *m_flip;
    QLabel *m_notes;
};

} // namespace kai::ui
