// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportReportWriter.h"

#include "files/OutputFileGuard.h"

#include <QDir>
#include <QSaveFile>

namespace kai::import {

namespace {
// A report is read by people and spreadsheets: only valid UTF-8, no NUL or other control bytes
// (a field read from a damaged CSV may carry them). Tabs and line breaks stay; quoting keeps them.
QString printable(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean.append(c).append(text.at(++i));
            continue;
        }
        const bool control = c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r';
        clean.append(control || c.isSurrogate() || c.unicode() == 0x7F ? QChar(QChar::ReplacementCharacter) : c);
    }
    return clean;
}

QByteArray csvField(const QString &text)
{
    QByteArray bytes = printable(text).toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}
} // namespace

QString ImportReportWriter::reportPathFor(const QString &csvPath)
{
    return csvPath + QStringLiteral(".import-report.csv");
}

QString ImportReportWriter::write(const QString &reportPath, const ImportIssues &issues, qint64 issuesNotListed)
{
    // QSaveFile would write through a symbolic link to its target; a report is never worth that.
    if (const QString refusal = files::OutputFileGuard::refusal(reportPath); !refusal.isEmpty())
        return tr("The import report was not written: %1").arg(refusal);
    QSaveFile file(reportPath);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return failure(reportPath, file.errorString());
    file.write("file,line,column,reason\n");
    for (const ImportIssue &issue : issues) {
        file.write(csvField(issue.file) + ',' + QByteArray::number(issue.line) + ',' + csvField(issue.column) + ','
                   + csvField(issue.reason) + '\n');
    }
    if (issuesNotListed > 0)
        file.write(",,," + csvField(QStringLiteral("%1 further problems not listed").arg(issuesNotListed)) + '\n');
    if (!file.commit())
        return failure(reportPath, file.errorString());
    return {};
}

QString ImportReportWriter::failure(const QString &reportPath, const QString &reason)
{
    return tr("The import report %1 could not be written: %2").arg(QDir::toNativeSeparators(reportPath), reason);
}

} // namespace kai::import
