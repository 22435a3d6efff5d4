// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pptx/PptxPackage.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QBuffer>
#include <QDir>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <algorithm>

namespace kai::ui {

namespace {
const QString ContentTypesPart = QStringLiteral("[Content_Types].xml");
const QString RelationshipsNamespace = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString ContentTypesNamespace = QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
const QString RelationshipTypeBase = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
// A template larger than this is not a slide template; reading it would only fill memory.
constexpr qint64 MaxPartBytes = 256LL * 1024 * 1024;
} // namespace

QString PptxPackage::typeUri(const QString &typeName)
{
    return RelationshipTypeBase + typeName;
}

QString PptxPackage::typeName(const QString &typeUri)
{
    return typeUri.section(QLatin1Char('/'), -1);
}

QString PptxPackage::relsPartOf(const QString &source)
{
    if (source.isEmpty())
        return QStringLiteral("_rels/.rels");
    const qsizetype slash = source.lastIndexOf(QLatin1Char('/'));
    return source.left(slash + 1) + QStringLiteral("_rels/") + source.mid(slash + 1) + QStringLiteral(".rels");
}

QString PptxPackage::sourceOfRels(const QString &relsPart)
{
    // folder/_rels/name.rels → folder/name
    const qsizetype marker = relsPart.lastIndexOf(QLatin1String("_rels/"));
    const QString folder = relsPart.left(marker);
    QString name = relsPart.mid(marker + 6);
    name.chop(5);
    return name.isEmpty() ? QString() : folder + name;
}

QString PptxPackage::resolve(const QString &source, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target).mid(1);
    const QString folder = source.left(source.lastIndexOf(QLatin1Char('/')) + 1);
    QString path = QDir::cleanPath(QLatin1Char('/') + folder + target);
    return path.mid(1);
}

QString PptxPackage::relativeTarget(const QString &source, const QString &part)
{
    QStringList from = source.split(QLatin1Char('/'));
    from.removeLast();  // the source's own name
    QStringList to = part.split(QLatin1Char('/'));
    while (!from.isEmpty() && to.size() > 1 && from.first() == to.first()) {
        from.removeFirst();
        to.removeFirst();
    }
    QStringList steps(from.size(), QStringLiteral(".."));
    return (steps + to).join(QLatin1Char('/'));
}

void PptxPackage::addPart(const QString &name, const QByteArray &bytes, const QString &contentType)
{
    m_parts.insert(name, bytes);
    if (!contentType.isEmpty())
        m_overrides.insert(name, contentType);
}

void PptxPackage::removePart(const QString &name)
{
    m_parts.remove(name);
    m_overrides.remove(name);
    m_relationships.remove(name);
}

QString PptxPackage::contentType(const QString &part) const
{
    if (m_overrides.contains(part))
        return m_overrides.value(part);
    return m_defaults.value(part.section(QLatin1Char('.'), -1).toLower());
}

void PptxPackage::setRelationships(const QString &source, const QVector<Relationship> &relationships)
{
    if (relationships.isEmpty())
        m_relationships.remove(source);
    else
        m_relationships.insert(source, relationships);
}

QString PptxPackage::relate(const QString &source, const QString &type, const QString &target, bool external)
{
    QVector<Relationship> &list = m_relationships[source];
    int number = 1;
    const auto taken = [&list](const QString &id) {
        return std::any_of(list.cbegin(), list.cend(), [&id](const Relationship &r) { return r.id == id; });
    };
    while (taken(QStringLiteral("rId%1").arg(number)))
        ++number;
    const QString id = QStringLiteral("rId%1").arg(number);
    list.append({id, type, target, external});
    return id;
}

PptxPackage::Relationship PptxPackage::firstOfType(const QString &source, const QString &name) const
{
    for (const Relationship &relationship : m_relationships.value(source)) {
        if (typeName(relationship.type) == name)
            return relationship;
    }
    return {};
}

QString PptxPackage::targetOf(const QString &source, const QString &id) const
{
    for (const Relationship &relationship : m_relationships.value(source)) {
        if (relationship.id == id)
            return relationship.target;
    }
    return {};
}

QString PptxPackage::freeName(const QString &folder, const QString &stem, const QString &extension) const
{
    for (int number = 1;; ++number) {
        const QString name = QStringLiteral("%1/%2%3.%4").arg(folder, stem).arg(number).arg(extension);
        if (!m_parts.contains(name))
            return name;
    }
}

QByteArray PptxPackage::contentTypesXml() const
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument(QStringLiteral("1.0"), true);
    writer.writeDefaultNamespace(ContentTypesNamespace);
    writer.writeStartElement(ContentTypesNamespace, QStringLiteral("Types"));
    QMap<QString, QString> defaults = m_defaults;
    defaults.insert(QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
        writer.writeEmptyElement(ContentTypesNamespace, QStringLiteral("Default"));
        writer.writeAttribute(QStringLiteral("Extension"), it.key());
        writer.writeAttribute(QStringLiteral("ContentType"), it.value());
    }
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it) {
        if (!m_parts.contains(it.key()))
            continue;
        writer.writeEmptyElement(ContentTypesNamespace, QStringLiteral("Override"));
        writer.writeAttribute(QStringLiteral("PartName"), QLatin1Char('/') + it.key());
        writer.writeAttribute(QStringLiteral("ContentType"), it.value());
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

QByteArray PptxPackage::relationshipsXml(const QString &source) const
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument(QStringLiteral("1.0"), true);
    writer.writeDefaultNamespace(RelationshipsNamespace);
    writer.writeStartElement(RelationshipsNamespace, QStringLiteral("Relationships"));
    for (const Relationship &relationship : m_relationships.value(source)) {
        writer.writeEmptyElement(RelationshipsNamespace, QStringLiteral("Relationship"));
        writer.writeAttribute(QStringLiteral("Id"), relationship.id);
        writer.writeAttribute(QStringLiteral("Type"), relationship.type);
        if (relationship.external) {
            writer.writeAttribute(QStringLiteral("Target"), relationship.target);
            writer.writeAttribute(QStringLiteral("TargetMode"), QStringLiteral("External"));
        } else {
            writer.writeAttribute(QStringLiteral("Target"), relativeTarget(source.isEmpty() ? QStringLiteral("x") : source,
                                                                         relationship.target));
        }
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

bool PptxPackage::write(QIODevice &device, const QDateTime &stamp) const
{
    // Zipped into memory first: minizip seeks back over what it wrote, which the caller's device
    // need not allow.
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const auto add = [&zip, &stamp](const QString &name, const QByteArray &bytes) {
        QuaZipNewInfo info(name);
        info.dateTime = stamp;
        info.externalAttr = 0644U << 16;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, 6))
            return false;
        const bool written = file.write(bytes) == bytes.size();
        file.close();
        return written && file.getZipError() == ZIP_OK;
    };
    // [Content_Types].xml first and the package relationships next, as Office writes them.
    bool ok = add(ContentTypesPart, contentTypesXml()) && add(relsPartOf({}), relationshipsXml({}));
    for (auto it = m_parts.cbegin(); ok && it != m_parts.cend(); ++it) {
        ok = add(it.key(), it.value());
        if (ok && m_relationships.contains(it.key()))
            ok = add(relsPartOf(it.key()), relationshipsXml(it.key()));
    }
    zip.close();
    return ok && zip.getZipError() == ZIP_OK && device.write(buffer.data()) == buffer.size();
}

QString PptxPackage::readContentTypes(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd() && !reader.hasError()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        if (reader.name() == QLatin1String("Default"))
            m_defaults.insert(attributes.value(QLatin1String("Extension")).toString().toLower(),
                              attributes.value(QLatin1String("ContentType")).toString());
        else if (reader.name() == QLatin1String("Override"))
            m_overrides.insert(attributes.value(QLatin1String("PartName")).toString().mid(1),
                               attributes.value(QLatin1String("ContentType")).toString());
    }
    if (reader.hasError())
        return tr("its content types cannot be read (%1)").arg(reader.errorString());
    return {};
}

QString PptxPackage::readRelationships(const QString &relsPart, const QByteArray &xml)
{
    const QString source = sourceOfRels(relsPart);
    QVector<Relationship> list;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd() && !reader.hasError()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        Relationship relationship;
        relationship.id = attributes.value(QLatin1String("Id")).toString();
        relationship.type = attributes.value(QLatin1String("Type")).toString();
        relationship.external = attributes.value(QLatin1String("TargetMode")) == QLatin1String("External");
        const QString target = attributes.value(QLatin1String("Target")).toString();
        relationship.target = relationship.external ? target : resolve(source, target);
        list.append(relationship);
    }
    if (reader.hasError())
        return tr("%1 cannot be read (%2)").arg(relsPart, reader.errorString());
    setRelationships(source, list);
    return {};
}

QString PptxPackage::read(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return tr("it is not a ZIP package");
    QMap<QString, QByteArray> rels;
    QByteArray contentTypes;
    bool hasContentTypes = false;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        if (name.endsWith(QLatin1Char('/')))
            continue;  // a folder entry
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly) || file.usize() > MaxPartBytes)
            return tr("its part %1 cannot be read").arg(name);
        const QByteArray bytes = file.readAll();
        file.close();
        if (file.getZipError() != UNZ_OK)
            return tr("its part %1 is damaged").arg(name);
        if (name == ContentTypesPart) {
            contentTypes = bytes;
            hasContentTypes = true;
        } else if (name.endsWith(QLatin1String(".rels")) && name.contains(QLatin1String("_rels/"))) {
            rels.insert(name, bytes);
        } else {
            m_parts.insert(name, bytes);
        }
    }
    if (zip.getZipError() != UNZ_OK)
        return tr("its ZIP directory is damaged");
    if (!hasContentTypes)
        return tr("it has no [Content_Types].xml, so it is not an Office Open XML package");
    if (const QString error = readContentTypes(contentTypes); !error.isEmpty())
        return error;
    for (auto it = rels.cbegin(); it != rels.cend(); ++it) {
        if (const QString error = readRelationships(it.key(), it.value()); !error.isEmpty())
            return error;
    }
    return {};
}

} // namespace kai::ui
