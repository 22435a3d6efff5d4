// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewArguments.h"

#include <QCommandLineParser>

namespace kai::app {

namespace {
const QString MakeCopy = QStringLiteral("make-review-copy");
const QString ExportNotes = QStringLiteral("export-notes");
const QString MergeNotes = QStringLiteral("merge-notes");
} // namespace

bool ReviewArguments::handles(const QString &command)
{
    return command == MakeCopy || command == ExportNotes || command == MergeNotes;
}

QString ReviewArguments::refuseOtherOptions(const QCommandLineParser &parser, const AppOptions &options,
                                            const QStringList &allowed)
{
    for (const QString &name : ExportArguments::optionNames()) {
        if (parser.isSet(name) && !allowed.contains(name))
            return tr("--%1 does not apply to the %2 command.").arg(name, options.command);
    }
    if (options.strict || options.repairRollup || options.upgrade)
        return tr("%1 takes only the options shown by --help for it.").arg(options.command);
    return {};
}

QString ReviewArguments::read(const QCommandLineParser &parser, AppOptions &options)
{
    if (options.command == MergeNotes) {
        if (options.arguments.isEmpty())
            return tr("merge-notes needs at least one notes file (JSON written by export-notes).");
        if (options.readOnly)
            return tr("merge-notes writes to the database and cannot run with --read-only.");
        return refuseOtherOptions(parser, options, {});
    }
    if (!options.arguments.isEmpty())
        return tr("%1 takes no positional arguments; name the file with --out FILE.").arg(options.command);
    options.reviewOutPath = parser.value(QStringLiteral("out"));
    if (options.reviewOutPath.isEmpty())
        return tr("%1 needs --out FILE.").arg(options.command);
    if (options.command == ExportNotes)
        return refuseOtherOptions(parser, options, {QStringLiteral("out")});
    if (const QString error = ExportArguments::readAsOf(parser, options.reviewAsOf); !error.isEmpty())
        return error;
    return refuseOtherOptions(parser, options, {QStringLiteral("out"), QStringLiteral("as-of")});
}

} // namespace kai::app
