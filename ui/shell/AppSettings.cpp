// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AppSettings.h"

#include <QSettings>

namespace kai::ui {

QString AppSettings::name(Key key)
{
    switch (key) {
    case Key::Language: return QStringLiteral("ui/language");
    case Key::Theme: return QStringLiteral("ui/theme");
    case Key::WindowGeometry: return QStringLiteral("window/geometry");
    case Key::WindowState: return QStringLiteral("window/state");
    case Key::CurrentView: return QStringLiteral("window/currentView");
    case Key::DisplayName: return QStringLiteral("edit/displayName");
    }
    return {};
}

QVariant AppSettings::value(Key key, const QVariant &defaultValue)
{
    return QSettings().value(name(key), defaultValue);
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    QSettings().setValue(name(key), value);
}

bool AppSettings::contains(Key key)
{
    return QSettings().contains(name(key));
}

} // namespace kai::ui
