// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ProvenanceStamp.h"
#include "export/XlsxDocument.h"

#include <QCoreApplication>
#include <QSet>

class QAbstractItemModel;
class QModelIndex;

namespace kai::ui {

// An .xlsx workbook of tables built from the item models the views show. Each sheet starts with
// the provenance (headline with the as-of date, source line, app version, checksum), then a frozen
// header row with an autofilter, then the rows with real cell types: dates as dates, numbers as
// numbers, percentages as percentages. In the press profile confidential and illustrative figures
// are masked; in the internal profile illustrative cells are shaded and the sheet says what the
// shading means. The file is written atomically.
class XlsxWorkbookWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbookWriter)

public:
    explicit XlsxWorkbookWriter(const ProvenanceStamp &stamp);

    // A sheet named title (made unique and valid for Excel) holding the model's rows. Money cells
    // (SnapshotTableModel::MoneyRole) are numbers in 억 원 or KRW billion with that unit in their
    // format; rows naming a source (SourceCodeRole) get a Source column unless one shows it.
    void addTable(const QString &title, const QAbstractItemModel &model);
    // The codes of pseudo-sources marking illustrative figures: source cells name them in words
    // of the export's language, and the press leaves them out.
    void setIllustrativeSources(const QStringList &codes) { m_illustrativeSources = codes; }
    // Returns an empty string or a translated reason.
    QString write(const QString &path);

    static constexpr int ProvenanceRows = 5;  // headline, source, detail, checksum, legend
    static QString maskedText() { return QStringLiteral("—"); }
    static QString sourceColumnTitle() { return tr("Source"); }
    // The column beside a table that has corrected cells: what was corrected and why.
    static QString correctionColumnTitle() { return tr("Corrections and reasons"); }
    // The custom number format of money cells in a language: #,##0.0"억 원" or "KRW "#,##0.0" bn".
    static QString moneyFormat(domain::Language language);
    // True when the model (under any proxies) is a SnapshotTableModel, whose cell roles say what
    // is a date, money, illustrative or confidential; other tables are written as their texts.
    static bool speaksTableRoles(const QAbstractItemModel *model);
    // Excel: at most 31 characters, none of []:*?/\, unique without regard to case.
    static QString validSheetName(const QString &title, QSet<QString> &taken);

private:
    void writeProvenance(int sheet, const QString &title, bool illustrative);
    // Writes one cell; returns the width its text needs.
    int writeCell(int sheet, int row, int column, const QAbstractItemModel &model, int modelRow);
    // The text is the date as the table shows dates: only then is the cell an Excel date.
    bool shows(const QString &text, const QDate &date) const;
    // A source cell's codes ("S14, ILLUSTRATIVE, S50") as the export's reader should see them.
    QString sourceText(const QString &codes) const;
    // The cell's value for a SnapshotTableModel role, or nothing when the table has other roles.
    QVariant tableRole(const QModelIndex &index, int role) const;

    ProvenanceStamp m_stamp;
    XlsxDocument m_document;
    QSet<QString> m_sheetNames;
    QStringList m_illustrativeSources;
    bool m_tableRoles = false;
};

} // namespace kai::ui
