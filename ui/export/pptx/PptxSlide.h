// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/SlideTable.h"

#include <QByteArray>
#include <QColor>
#include <QRect>
#include <QStringList>
#include <functional>
#include <optional>

namespace kai::ui {

// What one slide of a deck shows, in the slide's own units (EMU), ready to be written: the
// headline for the title placeholder, the context line, one figure (a PNG picture with its
// alternative text, or an editable table), the stamp for the footer and the notes.
struct PptxSlide
{
    bool titleSlide = false;   // the deck's first slide: title and subtitle placeholders
    QString headline;          // the title placeholder's text
    QStringList subtitle;      // title slide only, one paragraph each
    QRect titleBox;            // null: where the layout puts the title
    QString context;           // one line under the headline
    QRect contextBox;
    QRect figureBox;
    QByteArray picture;        // PNG; empty when the figure is a table
    QString description;       // alternative text of the picture or table
    std::optional<SlideTablePage> table;
    qreal pointsPerPixel = 0.5;  // design pixels of the table's geometry to points
    QRect noteBox;             // under the table: its continuation note
    bool watermark = false;    // the illustrative mark beneath a table
    QStringList footer;        // the provenance stamp, one paragraph a line
    QString banner;            // the illustrative banner; empty when no figure is a sample
    QStringList notes;
    QString footerIndex;       // idx of the layout's footer placeholder; empty: none
    QRect footerBox;
};

// Writes the PresentationML of one slide (p:sld) and of its notes (p:notes) for a PptxSlide.
// Text is in `language` ("ko-KR", "en-US"), so PowerPoint picks the Hangul font for Korean.
class PptxSlideXml
{
public:
    PptxSlideXml(const PptxSlide &slide, const QString &language, const QString &koreanFont, const QColor &ink,
                 const QColor &rule, const QColor &band, const QColor &illustrative);

    // relateLink gives the slide's relationship id of an external address (a table's URLs
    // become clickable links).
    QByteArray slide(const QString &pictureRelationship, const std::function<QString(const QString &)> &relateLink) const;
    QByteArray notes() const;

private:
    class Writer;
    void writeTitle(Writer &out) const;
    void writeContext(Writer &out) const;
    void writePicture(Writer &out, const QString &relationship) const;
    void writeTable(Writer &out, const std::function<QString(const QString &)> &relateLink) const;
    void writeTableRow(Writer &out, const QStringList &cells, qreal height, bool header, int row,
                       const std::function<QString(const QString &)> &relateLink) const;
    void writeNote(Writer &out) const;
    void writeWatermark(Writer &out) const;
    void writeFooter(Writer &out) const;

    const PptxSlide &m_slide;
    QString m_language;
    QString m_koreanFont;
    QColor m_ink;
    QColor m_rule;
    QColor m_band;
    QColor m_illustrative;
};

} // namespace kai::ui
