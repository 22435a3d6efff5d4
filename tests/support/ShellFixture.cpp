// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShellFixture.h"

#include <QTest>

namespace kai::test {

ShellFixture::ShellFixture(const SampleDatabase &sample, domain::Language language, const QDate &asOf, bool readOnly)
{
    state.setAsOf(asOf);
    languages.setLanguage(language, false);
    state.setDatabase(sample.open(readOnly));
    window = std::make_unique<ui::MainWindow>(state, languages, themes);
    window->resize(1280, 720);  // the default size
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("the main window was not exposed");
}

} // namespace kai::test
