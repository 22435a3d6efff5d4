// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;

namespace kai {
class DashboardState;
}

namespace kai::ui {

class AboutDialog;
class CorrectionAcceptor;
class MainWindow;
class NotesPanel;

// The window's entries for offline review: File → Make Review Copy…, Export Notes…, Merge Review
// Notes…, and the Notes panel (a dock, shown from the View menu).
class ReviewActions : public QObject
{
    Q_OBJECT

public:
    ReviewActions(DashboardState &state, MainWindow &window);

    void addTo(QMenu *fileMenu);
    void addToViewMenu(QMenu *viewMenu);
    void retranslate();
    NotesPanel *notesPanel() const { return m_panel; }

    // The work behind the actions, without dialogs (also used by tests): an empty string or a
    // translated reason.
    QString makeReviewCopy(const QString &path) const;
    QString exportNotes(const QString &path) const;
    // The merge report's sentences; on failure none, and error set.
    QStringList mergeNotes(const QStringList &paths, QString *error) const;
    // Shows the sources (About dialog) with one selected; the dialog deletes itself when closed.
    AboutDialog *openSource(qint64 sourceId);
    CorrectionAcceptor *correctionAcceptor();

private:
    void updateEnabled();
    void chooseReviewCopyFile();
    void chooseNotesFile();
    void chooseFilesToMerge();

    DashboardState &m_state;
    MainWindow &m_window;
    QAction *m_makeCopy = nullptr;
    QAction *m_exportNotes = nullptr;
    QAction *m_mergeNotes = nullptr;
    NotesPanel *m_panel = nullptr;
    CorrectionAcceptor *m_acceptor = nullptr;
};

} // namespace kai::ui
