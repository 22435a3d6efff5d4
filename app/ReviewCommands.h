// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include <QTextStream>

namespace kai::store {
class Database;
}

namespace kai::app {

// The offline-review commands. Exit codes: 0 done; 2 bad arguments, an unusable database or
// notes file, or nothing could be written (then nothing was changed).
//   make-review-copy --out FILE [--db FILE] [--as-of DATE]
//   export-notes --out FILE [--db FILE]
//   merge-notes FILE... [--db FILE]
class ReviewCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommands)

public:
    static bool handles(const QString &command);
    static int run(const AppOptions &options, QTextStream &out, QTextStream &err);

private:
    static int makeReviewCopy(store::Database &database, const AppOptions &options, QTextStream &out,
                              QTextStream &err);
    static int exportNotes(store::Database &database, const AppOptions &options, QTextStream &out,
                           QTextStream &err);
    static int mergeNotes(store::Database &database, const AppOptions &options, QTextStream &out,
                          QTextStream &err);
};

} // namespace kai::app
