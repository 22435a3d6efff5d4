// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace kai {
class DashboardState;
}

namespace kai::ui {

// Version, library versions, licence and every data source behind the figures on screen.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const DashboardState &state, QWidget *parent = nullptr);

    static QString versionText();
};

} // namespace kai::ui
