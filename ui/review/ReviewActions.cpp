// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewActions.h"

#include "DashboardState.h"
#include "review/CorrectionAcceptor.h"
#include "review/NotesBook.h"
#include "review/NotesFile.h"
#include "review/NotesMerger.h"
#include "review/NotesPanel.h"
#include "review/ReviewCopyMaker.h"
#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"
#include "store/Database.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <spdlog/spdlog.h>

namespace kai::ui {

namespace {
QAction *newAction(QObject *parent, const char *name)
{
    auto *action = new QAction(parent);
    action->setObjectName(QString::fromLatin1(name));
    return action;
}
} // namespace

ReviewActions::ReviewActions(DashboardState &state, MainWindow &window)
    : QObject(&window), m_state(state), m_window(window)
{
    m_makeCopy = newAction(this, "makeReviewCopyAction");
    m_exportNotes = newAction(this, "exportNotesAction");
    m_mergeNotes = newAction(this, "mergeNotesAction");
    connect(m_makeCopy, &QAction::triggered, this, &ReviewActions::chooseReviewCopyFile);
    connect(m_exportNotes, &QAction::triggered, this, &ReviewActions::chooseNotesFile);
    connect(m_mergeNotes, &QAction::triggered, this, &ReviewActions::chooseFilesToMerge);
    connect(&m_state, &DashboardState::databaseChanged, this, &ReviewActions::updateEnabled);

    m_panel = new NotesPanel(m_state, &m_window);
    m_window.addDockWidget(Qt::BottomDockWidgetArea, m_panel);
    m_panel->hide();  // until asked for, or restored with the window's state
    connect(m_panel, &NotesPanel::openItemRequested, &m_window, &MainWindow::showView);
    connect(m_panel, &NotesPanel::openSourceRequested, this, &ReviewActions::openSource);
    connect(m_panel, &NotesPanel::acceptCorrectionRequested, this, [this](qint64 noteId) {
        if (const QString refusal = correctionAcceptor()->accept(noteId); !refusal.isEmpty())
            QMessageBox::information(&m_window, tr("Accept Correction"), refusal);
    });
    updateEnabled();
}

void ReviewActions::addTo(QMenu *fileMenu)
{
    fileMenu->addAction(m_makeCopy);
    fileMenu->addAction(m_exportNotes);
    fileMenu->addAction(m_mergeNotes);
}

void ReviewActions::addToViewMenu(QMenu *viewMenu)
{
    viewMenu->addAction(m_panel->toggleViewAction());
}

void ReviewActions::retranslate()
{
    m_makeCopy->setText(tr("Make &Review Copy…"));
    m_makeCopy->setToolTip(tr("Write a read-only copy of the database to take to a meeting or on a trip"));
    m_exportNotes->setText(tr("Export &Notes…"));
    m_mergeNotes->setText(tr("&Merge Review Notes…"));
    m_mergeNotes->setToolTip(tr("Bring reviewers' notes into this database as open notes"));
    m_panel->toggleViewAction()->setText(tr("&Notes Panel"));
    updateEnabled();
}

void ReviewActions::updateEnabled()
{
    const bool open = m_state.database() != nullptr;
    // A note written on a server is already where the office reads it: there is nothing to send back.
    const bool server = open && m_state.database()->isServer();
    m_makeCopy->setEnabled(open);
    m_exportNotes->setEnabled(open && !server);
    const QString exportTip = server ? tr("Notes written on a server are already kept there for everyone connected; "
                                          "Export Notes is for a file or a review copy")
                                     : tr("Write your review notes to one file to send back to the office");
    m_exportNotes->setToolTip(exportTip);
    m_exportNotes->setStatusTip(exportTip);
    m_mergeNotes->setEnabled(open && !m_state.isReadOnly());
}

QString ReviewActions::makeReviewCopy(const QString &path) const
{
    if (!m_state.database())
        return tr("No database is open.");
    const review::ReviewCopyMaker::Result made = review::ReviewCopyMaker::make(*m_state.database(), path, m_state.asOf());
    if (made)
        spdlog::info("review copy written: {} (checksum {})", path.toStdString(), made.manifest.checksum.toStdString());
    return made.error;
}

QString ReviewActions::exportNotes(const QString &path) const
{
    if (!m_state.database())
        return tr("No database is open.");
    return review::NotesFile::exportNotes(*m_state.database(), path);
}

QStringList ReviewActions::mergeNotes(const QStringList &paths, QString *error) const
{
    if (!m_state.database()) {
        *error = tr("No database is open.");
        return {};
    }
    const review::NotesMerger::Report report = review::NotesMerger::merge(*m_state.database(), paths);
    review::NotesBook::of(m_state).reload();
    if (!report) {
        *error = report.error;
        return {};
    }
    spdlog::info("review notes merged: {} added, {} already merged", report.added, report.alreadyMerged);
    return report.lines();
}

CorrectionAcceptor *ReviewActions::correctionAcceptor()
{
    // The window makes its edit session after the File menu.
    if (!m_acceptor)
        m_acceptor = new CorrectionAcceptor(*m_window.editSession(), m_state, m_window);
    return m_acceptor;
}

AboutDialog *ReviewActions::openSource(qint64 sourceId)
{
    // Not modal: the reviewer reads the source beside the Notes panel.
    auto *dialog = new AboutDialog(m_state, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectSource(sourceId);
    dialog->show();
    return dialog;
}

void ReviewActions::chooseReviewCopyFile()
{
    const QFileInfo database(m_state.databasePath());
    // A server's copy goes to the documents folder, named after the server's database.
    const store::Database *open = m_state.database();
    const bool server = open && open->isServer();
    const QDir folder = server ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               : database.absoluteDir();
    const QString baseName = server ? open->serverName().section(QLatin1Char('/'), -1) : database.completeBaseName();
    const QString suggested = folder.filePath(
        QStringLiteral("%1-review-%2.sqlite").arg(baseName, m_state.asOf().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Make Review Copy"), suggested,
                                                      tr("K-AI Dashboard databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (const QString error = makeReviewCopy(path); !error.isEmpty()) {
        QMessageBox::warning(&m_window, tr("Review copy not made"), error);
        return;
    }
    QMessageBox::information(&m_window, tr("Review copy made"),
                             tr("The review copy was written to %1. It opens read-only; reviewers' notes are kept "
                                "in a separate file beside it.")
                                 .arg(QDir::toNativeSeparators(path)));
}

void ReviewActions::chooseNotesFile()
{
    const QFileInfo database(m_state.databasePath());
    const QString suggested = database.absoluteDir().filePath(database.completeBaseName() + QStringLiteral("-notes.json"));
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export Notes"), suggested,
                                                      tr("Review notes (*.json)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportNotes(path); !error.isEmpty())
        QMessageBox::warning(&m_window, tr("Notes not exported"), error);
}

void ReviewActions::chooseFilesToMerge()
{
    const QStringList paths = QFileDialog::getOpenFileNames(&m_window, tr("Merge Review Notes"),
                                                            QFileInfo(m_state.databasePath()).absolutePath(),
                                                            tr("Review notes (*.json)"));
    if (paths.isEmpty())
        return;
    QString error;
    const QStringList lines = mergeNotes(paths, &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(&m_window, tr("Notes not merged"), error);
        return;
    }
    QMessageBox::information(&m_window, tr("Review notes merged"), lines.join(QLatin1Char('\n')));
    m_panel->show();
}

} // namespace kai::ui
