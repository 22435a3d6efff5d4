// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/ExportRegisterModel.h"

#include "DashboardState.h"
#include "items/DisplayFormat.h"
#include "store/Database.h"
#include "store/ExportRegisterStore.h"
#include "store/StoreError.h"

namespace kai {

ExportRegisterModel::ExportRegisterModel(QObject *parent) : QAbstractTableModel(parent) {}

void ExportRegisterModel::setRecords(const QVector<history::ExportRecord> &records, domain::Language language)
{
    beginResetModel();
    m_records = records;
    m_language = language;
    endResetModel();
}

void ExportRegisterModel::reload(const DashboardState &state)
{
    QVector<history::ExportRecord> records;
    if (store::Database *database = state.database()) {
        try {
            records = store::ExportRegisterStore(database->sql()).list();
        } catch (const store::StoreError &) {
            // A database from before the register (version 5) has none.
        }
    }
    setRecords(records, state.language());
}

int ExportRegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ExportRegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExportRegisterModel::display(const history::ExportRecord &record, int column) const
{
    const DisplayFormat format(m_language);
    switch (column) {
    case WhenColumn:
        // Local time of the reader; the register keeps UTC.
        return format.locale().toString(record.exportedAt.toLocalTime(), QLocale::ShortFormat);
    case TargetColumn:
        return record.target == QLatin1String("pack") ? tr("Briefing pack") : record.target;
    case LanguageColumn:
        return record.language == QLatin1String("ko") ? tr("Korean") : tr("English");
    case ProfileColumn:
        return record.profile == QLatin1String("press") ? tr("Press") : tr("Internal review");
    case AsOfColumn: return format.date(record.asOf);
    case ChecksumColumn: return record.checksum;
    case FileColumn: return record.fileName;
    }
    return {};
}

QVariant ExportRegisterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const history::ExportRecord &record = m_records.at(index.row());
    if (role == Qt::DisplayRole)
        return display(record, index.column());
    if (role == Qt::ToolTipRole && index.column() == WhenColumn)
        return record.exportedAt.toUTC().toString(Qt::ISODate);
    return {};
}

QVariant ExportRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn: return tr("Exported");
    case TargetColumn: return tr("View");
    case LanguageColumn: return tr("Language");
    case ProfileColumn: return tr("Profile");
    case AsOfColumn: return tr("As of");
    case ChecksumColumn: return tr("Checksum");
    case FileColumn: return tr("File");
    }
    return {};
}

} // namespace kai
