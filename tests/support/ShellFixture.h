// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardState.h"
#include "TestSupport.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/ThemeManager.h"

namespace kai::test {

// The window as the application builds it, over a sample database, shown offscreen.
struct ShellFixture
{
    ShellFixture(const SampleDatabase &sample, domain::Language language, const QDate &asOf, bool readOnly = false);

    DashboardState state;
    ui::LanguageManager languages{state};
    ui::ThemeManager themes;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace kai::test
