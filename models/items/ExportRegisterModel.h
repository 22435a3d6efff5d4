// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"
#include "history/ExportRecord.h"

#include <QAbstractTableModel>

namespace kai {

class DashboardState;

// The register of exports, newest first: when, which view or pack, language, profile, as-of date,
// checksum and file name. Filled from store::ExportRegisterStore::list(); the Change history view
// lists it on its Exports tab.
class ExportRegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, TargetColumn, LanguageColumn, ProfileColumn, AsOfColumn, ChecksumColumn, FileColumn, ColumnCount };

    explicit ExportRegisterModel(QObject *parent = nullptr);

    void setRecords(const QVector<history::ExportRecord> &records, domain::Language language);
    // Re-reads the register of the state's database, in its language (empty without one).
    void reload(const DashboardState &state);
    const QVector<history::ExportRecord> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString display(const history::ExportRecord &record, int column) const;

    QVector<history::ExportRecord> m_records;
    domain::Language m_language = domain::Language::English;
};

} // namespace kai
