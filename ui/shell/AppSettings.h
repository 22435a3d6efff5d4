// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariant>

namespace kai::ui {

// Typed access to the persisted choices, so no key string is spelled in more than one place.
class AppSettings
{
public:
    // DisplayName: the name the change log records beside the OS account (optional).
    enum class Key { Language, Theme, WindowGeometry, WindowState, CurrentView, DisplayName };

    static QVariant value(Key key, const QVariant &defaultValue = {});
    static void setValue(Key key, const QVariant &value);
    static bool contains(Key key);

private:
    static QString name(Key key);
};

} // namespace kai::ui
