// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RoundDetails.h"
#include "items/SnapshotTableModel.h"

namespace kai {

// The results of one round: one row per consortium, one column per criterion the round used (read
// from the database), then the weighted total, outcome, publication date and source.
class RoundResultsByRoundModel : public SnapshotTableModel
{
    Q_OBJECT

public:
    enum FixedColumn { ConsortiumColumn, RankColumn, FirstCriterionColumn };

    explicit RoundResultsByRoundModel(const DashboardState &state, QObject *parent = nullptr);

    qint64 stageId() const { return m_stageId; }
    void setStageId(qint64 stageId);

    const domain::RoundDetails &details() const { return m_details; }
    const QVector<domain::RoundResult> &results() const { return m_results; }
    // A total its corrected criteria no longer add up to (RoundDetails::staleTotal); the press
    // profile is not told a sum that includes an illustrative or confidential score.
    std::optional<domain::RoundDetails::StaleTotal> staleTotal(const domain::RoundResult &result) const;
    // The same for a criterion whose corrected sub-criteria no longer add up to its score.
    std::optional<domain::RoundDetails::StaleTotal> staleParent(qint64 consortiumId, const domain::Criterion &criterion) const;
    QString loadError() const { return m_loadError; }

    int totalColumn() const { return FirstCriterionColumn + int(m_details.criteria.size()); }
    int outcomeColumn() const { return totalColumn() + 1; }
    int publishedColumn() const { return totalColumn() + 2; }
    int sourceColumn() const { return totalColumn() + 3; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void detailsChanged();

protected:
    int rows() const override { return int(m_results.size()); }
    int columns() const override { return sourceColumn() + 1; }
    QString columnTitle(int column) const override;
    void rebuild() override;
    int sourceCodeColumn() const override { return sourceColumn(); }

private:
    const domain::Criterion *criterionAt(int column) const;
    QVariant display(const domain::RoundResult &result, int column) const;
    QVariant sortKey(const domain::RoundResult &result, int column) const;
    QString criterionText(const domain::RoundResult &result, const domain::Criterion &criterion) const;
    QString outcomeText(const domain::RoundResult &result) const;
    const domain::CriterionScore *criterionScoreAt(const domain::RoundResult &result, int column) const;
    QString correctionLine(const domain::RoundResult &result, int column) const;
    QString marked(const QString &value, bool confidential, qint64 sourceId) const;
    std::optional<domain::RoundDetails::StaleTotal> pressSafe(std::optional<domain::RoundDetails::StaleTotal> stale,
                                                              qint64 consortiumId) const;
    qint64 cellSourceId(const domain::RoundResult &result, int column) const;
    bool cellConfidential(const domain::RoundResult &result, int column) const;

    qint64 m_stageId = 0;
    QVector<domain::RoundResult> m_results;
    domain::RoundDetails m_details;
    QString m_loadError;
};

} // namespace kai
