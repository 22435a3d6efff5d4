// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/pptx/PptxPackage.h"
#include "export/pptx/PptxXml.h"

#include <QCoreApplication>
#include <QRect>
#include <QSize>
#include <optional>

namespace kai::ui {

// The slide master, layouts and theme a deck is written on: the ministry's .pptx or .potx with
// its own slides (and everything only they use) dropped, or the clean built-in 16:9 master.
// Both go through the same reading, so the deck writer never knows which it has.
class PptxTemplate
{
    Q_DECLARE_TR_FUNCTIONS(PptxTemplate)

public:
    // The built-in master (PptxBuiltInParts).
    static PptxTemplate builtIn();
    bool isBuiltIn() const { return m_builtIn; }
    // A template file; none with a translated reason naming the file when it is not a valid
    // presentation or template.
    static std::optional<PptxTemplate> load(const QString &path, QString *error);

    const PptxPackage &package() const { return m_package; }
    QString presentationPart() const { return m_presentation; }
    QString masterPart() const { return m_master; }
    QString titleLayout() const { return m_titleLayout; }      // the title slide's layout
    QString contentLayout() const { return m_contentLayout; }  // a title-only layout, or the nearest
    QString notesMaster() const { return m_notesMaster; }      // empty: the template has none
    QSize slideSize() const { return m_slideSize; }            // EMU
    // Where the content layout puts the title and the footer (EMU).
    pptx::Placeholder title() const { return m_titleBox; }
    pptx::Placeholder footer() const { return m_footerBox; }
    // The theme's font for Hangul (its East Asian minor font), set on table text.
    QString koreanFont() const { return m_koreanFont; }

private:
    // Reads the package's presentation, master, layouts and theme; empty or the reason.
    QString analyse(PptxPackage package);
    QString findParts();
    void chooseLayouts();
    void readGeometry();
    void readKoreanFont();
    void dropSlides(PptxPackage &package) const;
    QString stripPresentation(const QByteArray &xml, QByteArray *stripped) const;

    PptxPackage m_package;
    QString m_presentation;
    QString m_master;
    QString m_titleLayout;
    QString m_contentLayout;
    QString m_notesMaster;
    QSize m_slideSize;
    pptx::Placeholder m_titleBox;
    pptx::Placeholder m_footerBox;
    QString m_koreanFont;
    bool m_builtIn = false;
};

} // namespace kai::ui
