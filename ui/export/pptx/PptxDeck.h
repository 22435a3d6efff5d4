// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/pptx/PptxSlide.h"
#include "export/pptx/PptxTemplate.h"

#include <QDateTime>
#include <QVector>

class QIODevice;

namespace kai::ui {

// A .pptx: the template's master, layouts and theme with the deck's slides, their pictures and
// notes, the presentation's slide list and the document properties.
class PptxDeck
{
public:
    struct Properties
    {
        QString title;
        QString language;  // "ko-KR", "en-US"
        QDateTime created;  // also every ZIP entry's time, so the same deck gives the same bytes
    };

    PptxDeck(const PptxTemplate &base, const Properties &properties);

    // Colours of table rules and bands, and of the illustrative mark.
    void setColours(const QColor &ink, const QColor &rule, const QColor &band, const QColor &illustrative);
    void addSlide(const PptxSlide &slide);
    bool write(QIODevice &device) const;

private:
    QString notesMaster(PptxPackage &package) const;
    QByteArray presentationXml(const QByteArray &presentation, const QStringList &slideIds, const QString &notesMasterId) const;
    QByteArray coreProperties() const;
    QByteArray appProperties() const;

    const PptxTemplate &m_template;
    Properties m_properties;
    QVector<PptxSlide> m_slides;
    QColor m_ink = Qt::black;
    QColor m_rule = Qt::lightGray;
    QColor m_band = QColor(0xF2, 0xF2, 0xF2);
    QColor m_illustrative = QColor(0x8A, 0x4B, 0x00);
};

} // namespace kai::ui
