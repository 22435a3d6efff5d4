// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/XlsxWorkbookWriter.h"

#include "items/DisplayFormat.h"
#include "items/DomainText.h"
#include "items/SnapshotTableModel.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QDate>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <optional>

namespace kai::ui {

namespace {
constexpr int MaxColumnWidth = 60;

// A column's width in Excel's character units: Hangul and other wide characters count twice.
int textWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x1100 ? 2 : 1;
    return width;
}

bool isNumeric(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

// The number a shown text states when the text is nothing but that figure ("1,234", "95.2 %",
// "-3"), with how many decimals it shows; words that merely start with a digit ("1단계 개발")
// state none.
struct ShownFigure
{
    double value = 0;
    int decimals = 0;
    bool percent = false;
};
std::optional<ShownFigure> shownFigure(const QString &text)
{
    static const QRegularExpression figure(QStringLiteral("^([-−+]?)([0-9]{1,3}(?:,[0-9]{3})*|[0-9]+)(?:\\.([0-9]+))?\\s*(%?)$"));
    const QRegularExpressionMatch match = figure.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString digits = match.captured(2).remove(u',');
    if (!match.captured(3).isEmpty())
        digits += u'.' + match.captured(3);
    bool ok = false;
    const double value = digits.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const bool negative = match.captured(1) == QStringLiteral("-") || match.captured(1) == QStringLiteral("−");
    return ShownFigure{negative ? -value : value, int(match.captured(3).size()), !match.captured(4).isEmpty()};
}

// The sort key is what the cell shows, rounded as shown: only then may the cell hold the number
// instead of the text (a stage sorted by its order, a GPU count sorted by H100 equivalents, keep
// their text).
bool showsValue(const std::optional<ShownFigure> &shown, double value)
{
    return shown && std::abs(shown->value - value) <= 0.5 * std::pow(10.0, -shown->decimals) + 1e-9 * std::abs(value);
}
// The table needs a column naming each row's source: its rows name one and no column shows it yet.
bool needsSourceColumn(const QAbstractItemModel &model)
{
    if (!XlsxWorkbookWriter::speaksTableRoles(&model))
        return false;
    for (int column = 0; column < model.columnCount(); ++column) {
        if (model.headerData(column, Qt::Horizontal, SnapshotTableModel::SourceCodeRole).toBool())
            return false;
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!model.data(model.index(row, 0), SnapshotTableModel::SourceCodeRole).toString().isEmpty())
            return true;
    }
    return false;
}
// A row's corrections, each once: a reader of the sheet sees the reason beside the marker, where a
// cell comment would stay hidden until hovered (and is lost in many viewers).
QString xlsxCorrectionLines(const QAbstractItemModel &model, int row)
{
    QStringList lines;
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString line = model.data(model.index(row, column), SnapshotTableModel::CorrectionRole).toString();
        if (!line.isEmpty() && !lines.contains(line))
            lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

bool xlsxNeedsCorrectionColumn(const QAbstractItemModel &model)
{
    if (!XlsxWorkbookWriter::speaksTableRoles(&model))
        return false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!xlsxCorrectionLines(model, row).isEmpty())
            return true;
    }
    return false;
}
} // namespace

XlsxWorkbookWriter::XlsxWorkbookWriter(const ProvenanceStamp &stamp)
    : m_stamp(stamp)
{
    // Money is a number in the unit the reader counts in, shown with it: 12.5억 원 / KRW 1.3 bn.
    m_document.setMoneyFormat(moneyFormat(stamp.language));
}

// Only the snapshot's table models give the roles past Qt::UserRole the meaning used here; other
// models number their own roles the same way (the change log's KindRole is SortRole's number).
bool XlsxWorkbookWriter::speaksTableRoles(const QAbstractItemModel *model)
{
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return qobject_cast<const SnapshotTableModel *>(model) != nullptr;
}

QString XlsxWorkbookWriter::moneyFormat(domain::Language language)
{
    return language == domain::Language::Korean ? QStringLiteral("#,##0.0\"억 원\"") : QStringLiteral("\"KRW \"#,##0.0\" bn\"");
}

QString XlsxWorkbookWriter::validSheetName(const QString &title, QSet<QString> &taken)
{
    QString base = title;
    base.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral(" "));
    base = base.left(28).trimmed();
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    QString name = base;
    for (int n = 2; taken.contains(name.toLower()); ++n)
        name = base + QStringLiteral(" ") + QString::number(n);
    taken.insert(name.toLower());
    return name;
}

void XlsxWorkbookWriter::writeProvenance(int sheet, const QString &title, bool illustrative)
{
    ProvenanceStamp stamp = m_stamp;
    stamp.title = title;
    const QStringList lines = {stamp.headline(), stamp.sourceLine(), stamp.detailLine(), stamp.checksumLine()};
    for (int row = 0; row < int(lines.size()); ++row)
        m_document.setText(sheet, row, 0, lines[row], row == 0 ? XlsxDocument::Title : XlsxDocument::Plain);
    if (illustrative && m_stamp.profile == ExportProfile::Internal)
        m_document.setText(sheet, 4, 0,
                           tr("Shaded cells are illustrative sample figures, not reported data (%1).")
                               .arg(ProvenanceStamp::illustrativeBanner()),
                           XlsxDocument::Shaded);
}

void XlsxWorkbookWriter::addTable(const QString &title, const QAbstractItemModel &model)
{
    const int sheet = m_document.addSheet(validSheetName(title, m_sheetNames));
    m_tableRoles = speaksTableRoles(&model);
    const int modelColumns = model.columnCount();
    const bool sourceColumn = needsSourceColumn(model);
    const bool correctionColumn = xlsxNeedsCorrectionColumn(model);
    const int correctionAt = correctionColumn ? modelColumns : -1;
    const int sourceAt = modelColumns + (correctionColumn ? 1 : 0);
    const int columns = sourceAt + (sourceColumn ? 1 : 0);
    const int rows = model.rowCount();
    const int headerRow = ProvenanceRows + 1;
    QVector<int> widths(columns, 8);
    for (int column = 0; column < columns; ++column) {
        const QString header = column < modelColumns ? model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()
            : column == correctionAt                 ? correctionColumnTitle()
                                                     : sourceColumnTitle();
        m_document.setText(sheet, headerRow, column, header, XlsxDocument::Header);
        widths[column] = std::max(widths[column], textWidth(header) + 2);
    }
    bool illustrative = false;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < modelColumns; ++column) {
            widths[column] = std::max(widths[column], writeCell(sheet, headerRow + 1 + row, column, model, row));
            illustrative = illustrative || tableRole(model.index(row, column), SnapshotTableModel::IllustrativeRole).toBool();
        }
        if (correctionColumn) {
            const QString lines = xlsxCorrectionLines(model, row);
            m_document.setText(sheet, headerRow + 1 + row, correctionAt, lines);
            for (const QString &line : lines.split(QLatin1Char('\n')))
                widths[correctionAt] = std::max(widths[correctionAt], textWidth(line) + 2);
        }
        if (sourceColumn) {
            const QString code = sourceText(model.data(model.index(row, 0), SnapshotTableModel::SourceCodeRole).toString());
            m_document.setText(sheet, headerRow + 1 + row, sourceAt, code);
            widths[sourceAt] = std::max(widths[sourceAt], textWidth(code) + 2);
        }
    }
    writeProvenance(sheet, title, illustrative);
    for (int column = 0; column < columns; ++column)
        m_document.setColumnWidth(sheet, column, std::min(widths[column], MaxColumnWidth));
    m_document.freezeRows(sheet, headerRow + 1);
    if (columns > 0)
        m_document.setAutoFilter(sheet, headerRow, headerRow + std::max(rows, 1), 0, columns - 1);
}

QString XlsxWorkbookWriter::sourceText(const QString &codes) const
{
    QStringList shown;
    for (const QString &part : codes.split(u',', Qt::SkipEmptyParts)) {
        QString code = part.trimmed();
        if (m_illustrativeSources.contains(code)) {
            if (m_stamp.profile == ExportProfile::Press)
                continue;
            code = DomainText::illustrative();
        }
        if (!code.isEmpty() && !shown.contains(code))
            shown.append(code);
    }
    return shown.join(QStringLiteral(", "));
}

bool XlsxWorkbookWriter::shows(const QString &text, const QDate &date) const
{
    return date.isValid() && (text == DisplayFormat(m_stamp.language).date(date) || text == date.toString(Qt::ISODate));
}

QVariant XlsxWorkbookWriter::tableRole(const QModelIndex &index, int role) const
{
    return m_tableRoles ? index.data(role) : QVariant();
}

int XlsxWorkbookWriter::writeCell(int sheet, int row, int column, const QAbstractItemModel &model, int modelRow)
{
    using D = XlsxDocument;
    const QModelIndex index = model.index(modelRow, column);
    const bool sourceCell = m_tableRoles && model.headerData(column, Qt::Horizontal, SnapshotTableModel::SourceCodeRole).toBool();
    const QString shown = model.data(index, Qt::DisplayRole).toString();
    const QString text = sourceCell ? sourceText(shown) : shown;
    const QVariant raw = tableRole(index, SnapshotTableModel::SortRole);
    const bool illustrative = tableRole(index, SnapshotTableModel::IllustrativeRole).toBool();
    const bool confidential = tableRole(index, SnapshotTableModel::ConfidentialRole).toBool();
    if (text.isEmpty())
        return 0;
    if (m_stamp.profile == ExportProfile::Press && (illustrative || confidential)) {
        m_document.setText(sheet, row, column, maskedText());
        return 3;
    }
    if (raw.typeId() == QMetaType::QDate && shows(text, raw.toDate())) {
        m_document.setDate(sheet, row, column, raw.toDate().startOfDay(QTimeZone::utc()), illustrative ? D::ShadedDate : D::Date);
        return 12;
    }
    if (const QVariant money = tableRole(index, SnapshotTableModel::MoneyRole); money.isValid()) {
        m_document.setNumber(sheet, row, column, money.toDouble() / DisplayFormat(m_stamp.language).moneyUnit(),
                             illustrative ? D::ShadedMoney : D::Money);
        return textWidth(text) + 2;
    }
    if (const std::optional<ShownFigure> shown = shownFigure(text)) {
        // The sort key's full precision when it is what the cell shows; otherwise the figure shown (a GPU
        // count sorted by its H100 equivalents is still the count): a number, never a number as text.
        const double value = isNumeric(raw) && showsValue(shown, raw.toDouble()) ? raw.toDouble() : shown->value;
        if (shown->percent)
            m_document.setNumber(sheet, row, column, value / 100.0, illustrative ? D::ShadedPercent : D::Percent);
        else
            m_document.setNumber(sheet, row, column, value,
                                 illustrative ? D::ShadedDecimal : value == double(qint64(value)) ? D::Integer : D::Decimal);
        return textWidth(text) + 2;
    }
    m_document.setText(sheet, row, column, text, illustrative ? D::Shaded : D::Plain);
    return textWidth(text) + 2;
}

QString XlsxWorkbookWriter::write(const QString &path)
{
    XlsxDocument::Properties properties;
    properties.title = m_stamp.headline();
    properties.subject = m_stamp.sourceLine();
    properties.author = QStringLiteral("K-AI Dashboard ") + QCoreApplication::applicationVersion();
    properties.comments = m_stamp.detailLine() + QStringLiteral(" · ") + m_stamp.checksumLine();
    properties.keywords = QStringLiteral("as-of %1, checksum %2").arg(m_stamp.asOf.toString(Qt::ISODate), m_stamp.checksum);
    properties.custom = {{QStringLiteral("As of"), m_stamp.asOf.toString(Qt::ISODate)},
                         {QStringLiteral("Data checksum"), m_stamp.checksum},
                         {QStringLiteral("App version"), QCoreApplication::applicationVersion()},
                         {QStringLiteral("Profile"), ExportSettings::profileName(m_stamp.profile)}};
    m_document.setProperties(properties);
    return m_document.write(path);
}

} // namespace kai::ui
