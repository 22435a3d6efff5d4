// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pptx/PptxSlide.h"

#include "export/pptx/PptxXml.h"

#include <QXmlStreamWriter>
#include <QtMath>
#include <cmath>
#include <numeric>

namespace kai::ui {

using namespace pptx;

namespace {
// "No Style, No Grid", one of PowerPoint's built-in table styles: every border and fill of the
// table is set on its cells, so no style can add a grid or colours of its own.
const QString PlainTableStyle = QStringLiteral("{2D5ABB26-0587-4C30-8999-92F81FD0307C}");

QString hex(const QColor &colour)
{
    return colour.name(QColor::HexRgb).mid(1).toUpper();
}
} // namespace

// QXmlStreamWriter with the a:, p: and r: prefixes and short calls for the elements that recur.
class PptxSlideXml::Writer
{
public:
    explicit Writer(QByteArray *bytes) : m_xml(bytes)
    {
        m_xml.writeStartDocument(QStringLiteral("1.0"), true);
        m_xml.writeNamespace(DrawingNs, QStringLiteral("a"));
        m_xml.writeNamespace(RelationshipNs, QStringLiteral("r"));
        m_xml.writeNamespace(PresentationNs, QStringLiteral("p"));
    }
    void a(const char *name) { m_xml.writeStartElement(DrawingNs, QLatin1String(name)); }
    void p(const char *name) { m_xml.writeStartElement(PresentationNs, QLatin1String(name)); }
    void emptyA(const char *name) { m_xml.writeEmptyElement(DrawingNs, QLatin1String(name)); }
    void emptyP(const char *name) { m_xml.writeEmptyElement(PresentationNs, QLatin1String(name)); }
    void attr(const char *name, const QString &value) { m_xml.writeAttribute(QLatin1String(name), value); }
    void attr(const char *name, qint64 value) { attr(name, QString::number(value)); }
    void relAttr(const char *name, const QString &value) { m_xml.writeAttribute(RelationshipNs, QLatin1String(name), value); }
    void text(const QString &text) { m_xml.writeCharacters(text); }
    void end() { m_xml.writeEndElement(); }
    void finish() { m_xml.writeEndDocument(); }

    void box(const QRect &rect, int rotation = 0)
    {
        a("xfrm");
        if (rotation != 0)
            attr("rot", rotation);
        emptyA("off");
        attr("x", rect.x());
        attr("y", rect.y());
        emptyA("ext");
        attr("cx", rect.width());
        attr("cy", rect.height());
        end();
    }
    void colour(const QColor &colour)
    {
        a("solidFill");
        a("srgbClr");
        attr("val", hex(colour));
        if (colour.alpha() < 255) {
            emptyA("alpha");
            attr("val", qRound(colour.alphaF() * 100000));
        }
        end();
        end();
    }
    void rectangle()
    {
        a("prstGeom");
        attr("prst", QStringLiteral("rect"));
        emptyA("avLst");
        end();
    }
    // The non-visual head of a shape: its id, name, alternative text and placeholder.
    void shapeHead(int id, const QString &name, const QString &description, const QString &placeholder,
                   const QString &index = {}, bool textBox = false)
    {
        p("nvSpPr");
        emptyP("cNvPr");
        attr("id", id);
        attr("name", name);
        if (!description.isEmpty())
            attr("descr", description);
        if (textBox) {
            emptyP("cNvSpPr");
            attr("txBox", QStringLiteral("1"));
        } else {
            p("cNvSpPr");
            emptyA("spLocks");
            attr("noGrp", QStringLiteral("1"));
            end();
        }
        p("nvPr");
        if (!placeholder.isEmpty()) {
            emptyP("ph");
            attr("type", placeholder);
            if (!index.isEmpty())
                attr("idx", index);
        }
        end();
        end();
    }
    struct Run
    {
        Run(const QString &t, int size = 0, bool b = false, const QColor &c = {}, const QString &ea = {},
            const QString &l = {})
            : text(t), hundredthsOfPoint(size), bold(b), colour(c), eastAsianFont(ea), link(l)
        {
        }
        QString text;
        int hundredthsOfPoint = 0;  // 0: inherited
        bool bold = false;
        QColor colour;              // invalid: inherited
        QString eastAsianFont;      // empty: inherited
        QString link;               // relationship id of a hyperlink; empty: none
    };
    void run(const QString &language, const Run &run)
    {
        a("r");
        runProperties("rPr", language, run);
        a("t");
        text(run.text);
        end();
        end();
    }
    void runProperties(const char *element, const QString &language, const Run &run)
    {
        a(element);
        attr("lang", language);
        attr("altLang", language == QLatin1String("ko-KR") ? QStringLiteral("en-US") : QStringLiteral("ko-KR"));
        if (run.hundredthsOfPoint > 0)
            attr("sz", run.hundredthsOfPoint);
        if (run.bold)
            attr("b", QStringLiteral("1"));
        attr("dirty", QStringLiteral("0"));
        if (run.colour.isValid())
            colour(run.colour);
        if (!run.eastAsianFont.isEmpty()) {
            emptyA("ea");
            attr("typeface", run.eastAsianFont);
        }
        if (!run.link.isEmpty()) {
            emptyA("hlinkClick");
            relAttr("id", run.link);
        }
        end();
    }
    // One paragraph of one run (or an empty paragraph that keeps the run's size).
    void paragraph(const QString &language, const Run &text, const QString &alignment = {})
    {
        a("p");
        if (!alignment.isEmpty()) {
            emptyA("pPr");
            attr("algn", alignment);
        }
        if (!text.text.isEmpty())
            run(language, text);
        else
            runProperties("endParaRPr", language, text);
        end();
    }
    void bodyStart(bool insetless, const QString &anchor = {})
    {
        p("txBody");
        a("bodyPr");
        attr("wrap", QStringLiteral("square"));
        if (insetless) {
            for (const char *inset : {"lIns", "tIns", "rIns", "bIns"})
                attr(inset, 0);
        }
        if (!anchor.isEmpty())
            attr("anchor", anchor);
        end();
        emptyA("lstStyle");
    }
    void spTreeStart()
    {
        p("cSld");
        p("spTree");
        p("nvGrpSpPr");
        emptyP("cNvPr");
        attr("id", 1);
        attr("name", QString());
        emptyP("cNvGrpSpPr");
        emptyP("nvPr");
        end();
        p("grpSpPr");
        a("xfrm");
        for (const char *name : {"off", "ext", "chOff", "chExt"}) {
            emptyA(name);
            const bool offset = name[0] == 'o' || name[2] == 'O';
            attr(offset ? "x" : "cx", 0);
            attr(offset ? "y" : "cy", 0);
        }
        end();
        end();
    }
    void spTreeEnd()
    {
        end();  // spTree
        end();  // cSld
        p("clrMapOvr");
        emptyA("masterClrMapping");
        end();
    }
    int nextId() { return ++m_lastId; }

private:
    QXmlStreamWriter m_xml;
    int m_lastId = 1;
};

PptxSlideXml::PptxSlideXml(const PptxSlide &slide, const QString &language, const QString &koreanFont,
                           const QColor &ink, const QColor &rule, const QColor &band, const QColor &illustrative)
    : m_slide(slide), m_language(language), m_koreanFont(koreanFont), m_ink(ink), m_rule(rule), m_band(band),
      m_illustrative(illustrative)
{
}

QByteArray PptxSlideXml::slide(const QString &pictureRelationship,
                               const std::function<QString(const QString &)> &relateLink) const
{
    QByteArray bytes;
    Writer out(&bytes);
    out.p("sld");
    out.spTreeStart();
    if (m_slide.watermark)
        writeWatermark(out);
    writeTitle(out);
    if (!m_slide.titleSlide && !m_slide.context.isEmpty())
        writeContext(out);
    if (m_slide.table)
        writeTable(out, relateLink);
    else if (!m_slide.picture.isEmpty())
        writePicture(out, pictureRelationship);
    writeNote(out);
    writeFooter(out);
    out.spTreeEnd();
    out.end();
    out.finish();
    return bytes;
}

void PptxSlideXml::writeTitle(Writer &out) const
{
    out.p("sp");
    out.shapeHead(out.nextId(), QStringLiteral("Title"), {},
                  m_slide.titleSlide ? QStringLiteral("ctrTitle") : QStringLiteral("title"));
    if (m_slide.titleBox.isNull()) {
        out.emptyP("spPr");
    } else {
        out.p("spPr");
        out.box(m_slide.titleBox);
        out.end();
    }
    out.p("txBody");
    out.emptyA("bodyPr");
    out.emptyA("lstStyle");
    out.paragraph(m_language, {m_slide.headline});
    out.end();
    out.end();
    if (!m_slide.titleSlide)
        return;
    out.p("sp");
    out.shapeHead(out.nextId(), QStringLiteral("Subtitle"), {}, QStringLiteral("subTitle"), QStringLiteral("1"));
    out.emptyP("spPr");
    out.p("txBody");
    out.emptyA("bodyPr");
    out.emptyA("lstStyle");
    for (const QString &line : m_slide.subtitle)
        out.paragraph(m_language, {line});
    out.end();
    out.end();
}

void PptxSlideXml::writeContext(Writer &out) const
{
    out.p("sp");
    out.shapeHead(out.nextId(), QStringLiteral("Context"), {}, {}, {}, true);
    out.p("spPr");
    out.box(m_slide.contextBox);
    out.rectangle();
    out.emptyA("noFill");
    out.end();
    out.bodyStart(true, QStringLiteral("t"));
    QColor muted = m_ink;
    muted.setAlphaF(0.72f);
    out.paragraph(m_language, {m_slide.context, qRound(26 * m_slide.pointsPerPixel) * 100, false, muted});
    out.end();
    out.end();
}

void PptxSlideXml::writePicture(Writer &out, const QString &relationship) const
{
    out.p("pic");
    out.p("nvPicPr");
    out.emptyP("cNvPr");
    out.attr("id", out.nextId());
    out.attr("name", QStringLiteral("Figure"));
    out.attr("descr", m_slide.description);
    out.p("cNvPicPr");
    out.emptyA("picLocks");
    out.attr("noChangeAspect", QStringLiteral("1"));
    out.end();
    out.emptyP("nvPr");
    out.end();
    out.p("blipFill");
    out.emptyA("blip");
    out.relAttr("embed", relationship);
    out.a("stretch");
    out.emptyA("fillRect");
    out.end();
    out.end();
    out.p("spPr");
    out.box(m_slide.figureBox);
    out.rectangle();
    out.end();
    out.end();
}

void PptxSlideXml::writeTable(Writer &out, const std::function<QString(const QString &)> &relateLink) const
{
    const SlideTablePage &page = *m_slide.table;
    // Design pixels to EMU across the figure's box; the columns fill it exactly.
    const qreal total = page.swatch + std::accumulate(page.widths.cbegin(), page.widths.cend(), 0.0);
    const qreal emu = total > 0 ? m_slide.figureBox.width() / total : 0;
    out.p("graphicFrame");
    out.p("nvGraphicFramePr");
    out.emptyP("cNvPr");
    out.attr("id", out.nextId());
    out.attr("name", QStringLiteral("Table"));
    out.attr("descr", m_slide.description);
    out.p("cNvGraphicFramePr");
    out.emptyA("graphicFrameLocks");
    out.attr("noGrp", QStringLiteral("1"));
    out.end();
    out.emptyP("nvPr");
    out.end();
    out.p("xfrm");
    out.emptyA("off");
    out.attr("x", m_slide.figureBox.x());
    out.attr("y", m_slide.figureBox.y());
    out.emptyA("ext");
    out.attr("cx", m_slide.figureBox.width());
    out.attr("cy", m_slide.figureBox.height());
    out.end();
    out.a("graphic");
    out.a("graphicData");
    out.attr("uri", QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/table"));
    out.a("tbl");
    out.a("tblPr");
    out.attr("firstRow", QStringLiteral("1"));
    out.a("tableStyleId");
    out.text(PlainTableStyle);
    out.end();
    out.end();
    out.a("tblGrid");
    QVector<qreal> widths = page.widths;
    if (page.swatch > 0)
        widths.prepend(page.swatch);
    for (const qreal width : widths) {
        out.emptyA("gridCol");
        out.attr("w", qRound64(width * emu));
    }
    out.end();
    QStringList headers;
    for (const SlideTable::Column &column : page.rows.columns)
        headers << column.header;
    writeTableRow(out, headers, page.headerHeight * emu, true, -1, relateLink);
    for (int row = 0; row < page.rows.rows.size(); ++row)
        writeTableRow(out, page.rows.rows[row], page.rowHeights.value(row) * emu, false, row, relateLink);
    out.end();  // tbl
    out.end();  // graphicData
    out.end();  // graphic
    out.end();  // graphicFrame
}

void PptxSlideXml::writeTableRow(Writer &out, const QStringList &cells, qreal height, bool header, int row,
                                 const std::function<QString(const QString &)> &relateLink) const
{
    const SlideTablePage &page = *m_slide.table;
    // Half the painted table's padding left and right: Impress and PowerPoint set Hangul and
    // bold headers a little wider than Qt, and a short header ("Rank") must not break inside.
    const qint64 margin = qRound64(page.padding * m_slide.pointsPerPixel * EmuPerPoint);
    const qint64 sideMargin = margin / 2;
    const int size = qRound(page.pixels * m_slide.pointsPerPixel * 2) * 50;  // to half points
    out.a("tr");
    out.attr("h", qRound64(height));
    const auto cell = [&](const QString &text, const QString &alignment, const QColor &fill) {
        out.a("tc");
        out.a("txBody");
        out.emptyA("bodyPr");
        out.emptyA("lstStyle");
        const bool address = !header && (text.startsWith(QLatin1String("https://")) || text.startsWith(QLatin1String("http://")));
        out.paragraph(m_language, {text, size, header, {}, m_koreanFont, address ? relateLink(text) : QString()}, alignment);
        out.end();
        out.a("tcPr");
        for (const char *side : {"marL", "marR"})
            out.attr(side, sideMargin);
        for (const char *side : {"marT", "marB"})
            out.attr(side, margin);
        out.attr("anchor", QStringLiteral("ctr"));
        for (const char *line : {"lnL", "lnR", "lnT", "lnB"}) {
            const bool rule = line[2] == 'B';
            out.a(line);
            out.attr("w", rule ? (header ? 2 : 1) * EmuPerPoint : 0);
            if (rule)
                out.colour(header ? m_ink : m_rule);
            else
                out.emptyA("noFill");
            out.end();
        }
        if (fill.isValid())
            out.colour(fill);
        else
            out.emptyA("noFill");
        out.end();
        out.end();
    };
    const bool banded = !header && row % 2 == 1;
    if (page.swatch > 0) {
        const QColor swatch = header ? QColor() : page.rows.swatches.value(row);
        cell({}, {}, swatch.isValid() ? swatch : (banded ? m_band : QColor()));
    }
    for (int column = 0; column < page.rows.columns.size(); ++column) {
        const bool right = page.rows.columns[column].alignment & Qt::AlignRight;
        cell(cells.value(column), right ? QStringLiteral("r") : QStringLiteral("l"), banded ? m_band : QColor());
    }
    out.end();
}

void PptxSlideXml::writeNote(Writer &out) const
{
    if (!m_slide.table || m_slide.table->note.isEmpty())
        return;
    out.p("sp");
    out.shapeHead(out.nextId(), QStringLiteral("Continuation"), {}, {}, {}, true);
    out.p("spPr");
    out.box(m_slide.noteBox);
    out.rectangle();
    out.emptyA("noFill");
    out.end();
    out.bodyStart(true, QStringLiteral("b"));
    QColor muted = m_ink;
    muted.setAlphaF(0.72f);
    out.paragraph(m_language, {m_slide.table->note, qRound(18 * m_slide.pointsPerPixel * 2) * 50, true, muted});
    out.end();
    out.end();
}

void PptxSlideXml::writeWatermark(Writer &out) const
{
    // As IllustrativeWatermark draws it: along the figure's diagonal, faint, beneath the table.
    const QRect area = m_slide.figureBox;
    const qreal angle = -qRadiansToDegrees(qAtan2(area.height(), area.width()));
    const qreal diagonal = std::hypot(area.width(), area.height());
    const QRect line(qRound(area.center().x() - diagonal / 2), area.center().y() - area.height() / 8,
                     qRound(diagonal), area.height() / 4);
    QColor ink = m_illustrative;
    ink.setAlphaF(0.13f);
    out.p("sp");
    out.shapeHead(out.nextId(), QStringLiteral("Illustrative watermark"), m_slide.banner, {}, {}, true);
    out.p("spPr");
    out.box(line, qRound((angle < 0 ? angle + 360 : angle) * 60000));
    out.rectangle();
    out.emptyA("noFill");
    out.end();
    out.bodyStart(true, QStringLiteral("ctr"));
    const int size = qRound(diagonal / EmuPerPoint / 30) * 100;
    out.paragraph(m_language, {m_slide.banner, size, true, ink}, QStringLiteral("ctr"));
    out.end();
    out.end();
}

void PptxSlideXml::writeFooter(Writer &out) const
{
    out.p("sp");
    out.shapeHead(out.nextId(), QStringLiteral("Provenance stamp"), {}, QStringLiteral("ftr"), m_slide.footerIndex);
    out.p("spPr");
    out.box(m_slide.footerBox);
    out.end();
    out.bodyStart(true, QStringLiteral("ctr"));
    const int size = 700;
    if (!m_slide.banner.isEmpty())
        out.paragraph(m_language, {m_slide.banner, size, true, m_illustrative});
    for (int line = 0; line < m_slide.footer.size(); ++line)
        out.paragraph(m_language, {m_slide.footer[line], size, line == 0, {}});
    out.end();
    out.end();
}

QByteArray PptxSlideXml::notes() const
{
    QByteArray bytes;
    Writer out(&bytes);
    out.p("notes");
    out.spTreeStart();
    out.p("sp");
    out.shapeHead(out.nextId(), QStringLiteral("Slide Image"), {}, QStringLiteral("sldImg"));
    out.emptyP("spPr");
    out.end();
    out.p("sp");
    out.shapeHead(out.nextId(), QStringLiteral("Notes"), {}, QStringLiteral("body"), QStringLiteral("1"));
    out.emptyP("spPr");
    out.p("txBody");
    out.emptyA("bodyPr");
    out.emptyA("lstStyle");
    for (const QString &line : m_slide.notes)
        out.paragraph(m_language, {line});
    out.end();
    out.end();
    out.spTreeEnd();
    out.end();
    out.finish();
    return bytes;
}

} // namespace kai::ui
