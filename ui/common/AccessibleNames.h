// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTabWidget;

namespace kai::ui::AccessibleNames {

// A label's text as a screen reader should say it: without the "&" of its keyboard mnemonic.
QString withoutMnemonic(const QString &text);

// Each tab's page takes the tab's name: a scrolling page is a focus stop of its own (arrow keys
// scroll it) and must be announced by what it shows. Call after setting the tab texts.
void nameTabPages(QTabWidget *tabs);

} // namespace kai::ui::AccessibleNames
