// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/SnapshotTableModel.h"

namespace kai {

// The public sources (and the illustrative-sample marker) behind the database's figures.
class SourceTableModel : public SnapshotTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, TitleColumn, PublishedColumn, ConfidenceColumn, UrlColumn, ColumnCount };

    explicit SourceTableModel(const DashboardState &state, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    static QString confidenceText(const QString &code);

protected:
    int rows() const override { return int(m_sources.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    void rebuild() override;
    int sourceCodeColumn() const override { return CodeColumn; }

private:
    QVector<domain::Source> m_sources;
};

} // namespace kai
