// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace kai::ui {

QString ExportSettings::validate() const
{
    if (scale < 1 || scale > MaxScale)
        return tr("The scale must be 1, 2 or 3.");
    if (size.width() < MinSide || size.height() < MinSide)
        return tr("The size must be at least %1×%1 pixels.").arg(MinSide);
    if (size.width() * scale > MaxPixels || size.height() * scale > MaxPixels)
        return tr("The size × scale must not exceed %1 pixels per side.").arg(MaxPixels);
    return {};
}

std::optional<ExportFormat> ExportSettings::parseFormat(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("png"))
        return ExportFormat::Png;
    if (lower == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (lower == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (lower == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    return std::nullopt;
}

QString ExportSettings::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png: return QStringLiteral("png");
    case ExportFormat::Svg: return QStringLiteral("svg");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    case ExportFormat::Xlsx: return QStringLiteral("xlsx");
    }
    return {};
}

QString ExportSettings::suffixMismatch(const QString &path, ExportFormat format)
{
    const QFileInfo info(path);
    const std::optional<ExportFormat> named = parseFormat(info.suffix());
    if (!named || *named == format)
        return {};
    const QString expected = info.completeBaseName() + QLatin1Char('.') + suffix(format);
    return tr("%1 is named as a %2 file, but the export is %3. Name it %4, or choose the %2 format.")
        .arg(QDir::toNativeSeparators(path), suffix(*named).toUpper(), suffix(format).toUpper(), expected);
}

std::optional<QSize> ExportSettings::parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,6})\\s*[x×X]\\s*(\\d{1,6})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return QSize(match.captured(1).toInt(), match.captured(2).toInt());
}

QString ExportSettings::profileName(ExportProfile profile)
{
    return profile == ExportProfile::Press ? tr("Press (for release)") : tr("Internal review");
}

} // namespace kai::ui

namespace kai::ui {

QString ExportSettings::twinPath(const QString &path, const QString &languageCode)
{
    const QFileInfo info(path);
    const QString stem = info.completeBaseName() + QLatin1Char('_') + languageCode;
    const QString name = info.suffix().isEmpty() ? stem : stem + QLatin1Char('.') + info.suffix();
    return info.dir().filePath(name);
}

} // namespace kai::ui
