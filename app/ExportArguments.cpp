// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportArguments.h"

#include "export/AtomicFileWriter.h"
#include "shell/LanguageManager.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

namespace kai::app {

using domain::Language;

QList<QCommandLineOption> ExportArguments::options()
{
    return {
        {QStringLiteral("view"),
         tr("export: overview, consortia, timeline, gpu, rounds, a Rounds tab (rounds-results, rounds-performance, "
            "rounds-funnel, rounds-ranks, rounds-funding; rounds-whatif without --press), pack (a PDF of every "
            "view and chart) or workbook (an XLSX of every table)."),
         tr("VIEW")},
        {QStringLiteral("template"),
         tr("export: with --view deck (a PowerPoint file of every view and chart), the .pptx or .potx whose "
            "slide master, layouts and theme the deck uses."),
         tr("FILE")},
        {QStringLiteral("round"), tr("export: the round of a Rounds slide, by its code (default: the latest ranked)."),
         tr("CODE")},
        {QStringLiteral("consortium"), tr("export: GPU slide filter, a consortium code."), tr("CODE")},
        {QStringLiteral("provider"), tr("export: GPU slide filter, a provider code."), tr("CODE")},
        {QStringLiteral("gpu-model"), tr("export: GPU slide filter, a GPU model code."), tr("CODE")},
        {QStringLiteral("from"), tr("export: GPU slide filter, the first day (YYYY-MM-DD)."), tr("DATE")},
        {QStringLiteral("to"), tr("export: GPU slide filter, the last day (YYYY-MM-DD)."), tr("DATE")},
        {QStringLiteral("format"), tr("export: png, svg, pdf or xlsx (the view's tables; default: from the file name, else png)."),
         tr("FORMAT")},
        {QStringLiteral("size"), tr("export: logical size WxH in pixels (default 1920x1080)."), tr("WxH")},
        {QStringLiteral("scale"), tr("export: pixel scale of PNG output, 1, 2 or 3 (default 1)."), tr("N")},
        {QStringLiteral("press"), tr("export: press profile; hides confidential figures and internal notes.")},
        {QStringLiteral("as-of"), tr("export: show the data as known on DATE (YYYY-MM-DD)."), tr("DATE")},
        {QStringLiteral("out"), tr("export: the file to write."), tr("FILE")},
        {QStringLiteral("changes-since"),
         tr("export: with --view pack or deck, a page of what changed since DATE (YYYY-MM-DD) or since the "
            "registered export whose data checksum is CHECKSUM."),
         tr("DATE|CHECKSUM")},
    };
}

QStringList ExportArguments::optionNames()
{
    QStringList names;
    for (const QCommandLineOption &option : options())
        names << option.names();
    return names;
}

namespace {

QString readFilterDate(const QCommandLineParser &parser, const QString &name, QDate &date)
{
    if (!parser.isSet(name))
        return {};
    date = QDate::fromString(parser.value(name), Qt::ISODate);
    return date.isValid() ? QString() : ExportArguments::tr("Bad date '%1'; write it as YYYY-MM-DD.").arg(parser.value(name));
}

QString readView(const QCommandLineParser &parser, ExportArguments &arguments)
{
    const QString view = parser.value(QStringLiteral("view"));
    const QString names = ui::SlideTarget::keys().join(QStringLiteral(", "));
    if (view.isEmpty())
        return ExportArguments::tr("export needs --view (%1 or pack).").arg(names);
    arguments.pack = view.compare(QLatin1String("pack"), Qt::CaseInsensitive) == 0;
    arguments.deck = view.compare(QLatin1String("deck"), Qt::CaseInsensitive) == 0;
    arguments.workbook = view.compare(QLatin1String("workbook"), Qt::CaseInsensitive) == 0;
    arguments.view = ui::SlideTarget::parse(view);
    if (!arguments.pack && !arguments.deck && !arguments.workbook && !arguments.view)
        return ExportArguments::tr("Unknown view '%1'; use %2, pack, workbook or deck.").arg(view, names);
    if (!arguments.view)
        return {};
    ui::SlideTarget &target = *arguments.view;
    if (target.view == ui::ViewId::Rounds && target.tab == ui::RoundsTab::WhatIf && parser.isSet(QStringLiteral("press")))
        return ExportArguments::tr("The what-if simulation is internal; it cannot be exported with --press.");
    target.roundCode = parser.value(QStringLiteral("round"));
    target.consortiumCode = parser.value(QStringLiteral("consortium"));
    target.providerCode = parser.value(QStringLiteral("provider"));
    target.gpuModelCode = parser.value(QStringLiteral("gpu-model"));
    if (const QString error = readFilterDate(parser, QStringLiteral("from"), target.from); !error.isEmpty())
        return error;
    return readFilterDate(parser, QStringLiteral("to"), target.to);
}

// A "changes since" page: a day, or the checksum a registered export's stamp shows (resolved
// against the database's register when the file is opened).
QString readChangesSince(const QCommandLineParser &parser, ExportArguments &arguments)
{
    if (!parser.isSet(QStringLiteral("changes-since")))
        return {};
    if (!arguments.pack && !arguments.deck)
        return ExportArguments::tr("--changes-since adds a page to the briefing pack or deck; use it with --view pack or deck.");
    arguments.changesSince = parser.value(QStringLiteral("changes-since")).trimmed();
    static const QRegularExpression checksum(QStringLiteral("^[0-9A-Fa-f]{8}$"));
    if (!QDate::fromString(arguments.changesSince, Qt::ISODate).isValid() && !checksum.match(arguments.changesSince).hasMatch())
        return ExportArguments::tr("--changes-since takes a date as YYYY-MM-DD or the 8-digit data checksum of a registered "
                                   "export, not '%1'.").arg(arguments.changesSince);
    return {};
}

QString readLanguages(const QCommandLineParser &parser, ExportArguments &arguments)
{
    const QString code = parser.value(QStringLiteral("lang"));
    if (code.isEmpty())
        arguments.languages = {ui::LanguageManager::initialLanguage()};
    else if (code.compare(QLatin1String("both"), Qt::CaseInsensitive) == 0)
        arguments.languages = {Language::Korean, Language::English};
    else if (const auto language = ui::LanguageManager::parse(code))
        arguments.languages = {*language};
    else
        return ExportArguments::tr("Unknown language '%1'; use ko, en or both.").arg(code);
    return {};
}

// The deck is a .pptx whatever else is asked; its master may come from a template.
QString readDeckFormat(const QCommandLineParser &parser, ExportArguments &arguments)
{
    const QString format = parser.value(QStringLiteral("format"));
    const QString suffix = QFileInfo(arguments.outPath).suffix();
    if ((!format.isEmpty() && format.compare(QLatin1String("pptx"), Qt::CaseInsensitive) != 0)
        || (!suffix.isEmpty() && suffix.compare(QLatin1String("pptx"), Qt::CaseInsensitive) != 0))
        return ExportArguments::tr("The briefing deck is a PowerPoint file; use --format pptx and a file name ending in .pptx.");
    arguments.templatePath = parser.value(QStringLiteral("template"));
    if (parser.isSet(QStringLiteral("template")) && arguments.templatePath.isEmpty())
        return ExportArguments::tr("--template needs a .pptx or .potx file.");
    return {};
}

QString readFormat(const QCommandLineParser &parser, ExportArguments &arguments)
{
    if (arguments.deck)
        return readDeckFormat(parser, arguments);
    if (parser.isSet(QStringLiteral("template")))
        return ExportArguments::tr("--template is for the briefing deck; use it with --view deck.");
    QString name = parser.value(QStringLiteral("format"));
    if (name.isEmpty())
        name = arguments.pack ? QStringLiteral("pdf")
            : arguments.workbook ? QStringLiteral("xlsx")
                                 : QFileInfo(arguments.outPath).suffix();
    const auto format = ui::ExportSettings::parseFormat(name);
    if (!format && !parser.isSet(QStringLiteral("format")))
        arguments.settings.format = ui::ExportFormat::Png;
    else if (!format)
        return ExportArguments::tr("Unknown format '%1'; use png, svg, pdf or xlsx.").arg(name);
    else
        arguments.settings.format = *format;
    if (arguments.pack && arguments.settings.format != ui::ExportFormat::Pdf)
        return ExportArguments::tr("The briefing pack is a PDF; use --format pdf.");
    if (arguments.workbook && arguments.settings.format != ui::ExportFormat::Xlsx)
        return ExportArguments::tr("The workbook of every table is an XLSX file; use --format xlsx.");
    // --format svg --out x.png used to write SVG into a file that every viewer opens as a PNG.
    const QString mismatch = ui::ExportSettings::suffixMismatch(arguments.outPath, arguments.settings.format);
    if (arguments.pack && !mismatch.isEmpty())
        return ExportArguments::tr("The briefing pack is a PDF; name the file with the suffix .pdf.");
    return mismatch;
}

QString readGeometry(const QCommandLineParser &parser, ExportArguments &arguments)
{
    if (parser.isSet(QStringLiteral("size"))) {
        const auto size = ui::ExportSettings::parseSize(parser.value(QStringLiteral("size")));
        if (!size)
            return ExportArguments::tr("Bad size '%1'; write it as WIDTHxHEIGHT, e.g. 1920x1080.")
                .arg(parser.value(QStringLiteral("size")));
        arguments.settings.size = *size;
    }
    if (parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        arguments.settings.scale = parser.value(QStringLiteral("scale")).toInt(&ok);
        if (!ok)
            return ExportArguments::tr("Bad scale '%1'; use 1, 2 or 3.").arg(parser.value(QStringLiteral("scale")));
    }
    return arguments.settings.validate();
}

QString readAsOfOption(const QCommandLineParser &parser, ExportArguments &arguments)
{
    return ExportArguments::readAsOf(parser, arguments.asOf);
}

} // namespace

QString ExportArguments::readAsOf(const QCommandLineParser &parser, QDate &asOf)
{
    if (!parser.isSet(QStringLiteral("as-of")))
        return {};
    const QString text = parser.value(QStringLiteral("as-of"));
    asOf = QDate::fromString(text, Qt::ISODate);
    if (!asOf.isValid())
        return tr("Bad date '%1'; write it as YYYY-MM-DD.").arg(text);
    if (asOf < earliestAsOf() || asOf > latestAsOf())
        return tr("The as-of date %1 is outside the program's years (2025-01-01 to 2027-12-31).").arg(text);
    return {};
}

QString ExportArguments::read(const QCommandLineParser &parser, ExportArguments &arguments)
{
    arguments.settings.profile = parser.isSet(QStringLiteral("press")) ? ui::ExportProfile::Press
                                                                       : ui::ExportProfile::Internal;
    arguments.outPath = parser.value(QStringLiteral("out"));
    if (arguments.outPath.isEmpty())
        return tr("export needs --out FILE.");
    for (const auto &step : {readView, readLanguages, readFormat, readGeometry, readAsOfOption, readChangesSince}) {
        if (const QString error = step(parser, arguments); !error.isEmpty())
            return error;
    }
    for (const QString &path : arguments.outputPaths()) {
        if (const QString error = ui::AtomicFileWriter::checkWritable(path); !error.isEmpty())
            return error;
    }
    return {};
}

QString ExportArguments::pathFor(Language language) const
{
    if (languages.size() < 2)
        return outPath;
    return ui::ExportSettings::twinPath(outPath, ui::LanguageManager::code(language));
}

QStringList ExportArguments::outputPaths() const
{
    QStringList paths;
    for (const Language language : languages)
        paths << pathFor(language);
    return paths;
}

} // namespace kai::app
