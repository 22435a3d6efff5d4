// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QVector>

class QIODevice;

namespace kai::ui {

// The parts of one Office Open XML package (ECMA-376 part 2, Open Packaging Conventions): part
// names with their bytes and content types, and the relationships between them, read from and
// written to a ZIP with QuaZip. Knows nothing of slides; part names carry no leading slash.
class PptxPackage
{
    Q_DECLARE_TR_FUNCTIONS(PptxPackage)

public:
    struct Relationship
    {
        QString id;
        QString type;    // the full relationship type URI
        QString target;  // a part name (resolved), or an address when external
        bool external = false;
    };

    // Reads every part of a ZIP package; returns an empty string or a translated reason.
    QString read(const QString &path);
    // Writes [Content_Types].xml, every .rels part and every part, in a fixed order and with a
    // fixed time stamp, so the same content gives the same bytes.
    bool write(QIODevice &device, const QDateTime &stamp) const;

    bool contains(const QString &part) const { return m_parts.contains(part); }
    QByteArray part(const QString &name) const { return m_parts.value(name); }
    QStringList partNames() const { return m_parts.keys(); }
    // A part with its content type; empty: the default of its extension.
    void addPart(const QString &name, const QByteArray &bytes, const QString &contentType = {});
    void removePart(const QString &name);
    QString contentType(const QString &part) const;
    void setDefault(const QString &extension, const QString &contentType) { m_defaults.insert(extension.toLower(), contentType); }

    // Relationships of a part ("" for the package itself).
    QVector<Relationship> relationships(const QString &source) const { return m_relationships.value(source); }
    void setRelationships(const QString &source, const QVector<Relationship> &relationships);
    // Adds a relationship and returns its new id (rId1, rId2, ...).
    QString relate(const QString &source, const QString &type, const QString &target, bool external = false);
    // The first relationship of a type (by the URI's last segment, e.g. "slideLayout"), or none.
    Relationship firstOfType(const QString &source, const QString &typeName) const;
    QString targetOf(const QString &source, const QString &id) const;

    // A free part name: folder/stemN.extension with the lowest N not taken.
    QString freeName(const QString &folder, const QString &stem, const QString &extension) const;

    static QString typeUri(const QString &typeName);  // "slide" → the officeDocument relationship URI
    static QString typeName(const QString &typeUri);

private:
    QByteArray contentTypesXml() const;
    QByteArray relationshipsXml(const QString &source) const;
    QString readContentTypes(const QByteArray &xml);
    static QString relsPartOf(const QString &source);
    static QString sourceOfRels(const QString &relsPart);
    static QString resolve(const QString &source, const QString &target);
    static QString relativeTarget(const QString &source, const QString &part);
    QString readRelationships(const QString &relsPart, const QByteArray &xml);

    QMap<QString, QByteArray> m_parts;
    QMap<QString, QString> m_overrides;  // part → content type
    QMap<QString, QString> m_defaults;   // extension → content type
    QMap<QString, QVector<Relationship>> m_relationships;
};

} // namespace kai::ui
