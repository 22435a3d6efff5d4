// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportSettings.h"
#include "domain/DomainTypes.h"
#include "history/ChangesReport.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace kai::ui {

// Asks how to export: format, size (1920×1080, 1280×720 or custom), scale, profile and whether
// to write bilingual twins. For the briefing pack only the profile and languages apply; the
// briefing deck adds its PowerPoint template (none: the built-in master). Pack and deck may add a
// page of what changed since a previous briefing from the export register, or since a date.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { View, Pack, Deck };

    explicit ExportDialog(Mode mode, QWidget *parent = nullptr);

    ExportSettings settings() const;
    void setSettings(const ExportSettings &settings);
    bool bilingualTwins() const;
    void setBilingualTwins(bool twins);
    QString templatePath() const;
    void setTemplatePath(const QString &path);
    // Pack and deck: the briefings the Changes page may start from (the register, newest first),
    // named in the display language. The latest is chosen when there is one.
    void setBriefings(const QVector<history::ExportRecord> &briefings, domain::Language language);
    // Where the Changes page starts when "Include what changed since…" is on; none otherwise.
    std::optional<history::SincePoint> changesSince() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCustomSize();
    void fillCombo(QComboBox *combo, const QStringList &texts);
    void chooseTemplate();
    void fillBriefings();
    void updateChangesChoice();

    Mode m_mode;
    QFormLayout *m_form;
    QComboBox *m_format;
    QComboBox *m_sizePreset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QComboBox *m_profile;
    QComboBox *m_languages;
    QLabel *m_profileHint;
    QLineEdit *m_template;
    QPushButton *m_browseTemplate;
    QCheckBox *m_changes;
    QComboBox *m_changesSince;
    QDateEdit *m_changesDay;
    QVector<history::ExportRecord> m_briefings;
    domain::Language m_language = domain::Language::English;
    QDialogButtonBox *m_buttons;
    QHash<QWidget *, QLabel *> m_labels;  // each field's label, retranslated with it
};

} // namespace kai::ui
