// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

#include <QLocale>
#include <memory>
#include <vector>

class QTranslator;

namespace kai::ui {

// Makes tr() and the default locale answer in one language while an export is being drawn, and
// puts everything back afterwards. Its translators are installed last, so they win over the
// window's own: an English export from a Korean window is English, and vice versa.
class ExportLanguageScope
{
public:
    explicit ExportLanguageScope(domain::Language language);
    ~ExportLanguageScope();
    ExportLanguageScope(const ExportLanguageScope &) = delete;
    ExportLanguageScope &operator=(const ExportLanguageScope &) = delete;

private:
    void install(std::unique_ptr<QTranslator> translator);

    QLocale m_previousLocale;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace kai::ui
