// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSession.h"

#include "DashboardState.h"
#include "DatabaseLocator.h"
#include "common/BundledFonts.h"
#include "shell/AppSettings.h"
#include "shell/LanguageManager.h"
#include "store/ChangeLog.h"
#include "shell/MainWindow.h"
#include "shell/ThemeManager.h"
#include "server/ServerStartup.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>

namespace kai::app {

void GuiSession::applyApplicationFont()
{
    // An explicit Korean-capable chain: without it, offscreen Linux picks DejaVu Sans and Windows
    // Segoe UI, and Hangul falls back differently on every machine.
    QApplication::setFont(ui::BundledFonts::applicationFont(QApplication::font()));
}

int GuiSession::run(const AppOptions &options)
{
    applyApplicationFont();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/kai/icons/kai-dashboard.svg")));
    // Matches the installed desktop entry, so Wayland shells show its name and icon for the window.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.kai_dashboard.Dashboard"));
    DashboardState state;
    ui::LanguageManager languages(state);
    languages.setLanguage(options.language.value_or(ui::LanguageManager::initialLanguage()),
                          options.language.has_value());

    store::ChangeAuthor::setDisplayName(ui::AppSettings::value(ui::AppSettings::Key::DisplayName).toString());
    ui::ThemeManager themes;
    themes.setTheme(ui::ThemeManager::savedTheme(), false);
    ui::MainWindow window(state, languages, themes);
    store::Database::OpenOptions openOptions;
    openOptions.readOnly = options.readOnly;
    // A server (asked for, or the one the window was last on) that cannot be reached offers a local file.
    const QString target = ui::ServerStartup::startTarget(options.databasePath);
    store::Database::OpenResult opened = store::Database::isServerUri(target)
        ? ui::ServerStartup::open(target, openOptions, &window)
        : DatabaseLocator::open(options, openOptions);
    if (opened) {
        state.setDatabase(std::move(opened.database));
    }
    window.show();
    if (!opened.notes.isEmpty())
        window.statusBar()->showMessage(opened.notes.join(QLatin1Char(' ')));
    if (!state.database()) {
        // The window stays usable: another file can be opened from the File menu.
        QMessageBox::warning(&window, tr("Cannot open database"), opened.error);
    }
    return QApplication::exec();
}

} // namespace kai::app
