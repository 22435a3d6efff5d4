// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/MissingPathExplainer.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace kai::files {

namespace {
// Linux gives up after 40 links (ELOOP); a longer chain is a loop for every practical purpose.
constexpr int MaxLinkHops = 40;
} // namespace

MissingPathExplainer::Kind MissingPathExplainer::classify(const QString &path)
{
    QFileInfo info(path);
    if (!info.isSymLink()) {
        // Qt 6 decodes file names as UTF-8 on Unix; a byte that is not UTF-8 became U+FFFD, and
        // that name no longer leads to the file.
        return path.contains(QChar(QChar::ReplacementCharacter)) ? Kind::UndecodableName : Kind::Missing;
    }
    QSet<QString> seen;
    for (int hop = 0; hop < MaxLinkHops && info.isSymLink(); ++hop) {
        const QString next = info.symLinkTarget();
        if (seen.contains(next))
            return Kind::LinkLoop;
        seen.insert(next);
        info.setFile(next);
    }
    return info.isSymLink() ? Kind::LinkLoop : Kind::DanglingLink;
}

QString MissingPathExplainer::explain(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    switch (classify(path)) {
    case Kind::LinkLoop:
        return tr("%1 is a symbolic link that leads round in a loop and never reaches a file.").arg(shown);
    case Kind::DanglingLink:
        return tr("%1 is a symbolic link to %2, which does not exist.")
            .arg(shown, QDir::toNativeSeparators(QFileInfo(path).symLinkTarget()));
    case Kind::UndecodableName:
        return tr("The file name %1 is not valid UTF-8 (the sign %2 stands for the bytes that are not); K-AI "
                  "Dashboard reads file names as UTF-8 on this system and cannot open it. Rename the file (for "
                  "example with convmv).")
            .arg(shown, QString(QChar(QChar::ReplacementCharacter)));
    case Kind::Missing:
        break;
    }
    return tr("%1 does not exist.").arg(shown);
}

} // namespace kai::files
