// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ThemeManager.h"

#include "shell/AppSettings.h"
#include "shell/SystemHighContrast.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <memory>

namespace kai::ui {

namespace {
QString themeCode(ThemeManager::Theme theme)
{
    switch (theme) {
    case ThemeManager::Theme::Light: return QStringLiteral("light");
    case ThemeManager::Theme::Dark: return QStringLiteral("dark");
    case ThemeManager::Theme::HighContrast: return QStringLiteral("high-contrast");
    case ThemeManager::Theme::System: break;
    }
    return QStringLiteral("system");
}

void setColours(QPalette &palette, QPalette::ColorRole role, const QColor &active, const QColor &disabled)
{
    palette.setColor(QPalette::Active, role, active);
    palette.setColor(QPalette::Inactive, role, active);
    palette.setColor(QPalette::Disabled, role, disabled);
}
} // namespace

ThemeManager::ThemeManager(QObject *parent) : QObject(parent), m_systemStyle(QApplication::style()->name()) {}

ThemeManager::Theme ThemeManager::savedTheme()
{
    const QString code = AppSettings::value(AppSettings::Key::Theme).toString();
    if (code == QLatin1String("light"))
        return Theme::Light;
    if (code == QLatin1String("dark"))
        return Theme::Dark;
    if (code == QLatin1String("high-contrast"))
        return Theme::HighContrast;
    return Theme::System;
}

QPalette ThemeManager::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = fusion->standardPalette();
    setColours(palette, QPalette::Highlight, QColor(0x2F, 0x6F, 0xB3), QColor(0xB0, 0xB0, 0xB0));
    setColours(palette, QPalette::Link, QColor(0x1F, 0x5F, 0xA8), QColor(0x90, 0x90, 0x90));
    return palette;
}

QPalette ThemeManager::darkPalette()
{
    QPalette palette;
    const QColor text(0xE6, 0xE6, 0xE6);
    const QColor disabledText(0x7A, 0x7F, 0x87);
    setColours(palette, QPalette::Window, QColor(0x1E, 0x1F, 0x22), QColor(0x1E, 0x1F, 0x22));
    setColours(palette, QPalette::WindowText, text, disabledText);
    setColours(palette, QPalette::Base, QColor(0x26, 0x28, 0x2B), QColor(0x22, 0x23, 0x26));
    setColours(palette, QPalette::AlternateBase, QColor(0x2D, 0x2F, 0x33), QColor(0x2D, 0x2F, 0x33));
    setColours(palette, QPalette::Text, text, disabledText);
    setColours(palette, QPalette::Button, QColor(0x2D, 0x2F, 0x33), QColor(0x26, 0x28, 0x2B));
    setColours(palette, QPalette::ButtonText, text, disabledText);
    setColours(palette, QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B), disabledText);
    // Between two limits: white selected text on it needs 4.5:1, the focus frame and marks drawn in
    // it need 3:1 against the dark base (tst_contrast).
    setColours(palette, QPalette::Highlight, QColor(0x29, 0x75, 0xC4), QColor(0x3A, 0x3D, 0x42));
    setColours(palette, QPalette::HighlightedText, QColor(0xFF, 0xFF, 0xFF), disabledText);
    setColours(palette, QPalette::Light, QColor(0x3A, 0x3D, 0x42), QColor(0x3A, 0x3D, 0x42));
    setColours(palette, QPalette::Midlight, QColor(0x33, 0x36, 0x3A), QColor(0x33, 0x36, 0x3A));
    setColours(palette, QPalette::Mid, QColor(0x55, 0x58, 0x5E), QColor(0x44, 0x47, 0x4C));
    setColours(palette, QPalette::Dark, QColor(0x15, 0x16, 0x18), QColor(0x15, 0x16, 0x18));
    setColours(palette, QPalette::Shadow, QColor(0x0A, 0x0A, 0x0B), QColor(0x0A, 0x0A, 0x0B));
    setColours(palette, QPalette::ToolTipBase, QColor(0x2D, 0x2F, 0x33), QColor(0x2D, 0x2F, 0x33));
    setColours(palette, QPalette::ToolTipText, text, disabledText);
    setColours(palette, QPalette::PlaceholderText, QColor(0x9A, 0xA0, 0xA6), disabledText);
    setColours(palette, QPalette::Link, QColor(0x8A, 0xB4, 0xF8), disabledText);
    return palette;
}

QPalette ThemeManager::highContrastPalette()
{
    QPalette palette;
    const QColor black(0x00, 0x00, 0x00);
    const QColor white(0xFF, 0xFF, 0xFF);
    const QColor yellow(0xFF, 0xEB, 0x3B);
    const QColor disabled(0xA0, 0xA0, 0xA0);  // still 7.9:1 on black; disabled text is exempt anyway
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                                           QPalette::ToolTipBase, QPalette::Dark, QPalette::Shadow})
        setColours(palette, role, role == QPalette::AlternateBase ? QColor(0x1A, 0x1A, 0x1A) : black, black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                           QPalette::ToolTipText, QPalette::BrightText, QPalette::Light,
                                           QPalette::Midlight, QPalette::Mid})
        setColours(palette, role, white, disabled);
    setColours(palette, QPalette::PlaceholderText, QColor(0xC8, 0xC8, 0xC8), disabled);
    setColours(palette, QPalette::Highlight, yellow, disabled);
    setColours(palette, QPalette::HighlightedText, black, black);
    setColours(palette, QPalette::Link, QColor(0x80, 0xD8, 0xFF), disabled);
    setColours(palette, QPalette::LinkVisited, QColor(0xE1, 0xA8, 0xFF), disabled);
    return palette;
}

QPalette ThemeManager::palette(Theme theme) const
{
    switch (theme) {
    case Theme::Light: return lightPalette();
    case Theme::Dark: return darkPalette();
    case Theme::HighContrast: return highContrastPalette();
    case Theme::System: break;
    }
    return systemWantsHighContrast() ? highContrastPalette() : QApplication::style()->standardPalette();
}

void ThemeManager::setTheme(Theme theme, bool persist)
{
    if (theme == Theme::System && !systemWantsHighContrast()) {
        QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(palette(theme));
    }
    m_theme = theme;
    if (persist)
        AppSettings::setValue(AppSettings::Key::Theme, themeCode(theme));
    emit themeChanged(theme);
}

} // namespace kai::ui
