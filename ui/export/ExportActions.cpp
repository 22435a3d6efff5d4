// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportActions.h"

#include "DashboardState.h"
#include "charts/ChartView.h"
#include "export/AtomicFileWriter.h"
#include "export/BriefingDeck.h"
#include "export/BriefingPack.h"
#include "export/ExportContext.h"
#include "export/ExportDialog.h"
#include "export/ExportRenderer.h"
#include "export/XlsxExport.h"
#include "export/XlsxWorkbookWriter.h"
#include "export/pptx/PptxTemplate.h"
#include "items/ExportRegisterModel.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QPointer>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <spdlog/spdlog.h>

namespace kai::ui {

using domain::Language;

ExportActions::ExportActions(const DashboardState &state, MainWindow &window)
    : QObject(&window), m_state(state), m_window(window)
{
    m_exportView = new QAction(this);
    m_exportView->setObjectName(QStringLiteral("exportCurrentView"));
    m_exportView->setShortcut(Qt::CTRL | Qt::Key_E);
    connect(m_exportView, &QAction::triggered, this, [this] { exportCurrentView(false); });
    m_exportTwins = new QAction(this);
    connect(m_exportTwins, &QAction::triggered, this, [this] { exportCurrentView(true); });
    m_exportPack = new QAction(this);
    connect(m_exportPack, &QAction::triggered, this, &ExportActions::exportBriefingPack);
    m_exportDeck = new QAction(this);
    m_exportDeck->setObjectName(QStringLiteral("exportBriefingDeck"));
    connect(m_exportDeck, &QAction::triggered, this, &ExportActions::exportBriefingDeck);
    m_copy = new QAction(this);
    m_copy->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    connect(m_copy, &QAction::triggered, this, &ExportActions::copyToClipboard);
    m_print = new QAction(this);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &ExportActions::printCurrentView);
    retranslate();
    installChartMenus(&m_window);
    // Once the window is built: other parts (the review notes panel) add their tables after this.
    QMetaObject::invokeMethod(this, [this] { installTableMenus(&m_window); }, Qt::QueuedConnection);
}

ExportActions::~ExportActions() = default;

void ExportActions::addTo(QMenu *menu)
{
    menu->addActions({m_exportView, m_exportTwins, m_exportPack, m_exportDeck});
    menu->addSeparator();
    menu->addActions({m_copy, m_print});
}

void ExportActions::retranslate()
{
    m_exportView->setText(tr("&Export Current View…"));
    m_exportTwins->setText(tr("Export &Bilingual Twins…"));
    m_exportPack->setText(tr("Export Briefing Pac&k…"));
    m_exportDeck->setText(tr("Export Briefing &Deck…"));
    m_copy->setText(tr("&Copy View to Clipboard"));
    m_print->setText(tr("&Print…"));
    for (qsizetype i = 0; i < m_tableActions.size(); ++i) {
        if (QAction *action = m_tableActions.at(i))
            action->setText(i % 2 == 0 ? tr("Export Table to E&xcel…") : tr("Export Table to Excel for the &Press…"));
    }
}

std::unique_ptr<ExportContext> ExportActions::context(Language language, ExportProfile profile, QString *error) const
{
    if (m_state.databasePath().isEmpty()) {
        *error = tr("No database is open.");
        return nullptr;
    }
    return ExportContext::openCopy(m_state.databasePath(), {m_state.asOf(), language, profile}, error);
}

QList<Language> ExportActions::languages(bool twins) const
{
    if (twins)
        return {Language::Korean, Language::English};
    return {m_state.language()};
}

QString ExportActions::pathFor(const QString &path, Language language, bool twins) const
{
    return twins ? ExportSettings::twinPath(path, LanguageManager::code(language)) : path;
}

SlideTarget ExportActions::currentTarget() const
{
    const ViewId view = m_window.currentView();
    return SlideTarget::ofPage(view, m_window.page(view), m_state);
}

QString ExportActions::refusal(const QString &path, bool twins) const
{
    // Every file is checked before the first is drawn: twins are written both or not at all.
    for (const Language language : languages(twins)) {
        if (const QString error = AtomicFileWriter::checkWritable(pathFor(path, language, twins)); !error.isEmpty())
            return error;
    }
    return {};
}

QString ExportActions::exportEach(ExportProfile profile, const QString &path, bool twins, const QString &registerAs,
                                  const std::function<QString(const ExportContext &, const QString &)> &write,
                                  const std::optional<history::SincePoint> &changesSince) const
{
    if (const QString error = refusal(path, twins); !error.isEmpty())
        return error;
    for (const Language language : languages(twins)) {
        QString error;
        const std::unique_ptr<ExportContext> export_ = context(language, profile, &error);
        if (export_) {
            export_->setChangesSince(changesSince);
            error = write(*export_, pathFor(path, language, twins));
        }
        if (!error.isEmpty())
            return error;
        registerExport(*export_, registerAs, pathFor(path, language, twins));
    }
    return {};
}

QString ExportActions::exportView(const SlideTarget &target, const ExportSettings &settings, const QString &path,
                                  bool twins) const
{
    return exportEach(settings.profile, path, twins, target.key(), [&](const ExportContext &export_, const QString &file) {
        return export_.exportView(target, settings, file);
    });
}

QString ExportActions::exportPack(ExportProfile profile, const QString &path, bool twins,
                                  const std::optional<history::SincePoint> &changesSince) const
{
    return exportEach(
        profile, path, twins, QStringLiteral("pack"),
        [](const ExportContext &export_, const QString &file) { return BriefingPack(export_).write(file); }, changesSince);
}

QString ExportActions::exportDeck(ExportProfile profile, const QString &templatePath, const QString &path, bool twins,
                                  const std::optional<history::SincePoint> &changesSince) const
{
    // The template is read once, before any file is written: a broken one writes nothing.
    QString error;
    const std::optional<PptxTemplate> base = templatePath.isEmpty() ? PptxTemplate::builtIn()
                                                                    : PptxTemplate::load(templatePath, &error);
    if (!base)
        return error;
    return exportEach(
        profile, path, twins, QStringLiteral("deck"),
        [&](const ExportContext &export_, const QString &file) { return BriefingDeck(export_, *base).write(file); },
        changesSince);
}

QImage ExportActions::viewImage(const SlideTarget &target, const QSize &logical, int scale) const
{
    QString error;
    const std::unique_ptr<ExportContext> export_ = context(m_state.language(), ExportProfile::Internal, &error);
    return export_ ? export_->viewImage(target, logical, scale) : QImage();
}

QString ExportActions::askFileName(const QString &suggestedName, ExportFormat format) const
{
    const QString suffix = ExportSettings::suffix(format);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString filter = tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix);
    QString path = QFileDialog::getSaveFileName(&m_window, tr("Export"),
                                                QDir(folder).filePath(suggestedName + QLatin1Char('.') + suffix), filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    if (const QString mismatch = ExportSettings::suffixMismatch(path, format); !path.isEmpty() && !mismatch.isEmpty()) {
        report(mismatch, QString());
        return {};
    }
    return path;
}

void ExportActions::report(const QString &error, const QString &path) const
{
    if (!error.isEmpty()) {
        QMessageBox::warning(&m_window, tr("Export failed"), error);
        return;
    }
    m_window.statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void ExportActions::exportCurrentView(bool twins)
{
    ExportDialog dialog(ExportDialog::Mode::View, &m_window);
    dialog.setSettings(m_lastSettings);
    dialog.setBilingualTwins(twins);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_lastSettings = dialog.settings();
    SlideTarget target = currentTarget();
    if (m_lastSettings.profile == ExportProfile::Press && target.view == ViewId::Rounds && target.tab == RoundsTab::WhatIf)
        return report(tr("The what-if simulation is internal; export it with the internal review profile."), QString());
    const QString name = QStringLiteral("kai-%1-%2").arg(target.key(), m_state.asOf().toString(Qt::ISODate));
    const QString path = askFileName(name, m_lastSettings.format);
    if (!path.isEmpty())
        report(exportView(target, m_lastSettings, path, dialog.bilingualTwins()), path);
}

bool ExportActions::askBriefingSettings(ExportDialog &dialog) const
{
    ExportRegisterModel briefings;
    briefings.reload(m_state);
    dialog.setBriefings(briefings.records(), m_state.language());
    return dialog.exec() == QDialog::Accepted;
}

void ExportActions::exportBriefingPack()
{
    ExportDialog dialog(ExportDialog::Mode::Pack, &m_window);
    if (!askBriefingSettings(dialog))
        return;
    const QString name = QStringLiteral("kai-briefing-%1").arg(m_state.asOf().toString(Qt::ISODate));
    const QString path = askFileName(name, ExportFormat::Pdf);
    if (!path.isEmpty())
        report(exportPack(dialog.settings().profile, path, dialog.bilingualTwins(), dialog.changesSince()), path);
}

void ExportActions::exportBriefingDeck()
{
    ExportDialog dialog(ExportDialog::Mode::Deck, &m_window);
    dialog.setTemplatePath(m_lastTemplate);
    if (!askBriefingSettings(dialog))
        return;
    m_lastTemplate = dialog.templatePath();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString name = QStringLiteral("kai-briefing-%1.pptx").arg(m_state.asOf().toString(Qt::ISODate));
    QString path = QFileDialog::getSaveFileName(&m_window, tr("Export"), QDir(folder).filePath(name),
                                                tr("PowerPoint presentations (*.pptx)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pptx");
    report(exportDeck(dialog.settings().profile, m_lastTemplate, path, dialog.bilingualTwins(), dialog.changesSince()), path);
}

void ExportActions::setCurrentViewExportable(bool exportable)
{
    for (QAction *action : {m_exportView, m_exportTwins, m_copy, m_print})
        action->setEnabled(exportable);
}

void ExportActions::copyToClipboard()
{
    // The size of the page on screen, at the screen's pixel density: pastes as it looks.
    const ViewPage *page = m_window.page(m_window.currentView());
    const QSize logical = page->size().expandedTo(QSize(ExportSettings::MinSide, ExportSettings::MinSide))
                          + QSize(0, ProvenanceStamp::Height);
    const int scale = qBound(1, qCeil(m_window.devicePixelRatioF()), ExportSettings::MaxScale);
    const QImage image = viewImage(currentTarget(), logical, scale);
    if (image.isNull()) {
        report(tr("The view could not be drawn."), QString());
        return;
    }
    QGuiApplication::clipboard()->setImage(image);
    m_window.statusBar()->showMessage(tr("The view was copied to the clipboard."), 5000);
}

void ExportActions::offerExportsIn(QWidget *within)
{
    installChartMenus(within);
    installTableMenus(within);
}

// Views are built on their first visit, so menus are installed per page as well as once for
// the window: a widget marked as served is skipped.
static bool firstOffer(QWidget *widget)
{
    static const char *const served = "kaiExportMenus";
    if (widget->property(served).toBool())
        return false;
    widget->setProperty(served, true);
    return true;
}

void ExportActions::installChartMenus(QWidget *within)
{
    for (QChartView *chart : within->findChildren<QChartView *>()) {
        if (!firstOffer(chart))
            continue;
        chart->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(chart, &QWidget::customContextMenuRequested, this,
                [this, chart](const QPoint &position) { showChartMenu(chart, position); });
    }
}

void ExportActions::showChartMenu(QChartView *chart, const QPoint &position)
{
    QMenu menu(&m_window);
    if (auto *view = qobject_cast<ChartView *>(chart)) {
        view->addTableAction(&menu);
        menu.addSeparator();
    }
    menu.addAction(tr("Copy Chart"), this, [this, chart] {
        const QImage image = chartImage(*chart, qBound(1, qCeil(m_window.devicePixelRatioF()) * 2, ExportSettings::MaxScale));
        if (image.isNull())
            return report(tr("The chart could not be drawn."), QString());
        QGuiApplication::clipboard()->setImage(image);
        m_window.statusBar()->showMessage(tr("The chart was copied to the clipboard."), 5000);
    });
    for (const ExportFormat format : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf}) {
        menu.addAction(tr("Export Chart as %1…").arg(ExportSettings::suffix(format).toUpper()), this, [this, chart, format] {
            ExportSettings settings;
            settings.format = format;
            settings.size = chartExportSize(*chart);
            settings.scale = 2;
            const QString path = askFileName(tr("chart"), format);
            if (!path.isEmpty())
                report(exportChart(*chart, settings, path), path);
        });
    }
    menu.exec(chart->mapToGlobal(position));
}

void ExportActions::installTableMenus(QWidget *within)
{
    for (QTableView *table : within->findChildren<QTableView *>()) {
        if (!firstOffer(table))
            continue;
        auto *internal = new QAction(table);
        internal->setObjectName(QStringLiteral("exportTableToExcel"));
        connect(internal, &QAction::triggered, this, [this, table] { exportTableAsked(table, ExportProfile::Internal); });
        auto *press = new QAction(table);
        press->setObjectName(QStringLiteral("exportTableToExcelPress"));
        connect(press, &QAction::triggered, this, [this, table] { exportTableAsked(table, ExportProfile::Press); });
        // Press masking works from the snapshot tables' cell roles; other tables (the change
        // history, review notes) are internal records with nothing a press copy could show.
        press->setVisible(table->model() && XlsxWorkbookWriter::speaksTableRoles(table->model()));
        table->addActions({internal, press});
        m_tableActions << internal << press;
        // A table with its own menu (review notes) lists these actions in it.
        if (table->contextMenuPolicy() != Qt::CustomContextMenu)
            table->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
    retranslate();
}

QString ExportActions::tableTitle(const QTableView &table)
{
    if (!table.accessibleName().isEmpty())
        return table.accessibleName();
    for (const QWidget *parent = table.parentWidget(); parent; parent = parent->parentWidget()) {
        if (const auto *view = qobject_cast<const ViewPage *>(parent))
            return view->title();
    }
    return tr("Table");
}

void ExportActions::exportTableAsked(QTableView *table, ExportProfile profile)
{
    QString name = tableTitle(*table);
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString path = askFileName(name, ExportFormat::Xlsx);
    if (!path.isEmpty())
        report(exportTable(*table, profile, path), path);
}

QString ExportActions::exportTable(const QTableView &table, ExportProfile profile, const QString &path) const
{
    if (!table.model())
        return tr("The table has nothing to export.");
    if (const QString error = AtomicFileWriter::checkWritable(path); !error.isEmpty())
        return error;
    QString error;
    const auto exportContext = context(m_state.language(), profile, &error);
    if (!exportContext)
        return error;
    error = XlsxExport(*exportContext).writeTable(tableTitle(table), *table.model(), path);
    if (error.isEmpty())
        registerExport(*exportContext, QStringLiteral("table"), path);
    return error;
}

QSize ExportActions::chartExportSize(const QChartView &chart)
{
    return chart.size().expandedTo(QSize(ExportSettings::MinSide, ExportSettings::MinSide))
        + QSize(0, ProvenanceStamp::Height);
}

ExportPage ExportActions::chartPage(QChartView &chart, const ExportContext &context) const
{
    const ViewPage *view = nullptr;
    for (QWidget *parent = chart.parentWidget(); parent && !view; parent = parent->parentWidget())
        view = qobject_cast<const ViewPage *>(parent);
    // The title as given, not as wrapped for the screen (rich text with line breaks).
    const auto *ours = qobject_cast<const ChartView *>(&chart);
    const QString chartTitle = ours ? ours->chartTitle() : chart.chart()->title();
    const QString title = chartTitle.isEmpty() && view ? view->title() : chartTitle;
    ExportPage page;
    page.palette = chart.palette();
    page.stamp = context.stamp(title, view && view->showsIllustrativeData());
    // The chart as drawn on screen, scaled into the page; vector in SVG and PDF.
    page.content = [target = QPointer<QChartView>(&chart)](QPainter &painter, const QRectF &content) {
        if (target)
            target->render(&painter, content, target->viewport()->rect(), Qt::KeepAspectRatio);
    };
    return page;
}

QString ExportActions::exportChart(QChartView &chart, const ExportSettings &settings, const QString &path) const
{
    QString error;
    const auto exportContext = context(m_state.language(), ExportProfile::Internal, &error);
    if (!exportContext)
        return error;
    error = ExportRenderer::write(chartPage(chart, *exportContext), settings, path);
    if (error.isEmpty())
        registerExport(*exportContext, QStringLiteral("chart"), path);
    return error;
}

void ExportActions::registerExport(const ExportContext &context, const QString &target, const QString &path) const
{
    // The window opened the database read-only (--read-only or its permissions): nothing is written.
    if (m_state.isReadOnly()) {
        spdlog::info("export not registered: the database is open read-only");
        return;
    }
    context.registerExport(target, path);
}

QImage ExportActions::chartImage(QChartView &chart, int scale) const
{
    QString error;
    const auto exportContext = context(m_state.language(), ExportProfile::Internal, &error);
    if (!exportContext)
        return {};
    return ExportRenderer::image(chartPage(chart, *exportContext), chartExportSize(chart), scale);
}

void ExportActions::printCurrentView()
{
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                      QPageLayout::Millimeter));
    QPrintPreviewDialog preview(&printer, &m_window);
    const SlideTarget target = currentTarget();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, target](QPrinter *printed) {
        QString error;
        const std::unique_ptr<ExportContext> export_ = context(m_state.language(), ExportProfile::Internal, &error);
        const std::unique_ptr<Slide> slide = export_ ? export_->createSlide(target) : nullptr;
        if (!slide)
            return;
        const QSize logical = BriefingPack::pageSize();
        QPainter painter(printed);
        ExportRenderer::fitToPage(painter, *printed, logical);
        ExportRenderer::paint(painter, export_->slidePage(*slide), logical);
    });
    preview.exec();
}

} // namespace kai::ui
