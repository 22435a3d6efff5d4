// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/LanguageManager.h"

#include "DashboardState.h"
#include "items/DisplayFormat.h"
#include "shell/AppSettings.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <spdlog/spdlog.h>

namespace kai::ui {

using domain::Language;

LanguageManager::LanguageManager(DashboardState &state, QObject *parent) : QObject(parent), m_state(state)
{
    m_language = state.language();
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

std::optional<Language> LanguageManager::parse(const QString &code)
{
    if (code.compare(QLatin1String("ko"), Qt::CaseInsensitive) == 0)
        return Language::Korean;
    if (code.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0)
        return Language::English;
    return std::nullopt;
}

QString LanguageManager::code(Language language)
{
    return language == Language::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

Language LanguageManager::initialLanguage()
{
    if (const auto saved = parse(AppSettings::value(AppSettings::Key::Language).toString()))
        return *saved;
    return QLocale::system().language() == QLocale::Korean ? Language::Korean : Language::English;
}

void LanguageManager::removeTranslators()
{
    if (!m_installed)
        return;
    for (QTranslator *translator : {m_installed->app.get(), m_installed->qt.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    m_installed = nullptr;
}

LanguageManager::Catalogues &LanguageManager::cataloguesFor(Language language)
{
    const auto known = m_catalogues.find(language);
    if (known != m_catalogues.end())
        return known->second;
    Catalogues &catalogues = m_catalogues[language];
    // English source strings are plural; the English catalogue holds only the singular forms.
    const bool korean = language == Language::Korean;
    auto app = std::make_unique<QTranslator>();
    if (app->load(korean ? QStringLiteral(":/i18n/kai_dashboard_ko.qm") : QStringLiteral(":/i18n/kai_dashboard_en.qm")))
        catalogues.app = std::move(app);
    else if (korean)
        spdlog::error("Korean translation missing from the application resources");
    else
        spdlog::error("English plural forms missing from the application resources");
    if (korean) {
        // Qt's own strings (standard buttons, dialogs); optional, as the system may lack them.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_ko"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            catalogues.qt = std::move(qt);
        else
            spdlog::info("qtbase_ko.qm not found; standard dialogs stay in English");
    }
    return catalogues;
}

void LanguageManager::setLanguage(Language language, bool persist)
{
    removeTranslators();
    Catalogues &catalogues = cataloguesFor(language);
    for (QTranslator *translator : {catalogues.app.get(), catalogues.qt.get()}) {
        if (translator)
            QCoreApplication::installTranslator(translator);
    }
    m_installed = &catalogues;
    // The item models (which follow DashboardState) switch first, with the new catalogue already
    // installed; then the LanguageChange that Qt posted to every widget is delivered at once, so
    // that a view retranslating itself finds its models in the new language and lays its charts
    // out once, not once with the old figures and again with the new. Nothing paints in between.
    QLocale::setDefault(DisplayFormat::localeFor(language));
    m_language = language;
    if (persist)
        AppSettings::setValue(AppSettings::Key::Language, code(language));
    m_state.setLanguage(language);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    emit languageChanged(language);
}

} // namespace kai::ui
