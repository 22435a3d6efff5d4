// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportRenderer.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

class QPagedPaintDevice;

namespace kai {
class SourceTableModel;
}

namespace kai::ui {

class ExportContext;

// The briefing pack: one A4 landscape PDF with a cover (program, as-of date, language, profile),
// every view on its own page and the data sources, each page stamped and numbered.
class BriefingPack
{
    Q_DECLARE_TR_FUNCTIONS(BriefingPack)

public:
    explicit BriefingPack(const ExportContext &context) : m_context(context) {}

    // Logical drawing size of one page: A4's proportions, wide enough for the views' layouts.
    static QSize pageSize() { return QSize(1600, 1131); }

    int pageCount() const;
    int sourcePageCount() const;
    // Writes the PDF atomically; returns an empty string or a translated reason.
    QString write(const QString &path) const;
    // Draws every page on any paged device (a QPdfWriter, or a printer for Print…).
    bool paint(QPagedPaintDevice &device) const;

private:
    static int sourceRowsPerPage();
    static QVector<int> knownSourceRows(const SourceTableModel &model, const QDate &asOf);
    ExportPage coverPage() const;
    ExportPage sourcePage(int index) const;
    ProvenanceStamp numbered(ProvenanceStamp stamp, int page) const;
    bool paintPage(QPainter &painter, QPagedPaintDevice &device, const ExportPage &page, bool first) const;

    const ExportContext &m_context;
};

} // namespace kai::ui
