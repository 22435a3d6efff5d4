// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace kai::files {

// Says why a path that was named does not lead to a file: "does not exist" is wrong for a symbolic
// link that goes round in a circle, a link whose target is gone, or a name this platform's file
// names cannot carry.
class MissingPathExplainer
{
    Q_DECLARE_TR_FUNCTIONS(MissingPathExplainer)

public:
    enum class Kind { Missing, LinkLoop, DanglingLink, UndecodableName };

    static Kind classify(const QString &path);
    // A translated sentence naming the path; call it only when the path does not exist.
    static QString explain(const QString &path);
};

} // namespace kai::files
