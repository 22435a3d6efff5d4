// SPDX-License-Identifier: GPL-3.0-or-later
// No label, button or column header of the main window may be clipped or elided, in Korean or in
// English, at the default window size. CTest runs this at 100 %, 125 %, 150 % and 200 % scaling
// (QT_SCALE_FACTOR), and with the system font at twice its size (KAI_TEST_FONT_SCALE=2, as a
// reader who sets a larger text size in the system's accessibility settings).
#include "ShellFixture.h"
#include "charts/ChartTitleItem.h"
#include "charts/ChartView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using namespace kai;
using ui::ViewId;

namespace {
bool visibleIn(const QWidget *widget, const QWidget *root)
{
    return widget->isVisibleTo(root) && !widget->visibleRegion().isEmpty();
}

// A label whose whole text is in its tooltip may elide (a long file path in the status bar).
bool mayElide(const QWidget *widget, const QString &text)
{
    return !widget->toolTip().isEmpty() && widget->toolTip().contains(text);
}

QStringList clippedTexts(const QWidget *root)
{
    QStringList clipped;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (!visibleIn(label, root) || label->text().isEmpty() || !label->pixmap().isNull() || mayElide(label, label->text()))
            continue;
        const bool fits = label->wordWrap() ? label->heightForWidth(label->width()) <= label->height() + 1
                                            : label->minimumSizeHint().width() <= label->width() + 1;
        if (!fits)
            clipped << QStringLiteral("label '%1'").arg(label->text());
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (visibleIn(button, root) && !button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
            clipped << QStringLiteral("button '%1'").arg(button->text());
    }
    for (const QComboBox *box : root->findChildren<QComboBox *>()) {
        if (visibleIn(box, root) && box->sizeHint().width() > box->width() + 1)
            clipped << QStringLiteral("combo box '%1'").arg(box->currentText());
    }
    for (const QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (!visibleIn(header, root) || header->orientation() != Qt::Horizontal)
            continue;
        const QFontMetrics metrics(header->font());
        for (int section = 0; section < header->count(); ++section) {
            const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
            // Header text needs its width plus the style's margins on both sides.
            if (!header->isSectionHidden(section) && header->sectionSize(section) < metrics.horizontalAdvance(text) + 8)
                clipped << QStringLiteral("header '%1'").arg(text);
        }
    }
    // Qt Charts shortens a title, legend entry or axis label it has no room for to "...".
    for (const ui::ChartView *view : root->findChildren<ui::ChartView *>()) {
        // A chart scrolled out of sight is still clipped (a chart view's own region is its viewport's).
        if (!view->isVisibleTo(root) || !view->scene())
            continue;
        for (const QGraphicsItem *item : view->scene()->items()) {
            const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
            if (text && item->isVisible()
                && (text->toPlainText().endsWith(QStringLiteral("...")) || text->toPlainText().endsWith(QChar(0x2026))))
                clipped << QStringLiteral("chart '%1' text '%2'").arg(view->chartTitle(), text->toPlainText());
        }
        // The title the chart draws itself stays inside the chart.
        if (const ui::ChartTitleItem *title = view->titleItem()) {
            const QRectF chart(QPointF(0, 0), view->chart()->size());
            if (!chart.contains(title->mapRectToParent(title->boundingRect())))
                clipped << QStringLiteral("chart title '%1' outside its chart").arg(view->chartTitle());
        }
    }
    return clipped;
}
} // namespace

class TestTextClipping : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        if (const double fontScale = qEnvironmentVariable("KAI_TEST_FONT_SCALE").toDouble(); fontScale > 0) {
            QFont font = QApplication::font();
            font.setPointSizeF(font.pointSizeF() * fontScale);
            QApplication::setFont(font);
        }
        m_sample = new test::SampleDatabase;
    }

    void cleanupTestCase() { delete m_sample; }

    void nothingIsClipped_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("view");
        QTest::addColumn<QSize>("size");  // invalid: the window's default size
        for (const auto &[code, language] : {std::pair{"en", domain::Language::English}, std::pair{"ko", domain::Language::Korean}}) {
            for (int view = 0; view < ui::ViewCount; ++view) {
                QTest::addRow("%s view %d", code, view) << int(language) << view << QSize();
                QTest::addRow("%s view %d at 1366x768", code, view) << int(language) << view << QSize(1366, 768);
            }
        }
    }

    void nothingIsClipped()
    {
        QFETCH(int, language);
        QFETCH(int, view);
        QFETCH(QSize, size);
        test::ShellFixture shell(*m_sample, domain::Language(language), QDate(2026, 11, 29), true);
        if (size.isValid())
            shell.window->resize(size);
        shell.window->showView(ViewId(view));
        QStringList clipped = settledClippedTexts(shell.window.get());
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
        // Every tab of the view as well (the Rounds view's charts are on tabs), also with twice the
        // text size (where Qt Charts cut the relative-performance chart's names, legend and title).
        for (QTabWidget *tabs : shell.window->findChildren<QTabWidget *>()) {
            if (!tabs->isVisibleTo(shell.window.get()))
                continue;
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                clipped = settledClippedTexts(shell.window.get());
                QVERIFY2(clipped.isEmpty(), qPrintable(tabs->tabText(tab) + QStringLiteral(": ") + clipped.join(QStringLiteral("; "))));
            }
        }
    }

private:
    static QStringList settledClippedTexts(const QWidget *window)
    {
        // Charts lay out their texts in posted layout requests, and may reserve room and lay out again.
        for (int pass = 0; pass < 4; ++pass) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
        // A view is built on its first visit: its layout may grow the window, which an offscreen window
        // applies through posted events; a loaded machine needs more than one pass to deliver them.
        QStringList clipped;
        [[maybe_unused]] const bool settled = QTest::qWaitFor([&] { return (clipped = clippedTexts(window)).isEmpty(); }, 2000);
        return clipped;
    }
};

QTEST_MAIN(TestTextClipping)
#include "tst_text_clipping.moc"
