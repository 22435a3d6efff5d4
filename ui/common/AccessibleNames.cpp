// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/AccessibleNames.h"

#include <QRegularExpression>
#include <QTabWidget>

namespace kai::ui::AccessibleNames {

QString withoutMnemonic(const QString &text)
{
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    // Korean menus put it in brackets after the word: "파일(&F)".
    static const QRegularExpression bracketed(QStringLiteral("\\(&[^&]\\)"));
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)"));
    return QString(text).remove(bracketed).remove(mnemonic).replace(QStringLiteral("&&"), QStringLiteral("&"));
}

void nameTabPages(QTabWidget *tabs)
{
    for (int tab = 0; tab < tabs->count(); ++tab)
        tabs->widget(tab)->setAccessibleName(withoutMnemonic(tabs->tabText(tab)));
}

} // namespace kai::ui::AccessibleNames
