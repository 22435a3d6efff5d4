// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <optional>

namespace kai::ui {

enum class ExportFormat { Png, Svg, Pdf, Xlsx };  // Xlsx: the tables, not a picture

// Who the file is for. Press (보도용) hides confidential figures and internal notes and always
// uses the light palette; internal review (내부검토용) shows everything the window shows.
enum class ExportProfile { Internal, Press };

// How one image or document is made: its logical size in device-independent pixels, the pixel
// scale of raster output, the format and the profile.
struct ExportSettings
{
    Q_DECLARE_TR_FUNCTIONS(ExportSettings)

public:
    ExportFormat format = ExportFormat::Png;
    QSize size = QSize(1920, 1080);
    int scale = 1;
    ExportProfile profile = ExportProfile::Internal;

    static constexpr int MinSide = 200;      // logical pixels: room for the provenance stamp
    static constexpr int MaxPixels = 16384;  // per side, after scaling
    static constexpr int MaxScale = 3;

    // Empty when the settings can be rendered; otherwise a translated reason.
    QString validate() const;

    static std::optional<ExportFormat> parseFormat(const QString &name);
    static QString suffix(ExportFormat format);
    // Empty unless the file name ends in the suffix of another format (x.png written as SVG):
    // then a translated reason. An unknown suffix or none is the caller's choice.
    static QString suffixMismatch(const QString &path, ExportFormat format);
    static std::optional<QSize> parseSize(const QString &text);  // "1920x1080"
    static QString profileName(ExportProfile profile);
    // NAME.EXT → NAME_ko.EXT: where one language of a pair of bilingual twins goes.
    static QString twinPath(const QString &path, const QString &languageCode);
};

} // namespace kai::ui
