// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace kai::edit {

// One reason an edit cannot be saved, keyed by the form field it concerns so a dialog can show it
// next to that field. Messages are translated when made.
struct EditProblem
{
    QString field;
    QString message;
};

using EditProblems = QVector<EditProblem>;

inline QString problemFor(const EditProblems &problems, const QString &field)
{
    QStringList messages;
    for (const EditProblem &problem : problems) {
        if (problem.field == field)
            messages << problem.message;
    }
    return messages.join(QLatin1Char('\n'));
}

} // namespace kai::edit
