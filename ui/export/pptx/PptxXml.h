// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QString>

namespace kai::ui::pptx {

// Names of PresentationML (ECMA-376 part 1, §19) that more than one part writer needs.
inline const QString DrawingNs = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
inline const QString PresentationNs = QStringLiteral("http://schemas.openxmlformats.org/presentationml/2006/main");
inline const QString RelationshipNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

inline QString contentType(const char *kind)
{
    return QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.%1+xml").arg(QLatin1String(kind));
}
inline const QString ThemeType = QStringLiteral("application/vnd.openxmlformats-officedocument.theme+xml");

// English Metric Units: 914,400 to the inch, 12,700 to the point.
constexpr qint64 EmuPerPoint = 12700;

// A placeholder of a master or layout: its kind ("title", "ftr", ...), index and box in EMU
// (null when the shape inherits its box).
struct Placeholder
{
    QString type;
    QString index;
    QRect box;
};

} // namespace kai::ui::pptx
