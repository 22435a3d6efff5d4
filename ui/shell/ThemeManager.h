// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>

namespace kai::ui {

// Light, dark and high-contrast themes, or the system's own look. They use the Fusion style with
// an explicit palette so they look the same on every platform; painted views and charts read the
// palette, so they follow. "System" becomes high contrast when the system asks for it
// (systemWantsHighContrast()).
class ThemeManager : public QObject
{
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark, HighContrast };

    explicit ThemeManager(QObject *parent = nullptr);

    Theme theme() const { return m_theme; }
    static Theme savedTheme();
    void setTheme(Theme theme, bool persist);

    static QPalette lightPalette();
    static QPalette darkPalette();
    // White on black, yellow focus and selection: at least 7:1 for all text (WCAG AAA).
    static QPalette highContrastPalette();
    // The palette a theme shows (System: the style's own, or high contrast when asked for).
    QPalette palette(Theme theme) const;

signals:
    void themeChanged(kai::ui::ThemeManager::Theme theme);

private:
    Theme m_theme = Theme::System;
    QString m_systemStyle;
};

} // namespace kai::ui
