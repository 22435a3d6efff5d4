// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportReportWriter.h"

#include <QSaveFile>

namespace kai::import {

namespace {
QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
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
    QSaveFile file(reportPath);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write("file,line,column,reason\n");
    for (const ImportIssue &issue : issues) {
        file.write(csvField(issue.file) + ',' + QByteArray::number(issue.line) + ',' + csvField(issue.column) + ','
                   + csvField(issue.reason) + '\n');
    }
    if (issuesNotListed > 0)
        file.write(",,," + csvField(QStringLiteral("%1 further problems not listed").arg(issuesNotListed)) + '\n');
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace kai::import
