// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace kai::app {

// The options of the review commands: make-review-copy --out FILE [--as-of DATE],
// export-notes --out FILE, merge-notes FILE... They borrow --out and --as-of from export and
// refuse every other export option.
class ReviewArguments
{
    Q_DECLARE_TR_FUNCTIONS(ReviewArguments)

public:
    static bool handles(const QString &command);
    // An empty string or a translated reason.
    static QString read(const QCommandLineParser &parser, AppOptions &options);

private:
    static QString refuseOtherOptions(const QCommandLineParser &parser, const AppOptions &options,
                                      const QStringList &allowed);
};

} // namespace kai::app
