// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

class QAction;
class QHBoxLayout;
class QLabel;

namespace kai {
class DashboardState;
class ConsortiumAllocationModel;
class ConsortiumMemberModel;
class ConsortiumReleaseModel;
class ConsortiumRoundModel;
class OrganisationHistoryModel;
}

namespace kai::ui {

class DetailSection;

// Everything known about one consortium on the as-of date: members by kind with their roles,
// released models, GPU allocations and its result in every round, each with its source. Selecting
// a member shows every consortium that organisation ever belonged to.
class ConsortiumDetailPanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit ConsortiumDetailPanel(const DashboardState &state, QWidget *parent = nullptr);

    qint64 consortiumId() const { return m_consortiumId; }
    void setConsortiumId(qint64 id);
    // Shows the history of one member organisation (0 hides it).
    void showOrganisationHistory(qint64 organisationId);
    qint64 historyOrganisationId() const;
    // Selects a member organisation of the consortium shown (its row in the members table).
    void selectMember(qint64 organisationId);
    qint64 selectedMemberId() const;

    DetailSection *membersSection() const { return m_members; }
    DetailSection *historySection() const { return m_history; }
    DetailSection *releasesSection() const { return m_releases; }
    DetailSection *allocationsSection() const { return m_allocations; }
    DetailSection *roundsSection() const { return m_rounds; }
    QString titleText() const;
    QString breachText() const;
    bool showsIllustrativeData() const;
    // Buttons for the edits of the consortium shown (members joining, releases, ...).
    void addEditButtons(const QList<QAction *> &actions);
    // Moves keyboard focus into the panel (the members table).
    void focusDetail();

signals:
    void illustrativeDataChanged();
    // A consortium in a member's history was activated (Enter or double-click): show that one.
    void consortiumActivated(qint64 consortiumId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshHeader();
    void refreshHistoryTexts();
    void retranslate();
    void onMemberSelected();

    const DashboardState &m_state;
    qint64 m_consortiumId = 0;
    ConsortiumMemberModel *m_memberModel;
    OrganisationHistoryModel *m_historyModel;
    ConsortiumReleaseModel *m_releaseModel;
    ConsortiumAllocationModel *m_allocationModel;
    ConsortiumRoundModel *m_roundModel;
    QHBoxLayout *m_editButtons = nullptr;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_summary;
    QLabel *m_breach;
    QLabel *m_placeholder;
    QLabel *m_historyHint;
    QLabel *m_historyBreach;
    DetailSection *m_members;
    DetailSection *m_history;
    DetailSection *m_releases;
    DetailSection *m_allocations;
    DetailSection *m_rounds;
    QWidget *m_content;
};

} // namespace kai::ui
