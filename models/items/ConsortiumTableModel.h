// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/SnapshotTableModel.h"

namespace kai {

// One row per consortium known on the as-of date: lead, members by kind, status, latest model,
// GPUs allocated, and the member names (for reading and for search; see SearchRoles.h).
class ConsortiumTableModel : public SnapshotTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn, LeadColumn, LargeEnterpriseColumn, StartupColumn, UniversityColumn, InstituteColumn,
        StatusColumn, LatestModelColumn, GpusColumn, MembersColumn, ColumnCount
    };

    explicit ConsortiumTableModel(const DashboardState &state, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Short headings for the count columns; the tooltip gives the full title.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString shortColumnTitle(int column) const;
    void rebuild() override;

private:
    struct Member
    {
        domain::BilingualText name;
        bool isLead = false;
        bool hasLeft = false;
        bool inAnotherConsortium = false;  // a company overlapping with another membership
    };

    struct Row
    {
        qint64 consortiumId = 0;
        domain::BilingualText name;
        domain::BilingualText lead;
        int members[5] = {0, 0, 0, 0, 0};  // by OrganisationKind
        QVector<Member> memberList;        // lead first, then by joining date
        bool breachesOneConsortiumRule = false;
        domain::ConsortiumStatus status = domain::ConsortiumStatus::Applied;
        QString latestModel;
        QDate latestModelDate;
        domain::DatePrecision latestModelPrecision = domain::DatePrecision::Day;
        int gpuCount = 0;
        bool gpuApproximate = false;  // a count added in is "about N"
        // A source says the team has no GPUs on the day (its code, for the cell).
        bool gpuNoneAllocated = false;
        QString gpuNoneSource;
        double h100Equivalent = 0;
        bool gpuIllustrative = false;  // an allocation counted is an illustrative sample
        // No allocation on the as-of date: the nearest published one before (ended) or after
        // (starting) it; neither when none of the team's allocations is published.
        QDate gpuEndedOn;
        QDate gpuStartsOn;
        bool gpuEndedIllustrative = false;  // the date shown comes from an illustrative allocation
        bool gpuStartsIllustrative = false;
    };

    QVariant display(const Row &row, int column) const;
    // The GPUs on the as-of date, or why there is no number: never an empty cell.
    QString gpuText(const Row &row) const;
    bool gpuIsIllustrative(const Row &row) const;
    QVariant sortKey(const Row &row, int column) const;
    QVariant searchTexts(const Row &row, int column) const;
    QStringList memberNames(const Row &row) const;
    QString memberName(const Member &member) const;
    QString toolTip(const Row &row, int column) const;
    QVector<Member> membersOf(qint64 consortiumId) const;
    bool isOnRoster(const domain::Membership &membership, const QVector<const domain::Membership *> &team) const;

    QVector<Row> m_rows;
};

} // namespace kai
