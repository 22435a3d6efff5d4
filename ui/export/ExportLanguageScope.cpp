// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportLanguageScope.h"

#include "items/DisplayFormat.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace kai::ui {

namespace {
// Answers every lookup with the English source text, hiding any Korean translator installed
// before it (QCoreApplication asks the most recently installed translator first).
class SourceTextTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return sourceText ? QString::fromUtf8(sourceText) : QString();
    }
    bool isEmpty() const override { return false; }
};
} // namespace

ExportLanguageScope::ExportLanguageScope(domain::Language language) : m_previousLocale(QLocale())
{
    if (language == domain::Language::Korean) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_ko"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            install(std::move(qt));
        auto app = std::make_unique<QTranslator>();
        if (app->load(QStringLiteral(":/i18n/kai_dashboard_ko.qm")))
            install(std::move(app));
    } else {
        install(std::make_unique<SourceTextTranslator>());
        // Asked before the source-text answer: the singular forms of the %n strings ("1 team").
        auto plurals = std::make_unique<QTranslator>();
        if (plurals->load(QStringLiteral(":/i18n/kai_dashboard_en.qm")))
            install(std::move(plurals));
    }
    QLocale::setDefault(DisplayFormat::localeFor(language));
}

ExportLanguageScope::~ExportLanguageScope()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    QLocale::setDefault(m_previousLocale);
}

void ExportLanguageScope::install(std::unique_ptr<QTranslator> translator)
{
    QCoreApplication::installTranslator(translator.get());
    m_translators.push_back(std::move(translator));
}

} // namespace kai::ui
