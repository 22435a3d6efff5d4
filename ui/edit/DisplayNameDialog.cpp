// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/DisplayNameDialog.h"

#include "shell/AppSettings.h"
#include "store/ChangeLog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kai::ui {

DisplayNameDialog::DisplayNameDialog(QWidget *parent) : QDialog(parent), m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("displayNameDialog"));
    setWindowTitle(tr("Your Name in the Change Log"));
    const store::ChangeAuthor author = store::ChangeAuthor::current();
    auto *explanation = new QLabel(tr("Every edit you make is recorded in the change log with your computer "
                                      "account (%1) and the name below, so that whoever reads the log knows "
                                      "who made it. Leave it empty to be recorded by the account alone.")
                                       .arg(author.osAccount),
                                   this);
    explanation->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("displayName"));
    m_name->setMaxLength(MaximumLength);
    m_name->setText(author.displayName);
    m_name->setPlaceholderText(tr("e.g. Kim Min-ji, AI Policy Division"));
    m_name->setClearButtonEnabled(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void DisplayNameDialog::accept()
{
    const QString name = m_name->text().simplified();
    AppSettings::setValue(AppSettings::Key::DisplayName, name);
    // From the next edit on; rows already written keep the name they were written with.
    store::ChangeAuthor::setDisplayName(name);
    QDialog::accept();
}

} // namespace kai::ui
