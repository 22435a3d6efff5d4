// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpu/GpuImportTemplate.h"

#include "DashboardState.h"
#include "export/XlsxDocument.h"
#include "import/GpuUsageColumns.h"
#include "items/GpuUsagePeriodModel.h"



namespace kai::ui {

namespace {
using C = import::GpuUsageColumns;
using D = XlsxDocument;

// Writes a list in a column of the hidden Lists sheet and returns the range that refers to it.
QString writeList(XlsxDocument &document, int lists, int column, const QStringList &values)
{
    for (int row = 0; row < int(values.size()); ++row)
        document.setText(lists, row, column, values[row]);
    const QString letter(QChar(u'A' + column));
    return QStringLiteral("Lists!$%1$1:$%1$%2").arg(letter).arg(std::max<qsizetype>(values.size(), 1));
}
} // namespace

QString GpuImportTemplate::columnHelp(int column)
{
    switch (C::Column(column)) {
    case C::PeriodStart:
        return tr("Required. Start of the period: a date (2026-03-01) or date and time (2026-03-01 09:00), "
                  "Korea Standard Time.");
    case C::PeriodEnd: return tr("Optional. End of the period; empty: one hour after a time, one day after a date.");
    case C::Consortium: return tr("Required. Consortium code from the list, or its name or lead organisation.");
    case C::GpuModel: return tr("Required. GPU model from the list.");
    case C::GpuHoursUsed: return tr("Required. GPU-hours used in the period, a number of 0 or more.");
    case C::Provider: return tr("Optional. Cloud provider from the list; empty: undisclosed.");
    case C::Node: return tr("Optional. Cluster node name; empty: one shared unspecified node.");
    case C::UtilizationPct: return tr("Optional. Average utilisation in percent, 0 to 100.");
    case C::Count: break;
    }
    return {};
}

QString GpuImportTemplate::write(const QString &path) const
{
    XlsxDocument document;
    const int sheet = document.addSheet(QStringLiteral("GPU usage"));
    const int lists = document.addSheet(QStringLiteral("Lists"), true);
    for (int column = 0; column < C::Count; ++column) {
        document.setText(sheet, 0, column, QString::fromLatin1(C::name(C::Column(column))), D::Header);
        document.setComment(sheet, 0, column, columnHelp(column));
        document.setColumnWidth(sheet, column, column <= C::PeriodEnd ? 18 : 16);
    }
    document.freezeRows(sheet, 1);

    QStringList consortia;
    for (const domain::Consortium &consortium : m_state.snapshot().consortia)
        consortia << consortium.code;
    const GpuUsagePeriodModel choices(m_state);
    QStringList models;
    for (const auto &choice : choices.gpuModels())
        models << choice.code;
    QStringList providers;
    for (const auto &choice : choices.providers())
        providers << choice.code;
    // A warning only: the importer also takes names ("LG AI연구원") where the list has codes.
    const QString notListed = tr("This value is not in the database's list; the import will check it.");
    document.addListValidation(sheet, C::Consortium, 1, writeList(document, lists, 0, consortia), notListed);
    document.addListValidation(sheet, C::GpuModel, 1, writeList(document, lists, 1, models), notListed);
    document.addListValidation(sheet, C::Provider, 1, writeList(document, lists, 2, providers), notListed);

    // Two rows that import as they are: an hour on a named node, a day without one.
    document.setDate(sheet, 1, C::PeriodStart, QDateTime(QDate(2026, 3, 2), QTime(9, 0)), D::DateTime);
    document.setDate(sheet, 2, C::PeriodStart, QDateTime(QDate(2026, 3, 3), QTime(0, 0)), D::Date);
    for (int row = 1; row <= 2; ++row) {
        document.setText(sheet, row, C::Consortium, consortia.value((row - 1) % std::max<qsizetype>(consortia.size(), 1)));
        document.setText(sheet, row, C::GpuModel, models.value(0));
    }
    document.setNumber(sheet, 1, C::GpuHoursUsed, 7.5);
    document.setNumber(sheet, 2, C::GpuHoursUsed, 180.5);
    document.setText(sheet, 1, C::Provider, providers.value(0));
    document.setText(sheet, 1, C::Node, QStringLiteral("node-01"));
    document.setNumber(sheet, 1, C::UtilizationPct, 90);
    return document.write(path);
}

} // namespace kai::ui
