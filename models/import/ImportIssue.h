// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace kai::import {

// One problem found in an import file: where it is and why the row (or column) was not used.
struct ImportIssue
{
    QString file;
    qint64 line = 0;  // 1-based physical line; the header is line 1
    QString column;   // empty when the problem concerns the whole row
    QString reason;
};

using ImportIssues = QVector<ImportIssue>;

} // namespace kai::import
