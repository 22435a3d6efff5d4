// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace kai {

// Qt 6.8 deprecates the Qt::TimeSpec constructors that Qt 6.4 (Debian 12) still needs for a plain UTC
// time; a QTimeZone-built time on 6.4 would print "+00:00" where the change log and exports print "Z".
inline QDateTime utcDateTime(QDate day, QTime time = QTime(0, 0))
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(day, time, QTimeZone::UTC);
#else
    return QDateTime(day, time, Qt::UTC);
#endif
}

} // namespace kai
