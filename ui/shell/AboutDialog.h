// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTableView;

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
    QTableView *sourcesTable() const { return m_sources; }
    // Selects one source (by id) in the sources table.
    void selectSource(qint64 sourceId);

private:
    QTableView *m_sources = nullptr;
};

} // namespace kai::ui
