// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShellFixture.h"
#include "export/ExportActions.h"
#include "export/ExportDialog.h"
#include "charts/BarChart.h"
#include "gpu/GpuUsageView.h"
#include "rounds/RoundsView.h"
#include "slides/SlideTarget.h"

#include <QAction>
#include <QChartView>
#include <QFile>
#include <QComboBox>
#include <QImage>
#include <QMenuBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kai;
using ui::ExportFormat;
using ui::ExportProfile;
using ui::ViewId;
using ui::ExportSettings;
using ui::GpuUsageView;
using ui::RoundsTab;
using ui::RoundsView;
using ui::SlideTarget;

class TestExportWindow : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;
    std::unique_ptr<test::ShellFixture> m_shell;
    DashboardState *m_state = nullptr;
    ui::LanguageManager *m_languages = nullptr;
    ui::MainWindow *m_window = nullptr;
    QTemporaryDir m_out;

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        m_sample = new test::SampleDatabase;
        m_shell = std::make_unique<test::ShellFixture>(*m_sample, domain::Language::English, QDate::currentDate());
        m_state = &m_shell->state;
        m_languages = &m_shell->languages;
        m_window = m_shell->window.get();
    }

    void cleanupTestCase()
    {
        m_shell.reset();
        delete m_sample;
    }

    void fileMenuOffersTheExports()
    {
        QStringList texts;
        for (const QAction *action : m_window->menuBar()->actions().first()->menu()->actions())
            texts << action->text();
        for (const QString &expected : {QStringLiteral("&Export Current View…"), QStringLiteral("Export &Bilingual Twins…"),
                                        QStringLiteral("Export Briefing Pac&k…"), QStringLiteral("&Copy View to Clipboard"),
                                        QStringLiteral("&Print…")})
            QVERIFY2(texts.contains(expected), qPrintable(texts.join(QLatin1Char('|'))));
    }

    void pressTwinsLeaveTheWindowAlone()
    {
        m_window->showView(ViewId::Rounds);
        const QSize pageSize = m_window->page(ViewId::Rounds)->size();
        ui::ExportSettings settings;
        settings.format = ExportFormat::Png;
        settings.size = QSize(1280, 720);
        settings.profile = ExportProfile::Press;
        const QString path = m_out.filePath(QStringLiteral("rounds.png"));
        QCOMPARE(m_window->exportActions()->exportView(ViewId::Rounds, settings, path, true), QString());
        const QImage korean(m_out.filePath(QStringLiteral("rounds_ko.png")));
        const QImage english(m_out.filePath(QStringLiteral("rounds_en.png")));
        QCOMPARE(korean.size(), QSize(1280, 720));
        QCOMPARE(english.size(), korean.size());
        // The export had its own state: the window is neither in press mode nor resized nor Korean.
        QVERIFY(!m_state->pressMode());
        QCOMPARE(m_window->page(ViewId::Rounds)->size(), pageSize);
        QCOMPARE(m_state->language(), domain::Language::English);
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void currentViewExportsTheTabAndFiltersOnScreen()
    {
        // What you see is what you export: the Rounds tab and the GPU filter on screen reach the slide.
        m_window->showView(ViewId::Rounds);
        auto *rounds = qobject_cast<RoundsView *>(m_window->page(ViewId::Rounds));
        QVERIFY(rounds);
        rounds->tabs()->setCurrentIndex(int(RoundsTab::Funnel));
        QCOMPARE(m_window->exportActions()->currentTarget().key(), QStringLiteral("rounds-funnel"));
        rounds->tabs()->setCurrentIndex(int(RoundsTab::Performance));
        auto *benchmark = rounds->findChild<QComboBox *>(QStringLiteral("benchmarkPicker"));
        QVERIFY(benchmark);
        const int chosen = benchmark->count() > 1 ? 1 : 0;
        benchmark->setCurrentIndex(chosen);
        const SlideTarget performance = m_window->exportActions()->currentTarget();
        QCOMPARE(performance.key(), QStringLiteral("rounds-performance"));
        QVERIFY(!performance.roundCode.isEmpty());
        QCOMPARE(performance.benchmarkIndex, chosen);
        benchmark->setCurrentIndex(0);
        rounds->tabs()->setCurrentIndex(0);

        m_window->showView(ViewId::Gpu);
        auto *gpu = qobject_cast<GpuUsageView *>(m_window->page(ViewId::Gpu));
        QVERIFY(gpu && gpu->consortiumFilter()->count() > 1);
        gpu->consortiumFilter()->setCurrentIndex(1);
        const SlideTarget filtered = m_window->exportActions()->currentTarget();
        QCOMPARE(filtered.key(), QStringLiteral("gpu"));
        QVERIFY(!filtered.consortiumCode.isEmpty());
        ExportSettings settings;
        settings.format = ExportFormat::Svg;
        const QString path = m_out.filePath(QStringLiteral("gpu-filtered.svg"));
        QCOMPARE(m_window->exportActions()->exportView(filtered, settings, path, false), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(gpu->consortiumFilter()->currentText().section(QLatin1Char(' '), 0, 0)));
        gpu->consortiumFilter()->setCurrentIndex(0);
    }

    void packAndClipboardImage()
    {
        QCOMPARE(m_window->exportActions()->exportPack(ExportProfile::Internal, m_out.filePath(QStringLiteral("pack.pdf")),
                                                       false),
                 QString());
        const QImage image = m_window->exportActions()->viewImage(ViewId::Overview, QSize(800, 600), 2);
        QCOMPARE(image.size(), QSize(1600, 1200));
    }

    void everyChartExportsOnItsOwn()
    {
        m_window->showView(ViewId::Gpu);
        auto *chart = m_window->page(ViewId::Gpu)->findChild<QChartView *>();
        QVERIFY(chart);
        QCOMPARE(chart->contextMenuPolicy(), Qt::CustomContextMenu);  // copy / export from its context menu
        ui::ExportSettings settings;
        settings.size = ui::ExportActions::chartExportSize(*chart);
        settings.scale = 2;
        const QString png = m_out.filePath(QStringLiteral("chart.png"));
        QCOMPARE(m_window->exportActions()->exportChart(*chart, settings, png), QString());
        const QImage image(png);
        QCOMPARE(image.size(), settings.size * 2);
        settings.format = ui::ExportFormat::Svg;
        const QString svg = m_out.filePath(QStringLiteral("chart.svg"));
        QCOMPARE(m_window->exportActions()->exportChart(*chart, settings, svg), QString());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray drawn = file.readAll();
        QVERIFY(drawn.contains("<path"));  // drawn as vectors
        // With its category labels, which the chart draws itself (CategoryAxisLabels).
        const auto *bars = qobject_cast<const ui::BarChart *>(chart);
        QVERIFY(bars && !bars->categoryLabels()->shownTexts().isEmpty());
        const QByteArray first = bars->categoryLabels()->shownTexts().constFirst().toUtf8();  // with its year
        QVERIFY2(drawn.contains('>' + first + "</text>"), first.constData());
        QVERIFY(!m_window->exportActions()->chartImage(*chart, 1).isNull());
        for (QChartView *view : m_window->findChildren<QChartView *>())
            QCOMPARE(view->contextMenuPolicy(), Qt::CustomContextMenu);
    }

    void dialogReportsItsChoices()
    {
        ui::ExportDialog dialog(ui::ExportDialog::Mode::View);
        auto *size = dialog.findChild<QComboBox *>(QStringLiteral("exportSize"));
        auto *width = dialog.findChild<QSpinBox *>(QStringLiteral("exportWidth"));
        QVERIFY(size && width);
        QVERIFY(!width->isEnabled());
        QCOMPARE(dialog.settings().size, QSize(1920, 1080));
        size->setCurrentIndex(1);
        QCOMPARE(dialog.settings().size, QSize(1280, 720));
        size->setCurrentIndex(2);
        QVERIFY(width->isEnabled());
        width->setValue(1000);
        QCOMPARE(dialog.settings().size, QSize(1000, 720));
        dialog.findChild<QComboBox *>(QStringLiteral("exportScale"))->setCurrentIndex(2);
        dialog.findChild<QComboBox *>(QStringLiteral("exportProfile"))->setCurrentIndex(1);
        dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"))->setCurrentIndex(1);
        QCOMPARE(dialog.settings().scale, 3);
        QCOMPARE(dialog.settings().profile, ExportProfile::Press);
        QCOMPARE(dialog.settings().format, ExportFormat::Svg);
        for (const QWidget *field : dialog.findChildren<QComboBox *>())
            QVERIFY(!field->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestExportWindow)
#include "tst_export_window.moc"
