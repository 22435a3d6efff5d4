// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ViewPage.h"

#include <QMainWindow>
#include <QVector>

class QAction;
class QActionGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace kai {
class DashboardState;
}

namespace kai::edit {
class EditSession;
}

namespace kai::ui {

class EditActions;
class ExportActions;
class LanguageManager;
class ReviewActions;
class ReviewStatusLabel;
class ServerActions;
class ThemeManager;

// The shell: navigation between the views, the as-of date, the language switch and the status
// bar. It holds no data of its own; the views follow DashboardState.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // A typed or stepped as-of date is applied after this pause, or when the field loses focus.
    static constexpr int AsOfSettleMs = 500;
    // Room for the longest view name in either language ("Evaluation Rounds", "GPU 사용 현황").
    static constexpr int NavigationWidthChars = 22;

    MainWindow(DashboardState &state, LanguageManager &languages, ThemeManager &themes, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showView(ViewId view, const QVariant &focusKey = {});
    ViewId currentView() const;
    // The view's page, built now if it was not yet visited (exports and tests may ask for any).
    ViewPage *page(ViewId view);
    // The page if it was built, else nullptr: views are built on their first visit.
    ViewPage *builtPage(ViewId view) const;

    ExportActions *exportActions() const { return m_exportActions; }
    EditActions *editActions() const { return m_editActions; }
    edit::EditSession *editSession() const { return m_editSession; }
    ReviewActions *reviewActions() const { return m_reviewActions; }
    ServerActions *serverActions() const { return m_serverActions; }

    // Opens another database file; on failure shows why and keeps the current one.
    bool openDatabase(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    static QString viewTitle(ViewId view);
    void createActions();
    void createToolBar();
    void createStatusBar();
    void retranslate();
    void updateStatusBar();
    void updateStatusTexts();
    void updateIllustrativeNotice();
    void syncAsOfEditor();
    void applyEditedAsOf();
    void chooseDatabase();
    void importGpuUsage();
    void saveImportTemplate();
    void showAbout();
    void showKeyboardShortcuts();
    void restoreSettings();

    DashboardState &m_state;
    LanguageManager &m_languages;
    ThemeManager &m_themes;
    QListWidget *m_navigation = nullptr;
    QLabel *m_navigationHeading = nullptr;
    QStackedWidget *m_pages = nullptr;
    QVector<ViewPage *> m_pageWidgets;  // nullptr until first shown
    ViewId m_currentView = ViewId::Overview;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importGpuAction = nullptr;
    QAction *m_templateAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    ExportActions *m_exportActions = nullptr;
    edit::EditSession *m_editSession = nullptr;
    EditActions *m_editActions = nullptr;
    ReviewActions *m_reviewActions = nullptr;
    ServerActions *m_serverActions = nullptr;
    QVector<QAction *> m_viewActions;
    QActionGroup *m_viewGroup = nullptr;
    QMenu *m_themeMenu = nullptr;
    QVector<QAction *> m_themeActions;  // System, Light, Dark, High contrast

    QToolBar *m_toolBar = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QDateEdit *m_asOfEdit = nullptr;
    QTimer *m_asOfTimer = nullptr;
    QToolButton *m_todayButton = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageBox = nullptr;

    QLabel *m_databaseStatus = nullptr;
    QLabel *m_readOnlyStatus = nullptr;
    QLabel *m_asOfStatus = nullptr;
    QLabel *m_illustrativeStatus = nullptr;
    ReviewStatusLabel *m_reviewStatus = nullptr;
};

} // namespace kai::ui
