// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/SlideTarget.h"

#include <QCoreApplication>
#include <optional>

class QAbstractItemModel;

namespace kai::ui {

class ExportContext;
class XlsxWorkbookWriter;

// The tables of a view, or of every view (the workbook), as an .xlsx file: built from the same
// item models the views show, over the export's own state (language, as-of date, profile), with
// the Sources sheet that the rows' source codes refer to.
class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)

public:
    explicit XlsxExport(const ExportContext &context) : m_context(context) {}

    // target empty: the workbook of every table. Returns an empty string or a translated reason.
    QString write(const std::optional<SlideTarget> &target, const QString &path) const;
    // One table as the window shows it (its sort and filter), with the Sources sheet.
    QString writeTable(const QString &title, const QAbstractItemModel &model, const QString &path) const;

private:
    // The codes of the pseudo-sources that mark illustrative figures.
    QStringList illustrativeSources() const;
    void addConsortia(XlsxWorkbookWriter &writer) const;
    void addTimeline(XlsxWorkbookWriter &writer) const;
    void addGpu(XlsxWorkbookWriter &writer, const SlideTarget &target) const;
    void addRounds(XlsxWorkbookWriter &writer, const QString &roundCode) const;
    void addMembers(XlsxWorkbookWriter &writer) const;
    void addFunding(XlsxWorkbookWriter &writer) const;
    void addChangeHistory(XlsxWorkbookWriter &writer) const;
    void addSources(XlsxWorkbookWriter &writer) const;

    const ExportContext &m_context;
};

} // namespace kai::ui
