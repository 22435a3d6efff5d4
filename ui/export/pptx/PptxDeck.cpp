// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pptx/PptxDeck.h"

#include "export/pptx/PptxBuiltInParts.h"
#include "export/pptx/PptxXml.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace kai::ui {

using pptx::contentType;

namespace {
QString relType(const char *name)
{
    return PptxPackage::typeUri(QLatin1String(name));
}

// The prefix the part gives a namespace on its root element ("p:"), or empty with a declaration
// to add when it declares none.
QString prefixOf(const QByteArray &xml, const QString &namespaceUri, QString *declaration)
{
    QXmlStreamReader reader(xml);
    reader.readNextStartElement();
    for (const QXmlStreamNamespaceDeclaration &d : reader.namespaceDeclarations()) {
        if (d.namespaceUri() == namespaceUri)
            return d.prefix().isEmpty() ? QString() : d.prefix().toString() + QLatin1Char(':');
    }
    if (declaration)
        *declaration = QStringLiteral(" xmlns:kai=\"%1\"").arg(namespaceUri);
    return QStringLiteral("kai:");
}
} // namespace

PptxDeck::PptxDeck(const PptxTemplate &base, const Properties &properties) : m_template(base), m_properties(properties) {}

void PptxDeck::setColours(const QColor &ink, const QColor &rule, const QColor &band, const QColor &illustrative)
{
    m_ink = ink;
    m_rule = rule;
    m_band = band;
    m_illustrative = illustrative;
}

void PptxDeck::addSlide(const PptxSlide &slide)
{
    m_slides.append(slide);
}

QString PptxDeck::notesMaster(PptxPackage &package) const
{
    if (!m_template.notesMaster().isEmpty())
        return m_template.notesMaster();
    // Notes need a notes master; a template without one gets the built-in one, with its theme.
    const PptxPackage builtIn = PptxBuiltInParts::package();
    const QString source = QStringLiteral("ppt/notesMasters/notesMaster1.xml");
    const QString part = package.freeName(QStringLiteral("ppt/notesMasters"), QStringLiteral("notesMaster"), QStringLiteral("xml"));
    const QString theme = package.freeName(QStringLiteral("ppt/theme"), QStringLiteral("theme"), QStringLiteral("xml"));
    package.addPart(part, builtIn.part(source), contentType("notesMaster"));
    package.addPart(theme, builtIn.part(builtIn.firstOfType(source, QStringLiteral("theme")).target), pptx::ThemeType);
    package.relate(part, relType("theme"), theme);
    return part;
}

bool PptxDeck::write(QIODevice &device) const
{
    PptxPackage package = m_template.package();
    package.setDefault(QStringLiteral("png"), QStringLiteral("image/png"));
    package.setDefault(QStringLiteral("xml"), QStringLiteral("application/xml"));
    const QString presentation = m_template.presentationPart();
    const QString notesMasterPart = notesMaster(package);
    QString notesMasterId;
    if (m_template.notesMaster().isEmpty())
        notesMasterId = package.relate(presentation, relType("notesMaster"), notesMasterPart);
    const QString language = m_properties.language;
    QStringList slideIds;
    for (int index = 0; index < m_slides.size(); ++index) {
        const PptxSlide &slide = m_slides[index];
        const QString part = QStringLiteral("ppt/slides/slide%1.xml").arg(index + 1);
        const QString notes = QStringLiteral("ppt/notesSlides/notesSlide%1.xml").arg(index + 1);
        package.relate(part, relType("slideLayout"), slide.titleSlide ? m_template.titleLayout() : m_template.contentLayout());
        QString picture;
        if (!slide.picture.isEmpty() && !slide.table) {
            const QString image = package.freeName(QStringLiteral("ppt/media"), QStringLiteral("kai-figure"), QStringLiteral("png"));
            package.addPart(image, slide.picture);
            picture = package.relate(part, relType("image"), image);
        }
        package.relate(part, relType("notesSlide"), notes);
        const PptxSlideXml xml(slide, language, m_template.koreanFont(), m_ink, m_rule, m_band, m_illustrative);
        const auto relateLink = [&package, &part](const QString &address) {
            return package.relate(part, relType("hyperlink"), address, true);
        };
        package.addPart(part, xml.slide(picture, relateLink), contentType("slide"));
        package.addPart(notes, xml.notes(), contentType("notesSlide"));
        package.relate(notes, relType("notesMaster"), notesMasterPart);
        package.relate(notes, relType("slide"), part);
        slideIds << package.relate(presentation, relType("slide"), part);
    }
    package.addPart(presentation, presentationXml(package.part(presentation), slideIds, notesMasterId),
                    contentType("presentation.main"));
    package.addPart(QStringLiteral("docProps/core.xml"), coreProperties(),
                    QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    package.addPart(QStringLiteral("docProps/app.xml"), appProperties(),
                    QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
    package.relate({}, QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                   QStringLiteral("docProps/core.xml"));
    package.relate({}, relType("extended-properties"), QStringLiteral("docProps/app.xml"));
    return package.write(device, m_properties.created);
}

QByteArray PptxDeck::presentationXml(const QByteArray &presentation, const QStringList &slideIds,
                                     const QString &notesMasterId) const
{
    // The slide list (and a notes master list, when the notes master is ours) go right after the
    // lists of masters, in the order CT_Presentation prescribes.
    QString declaration;
    const QString p = prefixOf(presentation, pptx::PresentationNs, nullptr);
    const QString r = prefixOf(presentation, pptx::RelationshipNs, &declaration);
    QString lists;
    if (!notesMasterId.isEmpty())
        lists += QStringLiteral("<%1notesMasterIdLst%3><%1notesMasterId %2id=\"%4\"/></%1notesMasterIdLst>")
                     .arg(p, r, declaration, notesMasterId);
    QString slides;
    for (int index = 0; index < slideIds.size(); ++index)
        slides += QStringLiteral("<%1sldId id=\"%2\" %3id=\"%4\"/>").arg(p).arg(256 + index).arg(r, slideIds[index]);
    lists += QStringLiteral("<%1sldIdLst%2>%3</%1sldIdLst>").arg(p, declaration, slides);
    QString text = QString::fromUtf8(presentation);
    qsizetype at = -1;
    const QStringList after = notesMasterId.isEmpty()
        ? QStringList{QStringLiteral("handoutMasterIdLst"), QStringLiteral("notesMasterIdLst"), QStringLiteral("sldMasterIdLst")}
        : QStringList{QStringLiteral("sldMasterIdLst")};
    for (const QString &list : after) {
        const QString close = QStringLiteral("</%1%2>").arg(p, list);
        at = text.indexOf(close);
        if (at >= 0) {
            at += close.size();
            break;
        }
    }
    if (at < 0)  // PptxTemplate refuses a presentation without masters; keep the part valid anyway
        at = text.indexOf(QStringLiteral("<%1sldSz").arg(p));
    text.insert(at, lists);
    return text.toUtf8();
}

QByteArray PptxDeck::coreProperties() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    const QString cp = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString dcterms = QStringLiteral("http://purl.org/dc/terms/");
    const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeNamespace(cp, QStringLiteral("cp"));
    xml.writeNamespace(dc, QStringLiteral("dc"));
    xml.writeNamespace(dcterms, QStringLiteral("dcterms"));
    xml.writeNamespace(xsi, QStringLiteral("xsi"));
    xml.writeStartElement(cp, QStringLiteral("coreProperties"));
    xml.writeTextElement(dc, QStringLiteral("title"), m_properties.title);
    xml.writeTextElement(dc, QStringLiteral("creator"), QStringLiteral("K-AI Dashboard"));
    xml.writeTextElement(dc, QStringLiteral("language"), m_properties.language);
    for (const char *name : {"created", "modified"}) {
        xml.writeStartElement(dcterms, QLatin1String(name));
        xml.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
        xml.writeCharacters(m_properties.created.toUTC().toString(Qt::ISODate));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray PptxDeck::appProperties() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    const QString ns = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeDefaultNamespace(ns);
    xml.writeStartElement(ns, QStringLiteral("Properties"));
    xml.writeTextElement(ns, QStringLiteral("Application"),
                         QStringLiteral("K-AI Dashboard %1").arg(QCoreApplication::applicationVersion()));
    xml.writeTextElement(ns, QStringLiteral("Slides"), QString::number(m_slides.size()));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace kai::ui
