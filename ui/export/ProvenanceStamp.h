// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"
#include "export/ExportSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QPalette>
#include <QRectF>

class QPainter;

namespace kai::ui {

// The band at the foot of every exported image and page that says where it came from: title,
// data as-of date, source line, app version, language, profile, database checksum, page number,
// and the illustrative-data banner when any figure on it is a sample.
struct ProvenanceStamp
{
    Q_DECLARE_TR_FUNCTIONS(ProvenanceStamp)

public:
    static constexpr int Height = 64;  // logical pixels

    QString title;
    QDate asOf;
    domain::Language language = domain::Language::English;
    ExportProfile profile = ExportProfile::Internal;
    QString checksum;  // short hex of the database content
    QString reviewCopy;  // "Review copy of 30 Nov 2026, unchanged" (in the export's language); empty otherwise
    bool reviewCopyModified = false;  // drawn in the warning colour
    bool illustrative = false;
    int page = 0;       // 0: no page number
    int pageCount = 0;

    void paint(QPainter &painter, const QRectF &band, const QPalette &palette) const;

    // The texts, in the language of the export (tr() answers in it while the export is drawn).
    QString headline() const;
    QString sourceLine() const;
    QString detailLine() const;
    QString checksumLine() const;
    static QString illustrativeBanner();
    static QString languageName(domain::Language language);

private:
    QRectF paintBanner(QPainter &painter, const QRectF &band) const;
};

} // namespace kai::ui
