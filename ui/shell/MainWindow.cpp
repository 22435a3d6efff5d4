// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "common/FrameSettler.h"

#include "DashboardState.h"
#include "consortia/ConsortiaView.h"
#include "edit/EditActions.h"
#include "edit/EditSession.h"
#include "export/ViewFactory.h"
#include "export/ExportActions.h"
#include "gpu/GpuImportDialog.h"
#include "gpu/GpuImportTemplate.h"
#include "gpu/GpuUsageView.h"
#include "history/ChangeHistoryView.h"
#include "history/ChangesView.h"
#include "items/DisplayFormat.h"
#include "items/StatusPalette.h"
#include "overview/OverviewView.h"
#include "review/ReviewActions.h"
#include "review/ReviewStatusLabel.h"
#include "server/ServerActions.h"
#include "rounds/RoundsView.h"
#include "shell/AboutDialog.h"
#include "shell/AppSettings.h"
#include "shell/KeyboardShortcutsDialog.h"
#include "shell/LanguageManager.h"
#include "shell/ThemeManager.h"
#include "store/Database.h"
#include "timeline/TimelineView.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QTimer>
#include <QVBoxLayout>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <spdlog/spdlog.h>

namespace kai::ui {

using domain::Language;

MainWindow::MainWindow(DashboardState &state, LanguageManager &languages, ThemeManager &themes, QWidget *parent)
    : QMainWindow(parent), m_state(state), m_languages(languages), m_themes(themes)
{
    setObjectName(QStringLiteral("mainWindow"));
    new FrameSettler(this);  // a change is painted once, with its layouts done
    createPages();
    createActions();
    createToolBar();
    createStatusBar();

    connect(&m_state, &DashboardState::snapshotChanged, this, [this] {
        syncAsOfEditor();
        updateStatusTexts();
        // Views built after this connection follow the new snapshot after this slot has run; until
        // then their models still point into the snapshot just replaced, so ask them afterwards.
        QMetaObject::invokeMethod(this, &MainWindow::updateIllustrativeNotice, Qt::QueuedConnection);
    });
    connect(&m_state, &DashboardState::databaseChanged, this, &MainWindow::updateStatusBar);
    connect(&m_state, &DashboardState::errorOccurred, this, [this](const QString &message) {
        spdlog::error("reading the database failed: {}", message.toStdString());
        QMessageBox::warning(this, tr("Cannot read the database"),
                             tr("The data could not be read from %1: %2")
                                 .arg(QDir::toNativeSeparators(m_state.databasePath()), message));
    });
    connect(&m_state, &DashboardState::languageChanged, this, [this] {
        syncAsOfEditor();
        updateStatusBar();
    });
    retranslate();
    syncAsOfEditor();
    updateStatusBar();
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // The date editor outlives this object's own destructor (QWidget deletes children later) and
    // reports editingFinished when it loses focus then: that must not reach a half-destroyed window.
    m_asOfEdit->disconnect(this);
    m_asOfTimer->stop();
}

void MainWindow::createPages()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_pages = new QStackedWidget(this);
    // Views are built on their first visit (restoreSettings shows the first one): a start builds
    // one view, not seven.
    m_pageWidgets.fill(nullptr, NavigationCount);
    for (int view = 0; view < NavigationCount; ++view)
        m_navigation->addItem(viewTitle(ViewId(view)));
    m_navigation->setCurrentRow(0);
    m_navigation->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showView(ViewId(row));
    });

    // The navigation reads as navigation: a heading above it, a width that fits the longest view
    // name in either language, so switching language never shifts the page.
    m_navigationHeading = new QLabel(this);
    m_navigationHeading->setObjectName(QStringLiteral("navigationHeading"));
    QFont headingFont = m_navigationHeading->font();
    headingFont.setBold(true);
    m_navigationHeading->setFont(headingFont);
    m_navigationHeading->setBuddy(m_navigation);
    auto *navigationPanel = new QWidget(this);
    navigationPanel->setObjectName(QStringLiteral("navigationPanel"));
    auto *navigationLayout = new QVBoxLayout(navigationPanel);
    navigationLayout->setContentsMargins(0, 4, 0, 0);
    navigationLayout->addWidget(m_navigationHeading);
    navigationLayout->addWidget(m_navigation, 1);
    navigationPanel->setFixedWidth(fontMetrics().averageCharWidth() * NavigationWidthChars);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(navigationPanel);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseDatabase);
    m_openAction->setShortcut(QKeySequence::Open);
    m_serverActions = new ServerActions(m_state, *this);
    m_serverActions->addTo(m_fileMenu);
    m_importGpuAction = m_fileMenu->addAction(QString(), this, &MainWindow::importGpuUsage);
    m_importGpuAction->setObjectName(QStringLiteral("importGpuUsageAction"));
    m_fileMenu->setToolTipsVisible(true);  // a disabled entry says why
    m_templateAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveImportTemplate);
    m_fileMenu->addSeparator();
    m_exportActions = new ExportActions(m_state, *this);
    m_exportActions->addTo(m_fileMenu);
    m_fileMenu->addSeparator();
    m_reviewActions = new ReviewActions(m_state, *this);
    m_reviewActions->addTo(m_fileMenu);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editSession = new edit::EditSession(m_state, this);
    m_editActions = new EditActions(*m_editSession, m_state, *this);
    m_editActions->addTo(m_editMenu);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewGroup = new QActionGroup(this);
    for (int view = 0; view < NavigationCount; ++view) {
        QAction *action = m_viewMenu->addAction(QString());
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + view)));
        m_viewGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, view] { showView(ViewId(view)); });
        m_viewActions.append(action);
    }
    m_viewActions.first()->setChecked(true);

    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_editActions->reloadAction());
    m_reviewActions->addToViewMenu(m_viewMenu);
    m_themeMenu = m_viewMenu->addMenu(QString());
    auto *themeGroup = new QActionGroup(this);
    for (const ThemeManager::Theme theme :
         {ThemeManager::Theme::System, ThemeManager::Theme::Light, ThemeManager::Theme::Dark,
          ThemeManager::Theme::HighContrast}) {
        QAction *action = m_themeMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(theme == m_themes.theme());
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme] { m_themes.setTheme(theme, true); });
        m_themeActions.append(action);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showKeyboardShortcuts);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);

    m_asOfLabel = new QLabel(this);
    m_asOfEdit = new QDateEdit(this);
    m_asOfEdit->setObjectName(QStringLiteral("asOfDate"));
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setDateRange(DashboardState::earliestAsOf(), DashboardState::latestAsOf());
    m_asOfLabel->setBuddy(m_asOfEdit);
    // Every view reloads on a new date: apply it once the reader stops typing or stepping (or
    // leaves the field), not on every keystroke, and leave the editor's cursor where it is.
    m_asOfTimer = new QTimer(this);
    m_asOfTimer->setSingleShot(true);
    m_asOfTimer->setInterval(AsOfSettleMs);
    connect(m_asOfEdit, &QDateEdit::dateChanged, m_asOfTimer, qOverload<>(&QTimer::start));
    connect(m_asOfTimer, &QTimer::timeout, this, &MainWindow::applyEditedAsOf);
    connect(m_asOfEdit, &QDateEdit::editingFinished, this, &MainWindow::applyEditedAsOf);

    m_todayButton = new QToolButton(this);
    m_todayButton->setObjectName(QStringLiteral("todayButton"));
    connect(m_todayButton, &QToolButton::clicked, this, [this] { m_state.setAsOf(QDate::currentDate()); });

    m_languageLabel = new QLabel(this);
    m_languageBox = new QComboBox(this);
    m_languageBox->setObjectName(QStringLiteral("languageBox"));
    // Each language is named in itself, so a reader can find theirs whatever is showing.
    m_languageBox->addItem(QStringLiteral("한국어"), int(Language::Korean));
    m_languageBox->addItem(QStringLiteral("English"), int(Language::English));
    m_languageBox->setCurrentIndex(m_languageBox->findData(int(m_languages.language())));
    m_languageLabel->setBuddy(m_languageBox);
    connect(m_languageBox, &QComboBox::activated, this, [this](int index) {
        m_languages.setLanguage(Language(m_languageBox->itemData(index).toInt()), true);
    });
    connect(&m_languages, &LanguageManager::languageChanged, this, [this](Language language) {
        m_languageBox->setCurrentIndex(m_languageBox->findData(int(language)));
    });

    m_toolBar->addWidget(m_asOfLabel);
    m_toolBar->addWidget(m_asOfEdit);
    m_toolBar->addWidget(m_todayButton);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_languageLabel);
    m_toolBar->addWidget(m_languageBox);
}

void MainWindow::createStatusBar()
{
    m_databaseStatus = new QLabel(this);
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    // The file's name gives way to the notices when the window is narrow (a large system font):
    // its whole text and path are in its tooltip. The window no longer grows to the widest of
    // all views, since views are built on their first visit.
    m_databaseStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_readOnlyStatus = new QLabel(this);
    m_readOnlyStatus->setObjectName(QStringLiteral("readOnlyStatus"));
    m_asOfStatus = new QLabel(this);
    m_asOfStatus->setObjectName(QStringLiteral("asOfStatus"));
    m_illustrativeStatus = new QLabel(this);
    m_illustrativeStatus->setObjectName(QStringLiteral("illustrativeStatus"));
    m_illustrativeStatus->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 0 6px; }")
                                            .arg(StatusPalette::illustrativeBackground().name(),
                                                 StatusPalette::illustrativeText().name()));
    statusBar()->addWidget(m_databaseStatus, 1);
    statusBar()->addPermanentWidget(m_readOnlyStatus);
    m_reviewStatus = new ReviewStatusLabel(m_state, this);
    statusBar()->addPermanentWidget(m_reviewStatus);
    statusBar()->addPermanentWidget(m_asOfStatus);
    statusBar()->addPermanentWidget(m_illustrativeStatus);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("K-AI Dashboard"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open Database…"));
    m_importGpuAction->setText(tr("&Import GPU usage…"));
    m_templateAction->setText(tr("Save Import &Template…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_editActions->retranslate();
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About K-AI Dashboard"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts…"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_themeActions[0]->setText(tr("Follow the &System"));
    m_themeActions[1]->setText(tr("&Light"));
    m_themeActions[2]->setText(tr("&Dark"));
    m_themeActions[3]->setText(tr("&High Contrast"));
    m_exportActions->retranslate();
    m_reviewActions->retranslate();
    m_serverActions->retranslate();
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_asOfLabel->setText(tr("&As of:"));
    m_asOfEdit->setAccessibleName(tr("As-of date"));
    m_asOfEdit->setToolTip(tr("Show the program as it was known on this date"));
    m_todayButton->setText(tr("Today"));
    m_todayButton->setAccessibleName(tr("Set the as-of date to today"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageBox->setAccessibleName(tr("Display language"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigationHeading->setText(tr("Views"));
    for (int view = 0; view < NavigationCount; ++view) {
        const QString title = viewTitle(ViewId(view));
        m_navigation->item(view)->setText(title);
        m_viewActions[view]->setText(title);
    }
}

void MainWindow::applyEditedAsOf()
{
    m_asOfTimer->stop();
    if (m_asOfEdit->date() != m_state.asOf())
        m_state.setAsOf(m_asOfEdit->date());
}

void MainWindow::syncAsOfEditor()
{
    const QSignalBlocker blocker(m_asOfEdit);
    const QString format = m_state.language() == Language::Korean ? QStringLiteral("yyyy년 M월 d일")
                                                                   : QStringLiteral("d MMM yyyy");
    // Setting the format moves the cursor to the first field: only when the language changed, so
    // arrow keys keep stepping the field that has focus.
    if (m_asOfEdit->displayFormat() != format) {
        m_asOfEdit->setLocale(DisplayFormat::localeFor(m_state.language()));
        m_asOfEdit->setDisplayFormat(format);
    }
    if (m_asOfEdit->date() != m_state.asOf() && !m_asOfTimer->isActive())
        m_asOfEdit->setDate(m_state.asOf());
}

void MainWindow::updateStatusBar()
{
    updateStatusTexts();
    updateIllustrativeNotice();
}

void MainWindow::updateStatusTexts()
{
    const DisplayFormat fmt(m_state.language());
    const QString path = m_state.databasePath();
    const store::Database *database = m_state.database();
    if (database && database->isServer())
        m_databaseStatus->setText(tr("Server: %1, signed in as %2").arg(database->serverName(), database->role()));
    else
        m_databaseStatus->setText(path.isEmpty() ? tr("No database open")
                                                 : tr("Database: %1").arg(QFileInfo(path).fileName()));
    m_databaseStatus->setToolTip(path.isEmpty() ? QString()
                                                : m_databaseStatus->text() + u'\n' + QDir::toNativeSeparators(path));
    m_readOnlyStatus->setText(m_state.isReadOnly() ? tr("Read-only") : QString());
    m_readOnlyStatus->setVisible(m_state.isReadOnly());
    m_asOfStatus->setText(tr("Data as of %1").arg(fmt.date(m_state.asOf())));
    // A file or a server takes an import alike; a reader role on a server could only be refused.
    const bool refused = database && database->isServer() && m_state.isReadOnly();
    m_importGpuAction->setEnabled(!refused);
    m_importGpuAction->setToolTip(refused ? tr("This server database is open read-only for your role; GPU usage "
                                               "cannot be imported into it.")
                                          : QString());
}

void MainWindow::updateIllustrativeNotice()
{
    // A page with updates still pending holds rows of an older snapshot: it is asked once it catches up.
    const ViewPage *current = builtPage(currentView());
    const bool illustrative = current && !current->isStale() && current->showsIllustrativeData();
    m_illustrativeStatus->setText(illustrative ? tr("Illustrative sample data, not official figures")
                                               : QString());
    m_illustrativeStatus->setVisible(illustrative);
}

void MainWindow::importGpuUsage()
{
    GpuImportDialog dialog(m_state, this);
    dialog.exec();
}

void MainWindow::saveImportTemplate()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Import Template"),
                                                      tr("gpu-usage-template.xlsx"), tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (const QString error = GpuImportTemplate(m_state).write(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Save Import Template"), error);
}

void MainWindow::showView(ViewId view, const QVariant &focusKey)
{
    const int index = int(view);
    if (index < 0 || index >= NavigationCount)
        return;
    m_currentView = view;
    ViewPage *shown = page(view);
    m_pages->setCurrentWidget(shown);
    shown->catchUp();  // also when the window itself is not shown yet (no show event then)
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(index);
    m_viewActions[index]->setChecked(true);
    m_editActions->setCurrentView(view, shown);
    if (m_exportActions)
        m_exportActions->setCurrentViewExportable(index < ViewCount);
    if (focusKey.isValid())
        shown->focusItem(focusKey);
    updateStatusBar();
}

ViewId MainWindow::currentView() const
{
    return m_currentView;
}

ViewPage *MainWindow::builtPage(ViewId view) const
{
    return m_pageWidgets.value(int(view));
}

ViewPage *MainWindow::page(ViewId view)
{
    const int index = int(view);
    if (index < 0 || index >= NavigationCount)
        return nullptr;
    if (ViewPage *built = m_pageWidgets[index])
        return built;
    ViewPage *created = view == ViewId::History   ? static_cast<ViewPage *>(new ChangeHistoryView(m_state))
                        : view == ViewId::Changes ? static_cast<ViewPage *>(new ChangesView(m_state))
                                                  : ViewFactory::create(view, m_state);
    created->setDeferWhileHidden(true);
    m_pageWidgets[index] = created;
    m_pages->addWidget(created);  // hidden until made current
    connect(created, &ViewPage::navigateRequested, this, &MainWindow::showView);
    connect(created, &ViewPage::illustrativeDataChanged, this, &MainWindow::updateStatusBar);
    created->offerEditActions(m_editActions->actionsFor(view));
    m_exportActions->offerExportsIn(created);
    return created;
}

QString MainWindow::viewTitle(ViewId view)
{
    switch (view) {
    case ViewId::Overview: return OverviewView::titleText();
    case ViewId::Consortia: return ConsortiaView::titleText();
    case ViewId::Timeline: return TimelineView::titleText();
    case ViewId::Gpu: return GpuUsageView::titleText();
    case ViewId::Rounds: return RoundsView::titleText();
    case ViewId::History: return ChangeHistoryView::titleText();
    case ViewId::Changes: return ChangesView::titleText();
    }
    return {};
}

bool MainWindow::openDatabase(const QString &path)
{
    store::Database::OpenResult result = store::Database::open(path, {});
    if (!result) {
        spdlog::warn("could not open database: {}", result.error.toStdString());
        QMessageBox::warning(this, tr("Cannot open database"), result.error);
        return false;
    }
    if (!result.backupPath.isEmpty()) {
        QMessageBox::information(this, tr("Database upgraded"),
                                 tr("The database was upgraded to the current format. A copy of the previous "
                                    "version was saved as %1.")
                                     .arg(QDir::toNativeSeparators(result.backupPath)));
    }
    if (result.fellBackToReadOnly) {
        const QStringList text = QStringList{tr("%1 cannot be written (the file or its folder is read-only). It was "
                                                "opened read-only; nothing will be changed.")
                                                 .arg(QDir::toNativeSeparators(path))}
            + result.notes;
        QMessageBox::information(this, tr("Opened read-only"), text.join(QStringLiteral("\n\n")));
    }
    m_state.setDatabase(std::move(result.database));
    return true;
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), QFileInfo(m_state.databasePath()).absolutePath(),
                                                      tr("K-AI Dashboard databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_state, this);
    dialog.exec();
}

void MainWindow::showKeyboardShortcuts()
{
    KeyboardShortcutsDialog dialog(*menuBar(), this);
    dialog.exec();
}

void MainWindow::restoreSettings()
{
    // Fits a 1366x768 laptop screen with room for the taskbar.
    resize(1280, 720);
    restoreGeometry(AppSettings::value(AppSettings::Key::WindowGeometry).toByteArray());
    restoreState(AppSettings::value(AppSettings::Key::WindowState).toByteArray());
    showView(ViewId(std::clamp(AppSettings::value(AppSettings::Key::CurrentView, 0).toInt(), 0, NavigationCount - 1)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::setValue(AppSettings::Key::WindowGeometry, saveGeometry());
    AppSettings::setValue(AppSettings::Key::WindowState, saveState());
    AppSettings::setValue(AppSettings::Key::CurrentView, int(currentView()));
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace kai::ui
