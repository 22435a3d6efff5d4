// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportDialog.h"

#include "history/ChangesSince.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLineEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace kai::ui {

namespace {
const QSize Presets[] = {QSize(1920, 1080), QSize(1280, 720)};
constexpr int CustomPreset = 2;
constexpr int ByDay = -1;  // the Changes choice's data for "a date"; otherwise the briefing's index
} // namespace

ExportDialog::ExportDialog(Mode mode, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_form(new QFormLayout), m_format(new QComboBox(this)),
      m_sizePreset(new QComboBox(this)), m_width(new QSpinBox(this)), m_height(new QSpinBox(this)),
      m_scale(new QComboBox(this)), m_profile(new QComboBox(this)), m_languages(new QComboBox(this)),
      m_profileHint(new QLabel(this)), m_template(new QLineEdit(this)), m_browseTemplate(new QPushButton(this)),
      m_changes(new QCheckBox(this)), m_changesSince(new QComboBox(this)),
      m_changesDay(new QDateEdit(QDate::currentDate().addDays(-7), this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    for (QSpinBox *spin : {m_width, m_height})
        spin->setRange(ExportSettings::MinSide, ExportSettings::MaxPixels);
    m_width->setObjectName(QStringLiteral("exportWidth"));
    m_height->setObjectName(QStringLiteral("exportHeight"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_sizePreset->setObjectName(QStringLiteral("exportSize"));
    m_scale->setObjectName(QStringLiteral("exportScale"));
    m_profile->setObjectName(QStringLiteral("exportProfile"));
    m_languages->setObjectName(QStringLiteral("exportLanguages"));
    m_profileHint->setWordWrap(true);
    m_template->setObjectName(QStringLiteral("exportTemplate"));
    m_template->setClearButtonEnabled(true);

    auto *custom = new QHBoxLayout;
    custom->addWidget(m_width);
    custom->addWidget(new QLabel(QStringLiteral("×"), this));
    custom->addWidget(m_height);
    custom->addStretch(1);
    const auto addRow = [this](QWidget *buddy, QLayout *fieldLayout) {
        auto *label = new QLabel(this);
        label->setBuddy(buddy);
        m_labels.insert(buddy, label);
        if (fieldLayout)
            m_form->addRow(label, fieldLayout);
        else
            m_form->addRow(label, buddy);
    };
    addRow(m_format, nullptr);
    addRow(m_sizePreset, nullptr);
    addRow(m_width, custom);
    addRow(m_scale, nullptr);
    addRow(m_profile, nullptr);
    m_form->addRow(QString(), m_profileHint);
    addRow(m_languages, nullptr);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(m_browseTemplate);
    addRow(m_template, templateRow);
    m_form->setRowVisible(templateRow, mode == Mode::Deck);
    connect(m_browseTemplate, &QPushButton::clicked, this, &ExportDialog::chooseTemplate);
    m_changes->setObjectName(QStringLiteral("exportChanges"));
    m_changesSince->setObjectName(QStringLiteral("exportChangesSince"));
    m_changesSince->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_changesSince->setMinimumContentsLength(30);
    m_changesDay->setObjectName(QStringLiteral("exportChangesDay"));
    m_changesDay->setCalendarPopup(true);
    m_changesDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *changesRow = new QHBoxLayout;
    changesRow->addWidget(m_changesSince, 1);
    changesRow->addWidget(m_changesDay);
    m_form->addRow(QString(), m_changes);
    addRow(m_changesSince, changesRow);
    m_form->setRowVisible(m_changes, mode != Mode::View);
    m_form->setRowVisible(changesRow, mode != Mode::View);
    connect(m_changes, &QCheckBox::toggled, this, &ExportDialog::updateChangesChoice);
    connect(m_changesSince, &QComboBox::currentIndexChanged, this, &ExportDialog::updateChangesChoice);
    if (mode != Mode::View) {
        for (QWidget *field : {static_cast<QWidget *>(m_format), static_cast<QWidget *>(m_sizePreset),
                               static_cast<QWidget *>(m_scale)})
            m_form->setRowVisible(field, false);
        m_form->setRowVisible(custom, false);
    }
    // Pack and deck name a previous briefing by its time, file and checksum.
    setMinimumWidth(mode == Mode::View ? 520 : 680);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sizePreset, &QComboBox::currentIndexChanged, this, &ExportDialog::updateCustomSize);
    retranslate();
    setSettings(ExportSettings());
    updateChangesChoice();
}

void ExportDialog::fillCombo(QComboBox *combo, const QStringList &texts)
{
    const int current = qMax(0, combo->currentIndex());
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItems(texts);
    combo->setCurrentIndex(current);
}

void ExportDialog::retranslate()
{
    setWindowTitle(m_mode == Mode::Pack   ? tr("Export Briefing Pack")
                   : m_mode == Mode::Deck ? tr("Export Briefing Deck")
                                          : tr("Export View"));
    m_template->setPlaceholderText(tr("None: the built-in 16:9 master"));
    m_browseTemplate->setText(tr("&Browse…"));
    fillCombo(m_format, {tr("PNG image"), tr("SVG drawing (vector)"), tr("PDF document"), tr("XLSX workbook (the tables)")});
    fillCombo(m_sizePreset, {tr("1920 × 1080 (full HD slide)"), tr("1280 × 720 (HD slide)"), tr("Custom size")});
    fillCombo(m_scale, {tr("1× (standard)"), tr("2× (sharp on high-density screens)"), tr("3×")});
    fillCombo(m_profile, {ExportSettings::profileName(ExportProfile::Internal),
                          ExportSettings::profileName(ExportProfile::Press)});
    fillCombo(m_languages, {tr("Current language"), tr("Korean and English (bilingual twins)")});
    m_profileHint->setText(tr("Press hides confidential figures and internal notes and uses the light theme. "
                              "Every export is stamped with its date, sources and data checksum."));
    const QList<std::pair<QWidget *, QString>> labels = {
        {m_format, tr("&Format:")},   {m_sizePreset, tr("&Size:")},     {m_width, tr("Custom size:")},
        {m_scale, tr("S&cale:")},     {m_profile, tr("&Profile:")},     {m_languages, tr("&Languages:")},
        {m_template, tr("&Template:")}, {m_changesSince, tr("C&hanges since:")}};
    for (const auto &[field, text] : labels) {
        m_labels.value(field)->setText(text);
        field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    m_width->setAccessibleName(tr("Width in pixels"));
    m_height->setAccessibleName(tr("Height in pixels"));
    m_changes->setText(tr("&Include what changed since…"));
    m_changes->setToolTip(tr("Adds a page after the cover listing what changed since a previous briefing or a date."));
    m_changesDay->setAccessibleName(tr("Changes since this day"));
    fillBriefings();
}

void ExportDialog::setBriefings(const QVector<history::ExportRecord> &briefings, domain::Language language)
{
    m_briefings = briefings;
    m_language = language;
    fillBriefings();
    m_changesSince->setCurrentIndex(m_briefings.isEmpty() ? 0 : 1);
}

void ExportDialog::fillBriefings()
{
    const int current = m_changesSince->currentIndex();
    const QSignalBlocker blocker(m_changesSince);
    m_changesSince->clear();
    m_changesSince->addItem(tr("A date"), ByDay);
    for (int i = 0; i < m_briefings.size(); ++i)
        m_changesSince->addItem(history::ChangesSince::briefingChoice(m_briefings.at(i), m_language), i);
    m_changesSince->setCurrentIndex(qBound(0, current, m_changesSince->count() - 1));
}

void ExportDialog::updateChangesChoice()
{
    m_changesSince->setEnabled(m_changes->isChecked());
    m_changesDay->setEnabled(m_changes->isChecked() && m_changesSince->currentData().toInt() == ByDay);
}

std::optional<history::SincePoint> ExportDialog::changesSince() const
{
    if (m_mode == Mode::View || !m_changes->isChecked())
        return std::nullopt;
    const int briefing = m_changesSince->currentData().toInt();
    if (briefing >= 0 && briefing < m_briefings.size())
        return history::SincePoint::fromExport(m_briefings.at(briefing));
    return history::SincePoint::fromDay(m_changesDay->date());
}

void ExportDialog::updateCustomSize()
{
    const bool custom = m_sizePreset->currentIndex() == CustomPreset;
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    if (!custom) {
        m_width->setValue(Presets[m_sizePreset->currentIndex()].width());
        m_height->setValue(Presets[m_sizePreset->currentIndex()].height());
    }
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings settings;
    settings.format = m_mode == Mode::Pack ? ExportFormat::Pdf : ExportFormat(m_format->currentIndex());
    settings.size = QSize(m_width->value(), m_height->value());
    settings.scale = m_scale->currentIndex() + 1;
    settings.profile = ExportProfile(m_profile->currentIndex());
    return settings;
}

void ExportDialog::setSettings(const ExportSettings &settings)
{
    m_format->setCurrentIndex(int(settings.format));
    int preset = CustomPreset;
    for (int i = 0; i < CustomPreset; ++i) {
        if (Presets[i] == settings.size)
            preset = i;
    }
    m_sizePreset->setCurrentIndex(preset);
    m_width->setValue(settings.size.width());
    m_height->setValue(settings.size.height());
    updateCustomSize();
    m_scale->setCurrentIndex(settings.scale - 1);
    m_profile->setCurrentIndex(int(settings.profile));
}

bool ExportDialog::bilingualTwins() const
{
    return m_languages->currentIndex() == 1;
}

void ExportDialog::setBilingualTwins(bool twins)
{
    m_languages->setCurrentIndex(twins ? 1 : 0);
}

QString ExportDialog::templatePath() const
{
    return m_template->text().trimmed();
}

void ExportDialog::setTemplatePath(const QString &path)
{
    m_template->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::chooseTemplate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("PowerPoint Template"), templatePath(),
                                                      tr("PowerPoint presentations and templates (*.pptx *.potx)"));
    if (!path.isEmpty())
        setTemplatePath(path);
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace kai::ui
