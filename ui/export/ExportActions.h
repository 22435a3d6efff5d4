// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ViewPage.h"
#include "domain/DomainTypes.h"
#include "export/ExportSettings.h"
#include "history/ChangesReport.h"
#include "slides/SlideTarget.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QAction;
class QChartView;
class QMenu;
class QPrinter;
class QTableView;

namespace kai {
class DashboardState;
}

namespace kai::ui {

class ExportContext;
class ExportDialog;
class MainWindow;
struct ExportPage;

// The window's File menu entries for exports: the current view (one language or bilingual
// twins), the briefing pack, the clipboard and printing. Each draws from an ExportContext on the
// window's database, so the views on screen are never resized or switched to press mode.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(const DashboardState &state, MainWindow &window);
    ~ExportActions() override;

    void addTo(QMenu *menu);
    void retranslate();
    // Chart and table context menus (copy, export) for a view built after the window.
    void offerExportsIn(QWidget *within);
    // Views without a slide (the change history) have nothing to export, copy or print.
    void setCurrentViewExportable(bool exportable);

    // The work behind the actions, without dialogs (also used by tests). Each returns an empty
    // string or a translated reason.
    QString exportView(const SlideTarget &target, const ExportSettings &settings, const QString &path, bool twins) const;
    // changesSince: a page of what changed since then after the cover; none without it.
    QString exportPack(ExportProfile profile, const QString &path, bool twins,
                       const std::optional<history::SincePoint> &changesSince = std::nullopt) const;
    // The briefing deck (.pptx) on a template (empty: the built-in master).
    QString exportDeck(ExportProfile profile, const QString &templatePath, const QString &path, bool twins,
                       const std::optional<history::SincePoint> &changesSince = std::nullopt) const;
    QImage viewImage(const SlideTarget &target, const QSize &logical, int scale) const;
    // The view, tab and filters on screen now.
    SlideTarget currentTarget() const;
    // One chart as it is on screen, with the provenance stamp, as a file or an image.
    QString exportChart(QChartView &chart, const ExportSettings &settings, const QString &path) const;
    QImage chartImage(QChartView &chart, int scale) const;
    static QSize chartExportSize(const QChartView &chart);
    // One table as it is on screen (sort and filter kept) as .xlsx, with the Sources sheet.
    QString exportTable(const QTableView &table, ExportProfile profile, const QString &path) const;
    static QString tableTitle(const QTableView &table);

private:
    void registerExport(const ExportContext &context, const QString &target, const QString &path) const;
    // Checks every file first, then writes each language's file and enters it in the register.
    QString exportEach(ExportProfile profile, const QString &path, bool twins, const QString &registerAs,
                       const std::function<QString(const ExportContext &, const QString &)> &write,
                       const std::optional<history::SincePoint> &changesSince = std::nullopt) const;
    // Asks the pack's or deck's settings; the dialog offers the register's briefings.
    bool askBriefingSettings(ExportDialog &dialog) const;
    std::unique_ptr<ExportContext> context(domain::Language language, ExportProfile profile, QString *error) const;
    QList<domain::Language> languages(bool twins) const;
    QString pathFor(const QString &path, domain::Language language, bool twins) const;
    // Why one of the files of an export may not be written (see files::OutputFileGuard), or empty.
    QString refusal(const QString &path, bool twins) const;
    QString askFileName(const QString &suggestedName, ExportFormat format) const;
    void report(const QString &error, const QString &path) const;
    // Gives every chart in the window a context menu: copy the chart, export it.
    void installChartMenus(QWidget *within);
    void showChartMenu(QChartView *chart, const QPoint &position);
    // Gives every table in the window "Export Table to Excel…" (and a press version where the
    // table's cells say what press masks) among its context menu actions.
    void installTableMenus(QWidget *within);
    void exportTableAsked(QTableView *table, ExportProfile profile);
    ExportPage chartPage(QChartView &chart, const ExportContext &context) const;

    void exportCurrentView(bool twins);
    void exportBriefingPack();
    void exportBriefingDeck();
    void copyToClipboard();
    void printCurrentView();

    const DashboardState &m_state;
    MainWindow &m_window;
    ExportSettings m_lastSettings;
    QString m_lastTemplate;
    QAction *m_exportView = nullptr;
    QAction *m_exportTwins = nullptr;
    QAction *m_exportPack = nullptr;
    QAction *m_exportDeck = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_print = nullptr;
    QList<QPointer<QAction>> m_tableActions;  // internal, press, internal, press, …
};

} // namespace kai::ui
