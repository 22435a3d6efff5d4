// SPDX-License-Identifier: GPL-3.0-or-later
// The only file that asks the operating system directly for its accessibility settings.
#include "shell/SystemHighContrast.h"

#include <QByteArray>
#include <QtGlobal>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace kai::ui {

bool systemWantsHighContrast()
{
    const QByteArray forced = qgetenv("KAI_HIGH_CONTRAST");
    if (!forced.isEmpty())
        return forced != "0";
#ifdef Q_OS_WIN
    HIGHCONTRASTW settings{};
    settings.cbSize = sizeof(settings);
    if (SystemParametersInfoW(SPI_GETHIGHCONTRAST, settings.cbSize, &settings, 0))
        return (settings.dwFlags & HCF_HIGHCONTRASTON) != 0;
    return false;
#else
    return qgetenv("GTK_THEME").contains("HighContrast");
#endif
}

} // namespace kai::ui
