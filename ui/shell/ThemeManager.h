// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>

namespace kai::ui {

// Light and dark themes, or the system's own look. Light and dark use the Fusion style with an
// explicit palette so they look the same on every platform; painted views and charts read the
// palette, so they follow.
class ThemeManager : public QObject
{
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark };

    explicit ThemeManager(QObject *parent = nullptr);

    Theme theme() const { return m_theme; }
    static Theme savedTheme();
    void setTheme(Theme theme, bool persist);

    static QPalette lightPalette();
    static QPalette darkPalette();

signals:
    void themeChanged(kai::ui::ThemeManager::Theme theme);

private:
    Theme m_theme = Theme::System;
    QString m_systemStyle;
};

} // namespace kai::ui
