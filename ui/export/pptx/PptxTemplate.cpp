// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pptx/PptxTemplate.h"

#include "export/pptx/PptxBuiltInParts.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace kai::ui {

using pptx::Placeholder;

namespace {

bool wellFormed(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd() && !reader.hasError())
        reader.readNext();
    return !reader.hasError();
}

QString rootAttribute(const QByteArray &xml, const QString &name)
{
    QXmlStreamReader reader(xml);
    return reader.readNextStartElement() ? reader.attributes().value(name).toString() : QString();
}

// The r:id of the first child element named `element` (sldMasterId, notesMasterId).
QString firstRelationshipId(const QByteArray &xml, const QString &element)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd() && !reader.hasError()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == element)
            return reader.attributes().value(pptx::RelationshipNs, QStringLiteral("id")).toString();
    }
    return {};
}

QSize slideSizeOf(const QByteArray &presentation)
{
    QXmlStreamReader reader(presentation);
    while (!reader.atEnd() && !reader.hasError()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("sldSz"))
            return QSize(reader.attributes().value(QLatin1String("cx")).toInt(),
                         reader.attributes().value(QLatin1String("cy")).toInt());
    }
    return {};
}

// Every placeholder shape of a master or layout with its box, when the part gives one.
QVector<Placeholder> placeholdersOf(const QByteArray &xml)
{
    QVector<Placeholder> found;
    QXmlStreamReader reader(xml);
    Placeholder current;
    bool inShape = false;
    bool hasPlaceholder = false;
    QPoint offset;
    while (!reader.atEnd() && !reader.hasError()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        const QStringView name = reader.name();
        if (token == QXmlStreamReader::StartElement) {
            const QXmlStreamAttributes attributes = reader.attributes();
            if (name == QLatin1String("sp")) {
                inShape = true;
                hasPlaceholder = false;
                current = {};
            } else if (inShape && name == QLatin1String("ph")) {
                hasPlaceholder = true;
                current.type = attributes.hasAttribute(QLatin1String("type")) ? attributes.value(QLatin1String("type")).toString()
                                                                             : QStringLiteral("obj");
                current.index = attributes.value(QLatin1String("idx")).toString();
            } else if (inShape && name == QLatin1String("off") && current.box.isNull()) {
                offset = QPoint(attributes.value(QLatin1String("x")).toInt(), attributes.value(QLatin1String("y")).toInt());
            } else if (inShape && name == QLatin1String("ext") && current.box.isNull()
                       && attributes.hasAttribute(QLatin1String("cx"))) {
                current.box = QRect(offset, QSize(attributes.value(QLatin1String("cx")).toInt(),
                                                  attributes.value(QLatin1String("cy")).toInt()));
            }
        } else if (token == QXmlStreamReader::EndElement && name == QLatin1String("sp")) {
            if (hasPlaceholder)
                found.append(current);
            inShape = false;
        }
    }
    return found;
}

std::optional<Placeholder> placeholderOfType(const QByteArray &xml, const QStringList &types)
{
    for (const Placeholder &placeholder : placeholdersOf(xml)) {
        if (types.contains(placeholder.type))
            return placeholder;
    }
    return std::nullopt;
}

bool isPresentationType(const QString &contentType)
{
    for (const char *kind : {"presentation.main", "template.main", "slideshow.main"}) {
        if (contentType == pptx::contentType(kind))
            return true;
    }
    return false;
}

// Parts a template's slides bring along that a deck must not inherit.
const QStringList DroppedTypes = {QStringLiteral("slide"), QStringLiteral("notesSlide"), QStringLiteral("comments"),
                                  QStringLiteral("viewProps")};

} // namespace

PptxTemplate PptxTemplate::builtIn()
{
    PptxTemplate result;
    const QString error = result.analyse(PptxBuiltInParts::package());
    Q_ASSERT_X(error.isEmpty(), "PptxTemplate::builtIn", qPrintable(error));
    result.m_builtIn = true;
    return result;
}

std::optional<PptxTemplate> PptxTemplate::load(const QString &path, QString *error)
{
    PptxPackage package;
    QString reason = package.read(path);
    PptxTemplate result;
    if (reason.isEmpty())
        reason = result.analyse(std::move(package));
    if (reason.isEmpty())
        return result;
    if (error)
        *error = tr("The template %1 is not a PowerPoint presentation or template: %2.")
                     .arg(QDir::toNativeSeparators(path), reason);
    return std::nullopt;
}

QString PptxTemplate::analyse(PptxPackage package)
{
    m_package = std::move(package);
    if (const QString error = findParts(); !error.isEmpty())
        return error;
    chooseLayouts();
    readGeometry();
    readKoreanFont();
    dropSlides(m_package);
    QByteArray presentation;
    if (const QString error = stripPresentation(m_package.part(m_presentation), &presentation); !error.isEmpty())
        return error;
    // A .potx names its main part a template; the deck is a presentation.
    m_package.addPart(m_presentation, presentation, pptx::contentType("presentation.main"));
    return {};
}

QString PptxTemplate::findParts()
{
    m_presentation = m_package.firstOfType({}, QStringLiteral("officeDocument")).target;
    if (m_presentation.isEmpty() || !m_package.contains(m_presentation))
        return tr("it has no main document");
    const QString type = m_package.contentType(m_presentation);
    if (!isPresentationType(type))
        return tr("its main document is of the type %1, not a presentation").arg(type);
    const QByteArray presentation = m_package.part(m_presentation);
    if (!wellFormed(presentation))
        return tr("its presentation part %1 is not well-formed XML").arg(m_presentation);
    m_slideSize = slideSizeOf(presentation);
    if (m_slideSize.width() <= 0 || m_slideSize.height() <= 0)
        return tr("it does not give its slide size");
    m_master = m_package.targetOf(m_presentation, firstRelationshipId(presentation, QStringLiteral("sldMasterId")));
    if (m_master.isEmpty() || !m_package.contains(m_master))
        return tr("it has no slide master");
    if (!wellFormed(m_package.part(m_master)))
        return tr("its slide master %1 is not well-formed XML").arg(m_master);
    bool anyLayout = false;
    for (const PptxPackage::Relationship &r : m_package.relationships(m_master)) {
        if (PptxPackage::typeName(r.type) != QLatin1String("slideLayout"))
            continue;
        if (!m_package.contains(r.target) || !wellFormed(m_package.part(r.target)))
            return tr("its slide layout %1 is missing or not well-formed XML").arg(r.target);
        anyLayout = true;
    }
    if (!anyLayout)
        return tr("its slide master has no layouts");
    const QString notes = m_package.targetOf(m_presentation, firstRelationshipId(presentation, QStringLiteral("notesMasterId")));
    m_notesMaster = m_package.contains(notes) && wellFormed(m_package.part(notes)) ? notes : QString();
    return {};
}

void PptxTemplate::chooseLayouts()
{
    QMap<QString, QString> byType;  // layout type → first layout of it
    QString firstWithTitle;
    QString first;
    for (const PptxPackage::Relationship &r : m_package.relationships(m_master)) {
        if (PptxPackage::typeName(r.type) != QLatin1String("slideLayout"))
            continue;
        const QByteArray xml = m_package.part(r.target);
        const QString type = rootAttribute(xml, QStringLiteral("type"));
        if (!byType.contains(type))
            byType.insert(type, r.target);
        if (first.isEmpty())
            first = r.target;
        if (firstWithTitle.isEmpty() && placeholderOfType(xml, {QStringLiteral("title")}))
            firstWithTitle = r.target;
    }
    // A slide of one figure wants a title and nothing else; the nearest layouts follow.
    m_contentLayout = byType.value(QStringLiteral("titleOnly"),
                                   byType.value(QStringLiteral("obj"), byType.value(QStringLiteral("tx"))));
    if (m_contentLayout.isEmpty())
        m_contentLayout = firstWithTitle.isEmpty() ? first : firstWithTitle;
    m_titleLayout = byType.value(QStringLiteral("title"), m_contentLayout);
}

void PptxTemplate::readGeometry()
{
    const QByteArray layout = m_package.part(m_contentLayout);
    const QByteArray master = m_package.part(m_master);
    const auto find = [&](const QStringList &types) {
        Placeholder found = placeholderOfType(layout, types).value_or(Placeholder{});
        const Placeholder inherited = placeholderOfType(master, types).value_or(Placeholder{});
        if (found.box.isNull())
            found.box = inherited.box;
        if (found.type.isEmpty())
            found.type = inherited.type;
        return found;
    };
    const int width = m_slideSize.width();
    const int height = m_slideSize.height();
    m_titleBox = find({QStringLiteral("title"), QStringLiteral("ctrTitle")});
    if (m_titleBox.box.isNull())
        m_titleBox.box = QRect(width / 20, height / 20, width * 9 / 10, height / 8);
    m_footerBox = find({QStringLiteral("ftr")});
    // A footer above the lower quarter is not a footer band; the stamp keeps the bottom 8 %.
    if (m_footerBox.box.isNull() || m_footerBox.box.top() < height * 3 / 4)
        m_footerBox.box = QRect(width / 20, height * 23 / 25, width * 9 / 10, height * 7 / 100);
}

void PptxTemplate::readKoreanFont()
{
    m_koreanFont = QStringLiteral("NanumGothic");
    const QString theme = m_package.firstOfType(m_master, QStringLiteral("theme")).target;
    QXmlStreamReader reader(m_package.part(theme));
    bool inMinor = false;
    while (!reader.atEnd() && !reader.hasError()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement && reader.name() == QLatin1String("minorFont"))
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        inMinor = inMinor || reader.name() == QLatin1String("minorFont");
        const QXmlStreamAttributes attributes = reader.attributes();
        const QString typeface = attributes.value(QLatin1String("typeface")).toString();
        if (!inMinor || typeface.isEmpty())
            continue;
        if (reader.name() == QLatin1String("ea")
            || (reader.name() == QLatin1String("font") && attributes.value(QLatin1String("script")) == QLatin1String("Hang"))) {
            m_koreanFont = typeface;
            break;
        }
    }
}

void PptxTemplate::dropSlides(PptxPackage &package) const
{
    // Keep what the presentation reaches without passing through a slide: masters, layouts,
    // themes, their pictures, properties and table styles. The rest (slides, their notes,
    // comments and pictures, the thumbnail, document properties) goes.
    QSet<QString> kept{m_presentation};
    QStringList queue{m_presentation};
    while (!queue.isEmpty()) {
        const QString source = queue.takeFirst();
        QVector<PptxPackage::Relationship> relationships = package.relationships(source);
        relationships.removeIf([&](const PptxPackage::Relationship &r) {
            return !r.external && (DroppedTypes.contains(PptxPackage::typeName(r.type)) || !package.contains(r.target));
        });
        package.setRelationships(source, relationships);
        for (const PptxPackage::Relationship &r : relationships) {
            if (!r.external && !kept.contains(r.target)) {
                kept.insert(r.target);
                queue.append(r.target);
            }
        }
    }
    for (const QString &part : package.partNames()) {
        if (!kept.contains(part))
            package.removePart(part);
    }
    const PptxPackage::Relationship document = package.firstOfType({}, QStringLiteral("officeDocument"));
    package.setRelationships({}, {document});
}

QString PptxTemplate::stripPresentation(const QByteArray &xml, QByteArray *stripped) const
{
    // Byte surgery rather than a re-serialisation: prefixes named in mc:Ignorable and unknown
    // extensions must survive exactly. Only lists of the dropped slides go.
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement())
        return tr("its presentation part cannot be read");
    const QString prefix = reader.prefix().isEmpty() ? QString() : reader.prefix().toString() + QLatin1Char(':');
    QString text = QString::fromUtf8(xml);
    const QString p = QRegularExpression::escape(prefix);
    for (const QString &list : {QStringLiteral("sldIdLst"), QStringLiteral("custShowLst")}) {
        text.remove(QRegularExpression(QStringLiteral("<%1%2\\b[^>]*/>").arg(p, list)));
        text.remove(QRegularExpression(QStringLiteral("<%1%2\\b.*?</%1%2>").arg(p, list),
                                       QRegularExpression::DotMatchesEverythingOption));
    }
    // Sections (PowerPoint 2010's p14:sectionLst) list the dropped slides by id.
    text.remove(QRegularExpression(QStringLiteral("<%1ext\\b[^>]*521415D9-36F7-43E2-AB2F-B90AF26B5E84[^>]*>.*?</%1ext>").arg(p),
                                   QRegularExpression::DotMatchesEverythingOption));
    *stripped = text.toUtf8();
    return wellFormed(*stripped) ? QString() : tr("its presentation part cannot be rewritten without its slides");
}

} // namespace kai::ui
