// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportRenderer.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>
#include <memory>
#include <vector>

class QPagedPaintDevice;

namespace kai::ui {

class ExportContext;
class Slide;

// The briefing pack: one A4 landscape PDF with a cover (program, as-of date, language, profile),
// the slide of every view and every chart (Rounds tabs, both GPU charts) with their continuation
// pages, and the data sources with publisher and full address, each page stamped and numbered;
// an internal pack ends with the reviewers' notes when the database has any.
class BriefingPack
{
    Q_DECLARE_TR_FUNCTIONS(BriefingPack)

public:
    explicit BriefingPack(const ExportContext &context);
    ~BriefingPack();

    // Logical drawing size of one page: A4's proportions, wide enough for the views' layouts.
    static QSize pageSize() { return QSize(1600, 1131); }

    int pageCount() const;
    int sourcePageCount() const;
    int notesPageCount() const;  // 0 for the press, or when there are no notes
    // Writes the PDF atomically; returns an empty string or a translated reason.
    QString write(const QString &path) const;
    // Draws every page on any paged device (a QPdfWriter, or a printer for Print…).
    bool paint(QPagedPaintDevice &device) const;

private:
    struct SlidePage
    {
        const Slide *slide = nullptr;
        int page = 0;
    };

    void addSlide(std::unique_ptr<Slide> slide);
    ExportPage coverPage() const;
    ProvenanceStamp numbered(ProvenanceStamp stamp, int page) const;
    bool paintPage(QPainter &painter, QPagedPaintDevice &device, const ExportPage &page, bool first) const;

    const ExportContext &m_context;
    std::vector<std::unique_ptr<Slide>> m_slides;
    QVector<SlidePage> m_pages;  // after the cover
    int m_sourcePages = 0;
    int m_notesPages = 0;
};

} // namespace kai::ui
