// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20: contrast. Every theme's text on its backgrounds reaches 4.5:1; focus frames, selection
// and chart marks 3:1 against the chart background; status and illustrative tints keep their dark
// text readable. "System" turns into the high-contrast theme when the system asks for it.
#include "TestSupport.h"
#include "items/ConsortiumPalette.h"
#include "items/Contrast.h"
#include "items/StatusPalette.h"
#include "shell/ThemeManager.h"

#include <QApplication>
#include <QTest>

using namespace kai;
using ui::ThemeManager;

namespace {
struct Pair
{
    const char *what;
    QPalette::ColorRole foreground;
    QPalette::ColorRole background;
    double minimum;
};

QString describe(const QString &what, const QColor &a, const QColor &b, double ratio, double minimum)
{
    return QStringLiteral("%1: %2 on %3 = %4:1 (needs %5:1)")
        .arg(what, a.name(), b.name(), QString::number(ratio, 'f', 2), QString::number(minimum, 'f', 1));
}
} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::enterTestMode(); }

    void themeTextAndMarks_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(ThemeManager::Theme::Light);
        QTest::newRow("dark") << int(ThemeManager::Theme::Dark);
        QTest::newRow("high contrast") << int(ThemeManager::Theme::HighContrast);
    }

    void themeTextAndMarks()
    {
        QFETCH(int, theme);
        ThemeManager themes;
        const QPalette palette = themes.palette(ThemeManager::Theme(theme));
        const Pair pairs[] = {
            {"window text", QPalette::WindowText, QPalette::Window, Contrast::Text},
            {"text", QPalette::Text, QPalette::Base, Contrast::Text},
            {"text on alternate rows", QPalette::Text, QPalette::AlternateBase, Contrast::Text},
            {"button text", QPalette::ButtonText, QPalette::Button, Contrast::Text},
            {"selected text", QPalette::HighlightedText, QPalette::Highlight, Contrast::Text},
            {"tooltip", QPalette::ToolTipText, QPalette::ToolTipBase, Contrast::Text},
            {"link", QPalette::Link, QPalette::Base, Contrast::Text},
            {"placeholder", QPalette::PlaceholderText, QPalette::Base, Contrast::Text},
            // Focus frames, selection and the marks painted in the highlight colour (funnel, calendar).
            {"focus frame on window", QPalette::Highlight, QPalette::Window, Contrast::LargeTextOrMark},
            {"focus frame and marks on base", QPalette::Highlight, QPalette::Base, Contrast::LargeTextOrMark},
        };
        QStringList failures;
        for (const Pair &pair : pairs) {
            const QColor foreground = palette.color(QPalette::Active, pair.foreground);
            const QColor background = palette.color(QPalette::Active, pair.background);
            const double ratio = Contrast::ratio(foreground, background);
            const QString line = describe(QString::fromLatin1(pair.what), foreground, background, ratio, pair.minimum);
            qInfo().noquote() << line;
            if (ratio < pair.minimum)
                failures << line;
        }
        // Chart marks: every consortium colour against the chart background (the palette's base).
        const QColor chartBackground = palette.color(QPalette::Base);
        double lowest = 21;
        QVector<QColor> marks{ConsortiumPalette::neutral()};
        for (int index = 0; index < 30; ++index)
            marks << ConsortiumPalette::distinct(index);
        for (int i = 0; i < marks.size(); ++i) {
            const QColor mark = marks[i];
            const double ratio = Contrast::ratio(mark, chartBackground);
            lowest = std::min(lowest, ratio);
            if (ratio < Contrast::LargeTextOrMark)
                failures << describe(QStringLiteral("consortium colour %1").arg(i), mark, chartBackground, ratio,
                                     Contrast::LargeTextOrMark);
        }
        qInfo().noquote() << QStringLiteral("lowest consortium colour on the chart background: %1:1").arg(lowest, 0, 'f', 2);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    void statusColours()
    {
        QStringList failures;
        const auto check = [&](const QString &what, const QColor &text, const QColor &background) {
            const double ratio = Contrast::ratio(text, background);
            const QString line = describe(what, text, background, ratio, Contrast::Text);
            qInfo().noquote() << line;
            if (ratio < Contrast::Text)
                failures << line;
        };
        using domain::ConsortiumStatus;
        for (const ConsortiumStatus status : {ConsortiumStatus::Applied, ConsortiumStatus::Shortlisted,
                                              ConsortiumStatus::Selected, ConsortiumStatus::Advanced,
                                              ConsortiumStatus::Eliminated, ConsortiumStatus::NationalModel})
            check(QStringLiteral("status %1").arg(int(status)), StatusPalette::foreground(), StatusPalette::background(status));
        using domain::Outcome;
        for (const Outcome outcome : {Outcome::Advanced, Outcome::Eliminated, Outcome::Withdrawn, Outcome::Pending})
            check(QStringLiteral("outcome %1").arg(int(outcome)), StatusPalette::foreground(), StatusPalette::background(outcome));
        check(QStringLiteral("illustrative marker"), StatusPalette::illustrativeText(), StatusPalette::illustrativeBackground());
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    void systemAsksForHighContrast()
    {
        ThemeManager themes;
        qputenv("KAI_HIGH_CONTRAST", "1");
        themes.setTheme(ThemeManager::Theme::System, false);
        QCOMPARE(QApplication::palette().color(QPalette::Window), ThemeManager::highContrastPalette().color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Highlight), ThemeManager::highContrastPalette().color(QPalette::Highlight));
        qputenv("KAI_HIGH_CONTRAST", "0");
        themes.setTheme(ThemeManager::Theme::System, false);
        QVERIFY(QApplication::palette().color(QPalette::Window) != ThemeManager::highContrastPalette().color(QPalette::Window));
        qunsetenv("KAI_HIGH_CONTRAST");
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
