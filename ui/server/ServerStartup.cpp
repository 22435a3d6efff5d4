// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ServerStartup.h"

#include "server/SavedServers.h"
#include "server/ServerKeychain.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <spdlog/spdlog.h>

namespace kai::ui {

using server::SavedServers;

QString ServerStartup::startTarget(const QString &requested)
{
    return requested.isEmpty() ? SavedServers::lastServerUri() : requested;
}

store::Database::OpenResult ServerStartup::open(const QString &uri, const store::Database::OpenOptions &options,
                                                QWidget *parent)
{
    const QString password = server::ServerKeychain::read(uri).password;
    const QString lastFile = SavedServers::lastLocalFile();
    const bool hasLastFile = !lastFile.isEmpty() && QFileInfo::exists(lastFile);
    for (;;) {
        store::Database::OpenResult opened = store::Database::open(uri, options, password);
        if (opened)
            return opened;
        spdlog::warn("server not reachable at start: {}", opened.error.toStdString());
        QMessageBox box(QMessageBox::Warning, tr("Server not reachable"), opened.error, QMessageBox::NoButton, parent);
        box.setObjectName(QStringLiteral("serverUnreachableBox"));
        box.setInformativeText(hasLastFile ? tr("Open the last local file, %1, instead?")
                                                 .arg(QDir::toNativeSeparators(lastFile))
                                           : tr("Open the sample database on this computer instead?"));
        QPushButton *local = box.addButton(hasLastFile ? tr("Open Local File") : tr("Open Sample Database"),
                                           QMessageBox::AcceptRole);
        local->setObjectName(QStringLiteral("openLocal"));
        QPushButton *retry = box.addButton(tr("Try Again"), QMessageBox::ActionRole);
        retry->setObjectName(QStringLiteral("tryAgain"));
        box.setDefaultButton(local);
        box.setEscapeButton(local);
        box.exec();
        if (box.clickedButton() == retry)
            continue;
        store::Database::OpenResult fallback = hasLastFile ? store::Database::open(lastFile, options)
                                                           : store::Database::openOrCreateDefault(options);
        if (fallback)
            fallback.notes.prepend(tr("The server could not be reached; a local database is shown instead."));
        return fallback;
    }
}

} // namespace kai::ui
