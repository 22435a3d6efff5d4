// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ViewPage.h"
#include "domain/DomainTypes.h"
#include "export/ExportSettings.h"
#include "slides/SlideTarget.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

class QCommandLineParser;

namespace kai::app {

// The options of `kai-dashboard export`, checked before anything is drawn or written.
struct ExportArguments
{
    Q_DECLARE_TR_FUNCTIONS(ExportArguments)

public:
    std::optional<ui::SlideTarget> view;  // empty with pack; a view or a Rounds tab, with its round and filters
    bool pack = false;
    bool deck = false;      // --view deck: the briefing deck as a PowerPoint file
    QString templatePath;   // --template: the deck's master, layouts and theme; empty: built in
    bool workbook = false;  // --view workbook: every table in one .xlsx
    QList<domain::Language> languages;  // one, or both for bilingual twins
    ui::ExportSettings settings;
    QDate asOf;  // invalid: today, clamped to the program's range
    QString outPath;
    QString changesSince;  // pack and deck: YYYY-MM-DD or a registered export's checksum; empty: no page

    static QDate earliestAsOf() { return QDate(2025, 1, 1); }
    static QDate latestAsOf() { return QDate(2027, 12, 31); }

    static QList<QCommandLineOption> options();
    // Names of the options above, so other commands can refuse them.
    static QStringList optionNames();
    // Reads --as-of into asOf (left alone when not given); an empty string or a translated reason.
    static QString readAsOf(const QCommandLineParser &parser, QDate &asOf);
    // Fills `arguments` from the parser; returns an empty string or a translated reason.
    static QString read(const QCommandLineParser &parser, ExportArguments &arguments);

    // Where each language's file goes: the path itself, or NAME_ko.EXT and NAME_en.EXT for twins.
    QString pathFor(domain::Language language) const;
    QStringList outputPaths() const;
};

} // namespace kai::app
