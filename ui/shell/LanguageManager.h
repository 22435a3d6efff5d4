// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

#include <QObject>
#include <QTranslator>
#include <map>
#include <memory>

namespace kai {
class DashboardState;
}

namespace kai::ui {

// The one owner of the application's translators. Switching installs the new ones (Qt then sends
// QEvent::LanguageChange to every widget) and tells the DashboardState, whose models re-emit
// their texts.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(DashboardState &state, QObject *parent = nullptr);
    ~LanguageManager() override;

    domain::Language language() const { return m_language; }
    // The persisted choice, or the system's language on first start.
    static domain::Language initialLanguage();
    static std::optional<domain::Language> parse(const QString &code);
    static QString code(domain::Language language);

    // Installs the translators; persist = remember the choice for the next start.
    void setLanguage(domain::Language language, bool persist);

signals:
    void languageChanged(domain::Language language);

private:
    // A language's catalogues, loaded on its first use and kept: reading them again on every
    // switch parsed the application's catalogue and read Qt's from disk each time.
    struct Catalogues
    {
        std::unique_ptr<QTranslator> app;
        std::unique_ptr<QTranslator> qt;  // Qt's own strings; none for English
    };
    Catalogues &cataloguesFor(domain::Language language);
    void removeTranslators();

    DashboardState &m_state;
    domain::Language m_language = domain::Language::English;
    std::map<domain::Language, Catalogues> m_catalogues;
    Catalogues *m_installed = nullptr;
};

} // namespace kai::ui
