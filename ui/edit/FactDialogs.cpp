// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/FactDialogs.h"

#include "DashboardState.h"
#include "edit/ConsortiumEdits.h"
#include "edit/DatePrecisionBox.h"
#include "edit/EditContext.h"
#include "edit/GpuEdits.h"
#include "edit/TimelineEdits.h"
#include "items/DisplayFormat.h"
#include "items/DomainText.h"
#include "items/GpuCountText.h"
#include "store/DomainCodes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

namespace kai::ui {

using domain::Language;
using store::FactKind;

namespace {
// What a source says of a team's GPUs, as the allocation form offers it.
enum class AllocationCountKind { Exact, Approximate, None };

QDate dateField(const store::FactFields &fields, const char *name)
{
    return QDate::fromString(fields.value(QString::fromLatin1(name)).toString(), Qt::ISODate);
}

// Consortia by name in the display language, the given one selected.
QComboBox *consortiumBox(const domain::ProgramSnapshot &program, Language language, qint64 selected, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(EditDialog::tr("(choose)"), 0);
    for (const domain::Consortium &consortium : program.consortia)
        box->addItem(consortium.name.in(language), consortium.id);
    box->setCurrentIndex(std::max(0, box->findData(selected)));
    return box;
}

QComboBox *organisationBox(const domain::ProgramSnapshot &program, Language language, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(EditDialog::tr("(choose)"), 0);
    for (const domain::Organisation &organisation : program.organisations)
        box->addItem(organisation.name.in(language), organisation.id);
    return box;
}

QComboBox *namedCodeBox(const QVector<store::NamedCode> &choices, Language language, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (const store::NamedCode &choice : choices)
        box->addItem(language == Language::Korean ? choice.nameKo : choice.nameEn, choice.id);
    return box;
}

QString selectedText(const QComboBox *box)
{
    return box->currentIndex() > 0 ? box->currentText() : QString();
}
} // namespace

ConsortiumDialog::ConsortiumDialog(edit::EditSession &session, const DashboardState &state, QWidget *parent)
    : EditDialog(session, state, parent), m_code(new QLineEdit(this)), m_nameKo(new QLineEdit(this)),
      m_nameEn(new QLineEdit(this)), m_lead(organisationBox(context().program(), state.language(), this)),
      m_appliedOn(dateEdit()), m_announcedOn(dateEdit())
{
    setWindowTitle(tr("Add Consortium"));
    addField(QStringLiteral("code"), tr("&Code:"), m_code);
    addField(QStringLiteral("nameKo"), tr("Name (&Korean):"), m_nameKo);
    addField(QStringLiteral("nameEn"), tr("Name (&English):"), m_nameEn);
    addField(QStringLiteral("lead"), tr("&Lead organisation:"), m_lead);
    addField(QStringLiteral("appliedOn"), tr("A&pplied on:"), m_appliedOn);
    addField(QStringLiteral("announcedOn"), tr("A&nnounced on:"), m_announcedOn);
    addSourcePicker(true);
    finishLayout();
}

std::unique_ptr<edit::EditCommand> ConsortiumDialog::buildCommand()
{
    return std::make_unique<edit::AddConsortiumCommand>(edit::ConsortiumForm{
        m_code->text(), m_nameKo->text(), m_nameEn->text(), m_lead->currentData().toLongLong(), m_appliedOn->date(),
        m_announcedOn->date()});
}

OrganisationDialog::OrganisationDialog(edit::EditSession &session, const DashboardState &state, qint64 organisationId,
                                       QWidget *parent)
    : EditDialog(session, state, parent), m_id(organisationId), m_code(new QLineEdit(this)),
      m_nameKo(new QLineEdit(this)), m_nameEn(new QLineEdit(this)), m_kind(new QComboBox(this))
{
    setWindowTitle(organisationId ? tr("Edit Organisation") : tr("Add Organisation"));
    for (const auto kind : {domain::OrganisationKind::LargeEnterprise, domain::OrganisationKind::StartupSme,
                            domain::OrganisationKind::University, domain::OrganisationKind::ResearchInstitute,
                            domain::OrganisationKind::PublicBody})
        m_kind->addItem(DomainText::organisationKind(kind), int(kind));
    if (const domain::Organisation *organisation = context().program().organisation(organisationId)) {
        m_base = context().read(FactKind::Organisation, organisationId);
        m_code->setText(organisation->code);
        m_code->setReadOnly(true);
        m_nameKo->setText(organisation->name.ko);
        m_nameEn->setText(organisation->name.en);
        m_kind->setCurrentIndex(m_kind->findData(int(organisation->kind)));
    }
    addField(QStringLiteral("code"), tr("&Code:"), m_code);
    addField(QStringLiteral("nameKo"), tr("Name (&Korean):"), m_nameKo);
    addField(QStringLiteral("nameEn"), tr("Name (&English):"), m_nameEn);
    addField(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    addSourcePicker(organisationId == 0);
    finishLayout();
}

std::unique_ptr<edit::EditCommand> OrganisationDialog::buildCommand()
{
    return std::make_unique<edit::SaveOrganisationCommand>(edit::OrganisationForm{
        m_id, m_code->text(), m_nameKo->text(), m_nameEn->text(), domain::OrganisationKind(m_kind->currentData().toInt()),
        m_base});
}

MemberJoinsDialog::MemberJoinsDialog(edit::EditSession &session, const DashboardState &state, qint64 consortiumId,
                                     QWidget *parent)
    : EditDialog(session, state, parent),
      m_consortium(consortiumBox(context().program(), state.language(), consortiumId, this)),
      m_organisation(organisationBox(context().program(), state.language(), this)), m_role(new QComboBox(this)),
      m_joinedOn(dateEdit()), m_announcedOn(dateEdit())
{
    setWindowTitle(tr("Member Joins"));
    m_role->addItem(DomainText::role(domain::MembershipRole::Participant), int(domain::MembershipRole::Participant));
    m_role->addItem(DomainText::role(domain::MembershipRole::Lead), int(domain::MembershipRole::Lead));
    addField(QStringLiteral("consortium"), tr("&Consortium:"), m_consortium);
    addField(QStringLiteral("organisation"), tr("&Organisation:"), m_organisation);
    addField(QStringLiteral("role"), tr("&Role:"), m_role);
    addField(QStringLiteral("joinedOn"), tr("&Joins on:"), m_joinedOn);
    addField(QStringLiteral("announcedOn"), tr("A&nnounced on:"), m_announcedOn);
    addSourcePicker(true);
    finishLayout();
}

std::unique_ptr<edit::EditCommand> MemberJoinsDialog::buildCommand()
{
    return std::make_unique<edit::MemberJoinsCommand>(
        edit::JoinForm{m_consortium->currentData().toLongLong(), m_organisation->currentData().toLongLong(),
                       domain::MembershipRole(m_role->currentData().toInt()), m_joinedOn->date(), m_announcedOn->date()},
        selectedText(m_organisation), selectedText(m_consortium));
}

MemberLeavesDialog::MemberLeavesDialog(edit::EditSession &session, const DashboardState &state, qint64 consortiumId,
                                       QWidget *parent)
    : EditDialog(session, state, parent), m_membership(new QComboBox(this)), m_leftOn(dateEdit())
{
    setWindowTitle(tr("Member Leaves"));
    const domain::ProgramSnapshot &program = context().program();
    for (const domain::Membership &membership : program.memberships) {
        if (membership.leftOn.isValid() || (consortiumId && membership.consortiumId != consortiumId))
            continue;
        const domain::Organisation *organisation = program.organisation(membership.organisationId);
        const domain::Consortium *consortium = program.consortium(membership.consortiumId);
        if (organisation && consortium) {
            m_membership->addItem(tr("%1 in %2").arg(organisation->name.in(state.language()), consortium->name.in(state.language())),
                                  membership.id);
            m_membership->setItemData(m_membership->count() - 1, organisation->name.in(state.language()), Qt::UserRole + 1);
            m_bases.insert(membership.id, context().read(FactKind::Membership, membership.id));
        }
    }
    addField(QStringLiteral("membership"), tr("&Member:"), m_membership);
    addField(QStringLiteral("leftOn"), tr("&Leaves on:"), m_leftOn);
    addSourcePicker(false);
    finishLayout();
}

std::unique_ptr<edit::EditCommand> MemberLeavesDialog::buildCommand()
{
    const qint64 id = m_membership->currentData().toLongLong();
    return std::make_unique<edit::MemberLeavesCommand>(
        edit::LeaveForm{id, m_leftOn->date(), m_bases.value(id)},
        m_membership->currentData(Qt::UserRole + 1).toString());
}

ReleaseDialog::ReleaseDialog(edit::EditSession &session, const DashboardState &state, qint64 consortiumId, QWidget *parent)
    : EditDialog(session, state, parent),
      m_consortium(consortiumBox(context().program(), state.language(), consortiumId, this)), m_code(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_licence(new QLineEdit(this)), m_total(new QDoubleSpinBox(this)),
      m_active(new QDoubleSpinBox(this)), m_releasedOn(dateEdit()), m_announcedOn(dateEdit()),
      m_releasedPrecision(new DatePrecisionBox(m_releasedOn, this)),
      m_programmeOutput(new QCheckBox(tr("A source calls it an output of the programme"), this))
{
    setWindowTitle(tr("Record Model Release"));
    for (QDoubleSpinBox *box : {m_total, m_active}) {
        box->setRange(0, 100000);
        box->setDecimals(1);
        box->setSpecialValueText(tr("not published"));
        box->setLocale(DisplayFormat::localeFor(state.language()));
    }
    addField(QStringLiteral("consortium"), tr("&Consortium:"), m_consortium);
    addField(QStringLiteral("code"), tr("C&ode:"), m_code);
    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    addField(QStringLiteral("paramsTotal"), tr("&Parameters (billions):"), m_total);
    addField(QStringLiteral("paramsActive"), tr("&Active parameters (billions):"), m_active);
    addField(QStringLiteral("releasedOn"), tr("&Released on:"), m_releasedOn);
    addField(QStringLiteral("releasedPrecision"), tr("Release date &known to:"), m_releasedPrecision);
    m_programmeOutput->setChecked(true);
    addField(QStringLiteral("programmeOutput"), tr("Programme output:"), m_programmeOutput);
    addField(QStringLiteral("announcedOn"), tr("A&nnounced on:"), m_announcedOn);
    addField(QStringLiteral("licence"), tr("&Licence:"), m_licence);
    addSourcePicker(true);
    finishLayout();
}

std::unique_ptr<edit::EditCommand> ReleaseDialog::buildCommand()
{
    const auto optional = [](const QDoubleSpinBox *box) {
        return box->value() > 0 ? std::optional<double>(box->value()) : std::nullopt;
    };
    return std::make_unique<edit::AddReleaseCommand>(edit::ReleaseForm{
        m_consortium->currentData().toLongLong(), m_code->text(), m_name->text(), optional(m_total), optional(m_active),
        m_releasedOn->date(), m_announcedOn->date(), m_licence->text(), m_releasedPrecision->precision(),
        m_programmeOutput->isChecked()});
}

StageDialog::StageDialog(edit::EditSession &session, const DashboardState &state, QWidget *parent)
    : EditDialog(session, state, parent), m_code(new QLineEdit(this)), m_nameKo(new QLineEdit(this)),
      m_nameEn(new QLineEdit(this)), m_kind(new QComboBox(this)), m_start(dateEdit()), m_end(dateEdit()),
      m_announcedOn(dateEdit()), m_approximate(new QCheckBox(tr("Known only to the month or period"), this))
{
    setWindowTitle(tr("Add Stage"));
    for (int kind = int(domain::StageKind::Briefing); kind <= int(domain::StageKind::FinalSelection); ++kind)
        m_kind->addItem(DomainText::stageKind(domain::StageKind(kind)), kind);
    addField(QStringLiteral("code"), tr("&Code:"), m_code);
    addField(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    addField(QStringLiteral("nameKo"), tr("Name (&Korean):"), m_nameKo);
    addField(QStringLiteral("nameEn"), tr("Name (&English):"), m_nameEn);
    addField(QStringLiteral("plannedStart"), tr("Planned &start:"), m_start);
    addField(QStringLiteral("plannedEnd"), tr("Planned en&d:"), m_end);
    addField(QStringLiteral("approximate"), QString(), m_approximate);
    addField(QStringLiteral("planAnnouncedOn"), tr("Plan a&nnounced on:"), m_announcedOn);
    addSourcePicker(true);
    finishLayout();
}

std::unique_ptr<edit::EditCommand> StageDialog::buildCommand()
{
    return std::make_unique<edit::AddStageCommand>(edit::StageForm{
        m_code->text(), domain::StageKind(m_kind->currentData().toInt()), m_nameKo->text(), m_nameEn->text(),
        m_start->date(), m_end->date(), m_announcedOn->date(), m_approximate->isChecked()});
}

StageDatesDialog::StageDatesDialog(edit::EditSession &session, const DashboardState &state, qint64 stageId,
                                   bool markAnnounced, QWidget *parent)
    : EditDialog(session, state, parent), m_stage(new QComboBox(this)), m_plannedStart(dateEdit()),
      m_plannedEnd(dateEdit()), m_actualStart(dateEdit()), m_actualEnd(dateEdit()), m_actualAnnouncedOn(dateEdit()),
      m_actualStartPrecision(new DatePrecisionBox(m_actualStart, this)),
      m_hasActual(new QCheckBox(tr("The actual dates are announced"), this))
{
    setWindowTitle(markAnnounced ? tr("Mark Stage Announced") : tr("Change Stage Dates"));
    for (const domain::Stage &stage : context().program().stages)
        m_stage->addItem(stage.name.in(state.language()), stage.id);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(stageId)));
    addField(QStringLiteral("stage"), tr("&Stage:"), m_stage);
    addField(QStringLiteral("plannedStart"), tr("Planned &start:"), m_plannedStart);
    addField(QStringLiteral("plannedEnd"), tr("Planned en&d:"), m_plannedEnd);
    addField(QStringLiteral("hasActual"), QString(), m_hasActual);
    addField(QStringLiteral("actualStart"), tr("Actual s&tart:"), m_actualStart);
    addField(QStringLiteral("actualStartPrecision"), tr("Actual start &known to:"), m_actualStartPrecision);
    addField(QStringLiteral("actualEnd"), tr("Actual &end:"), m_actualEnd);
    addField(QStringLiteral("actualAnnouncedOn"), tr("A&nnounced on:"), m_actualAnnouncedOn);
    addSourcePicker(false);
    finishLayout();
    for (QWidget *edit : actualFields())
        connect(m_hasActual, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &StageDatesDialog::loadStage);
    loadStage();
    if (markAnnounced) {
        const edit::StageDatesForm announced = edit::ChangeStageDatesCommand::markAnnounced(
            m_base, m_stage->currentData().toLongLong(), state.asOf());
        m_hasActual->setChecked(true);
        m_actualStart->setDate(announced.actualStart);
        m_actualStartPrecision->setPrecision(announced.actualStartPrecision);
        m_actualEnd->setDate(announced.actualEnd);
        m_actualAnnouncedOn->setDate(announced.actualAnnouncedOn);
    }
}

QList<QWidget *> StageDatesDialog::actualFields() const
{
    return {m_actualStart, m_actualStartPrecision, m_actualEnd, m_actualAnnouncedOn};
}

void StageDatesDialog::loadStage()
{
    m_base = context().read(FactKind::Stage, m_stage->currentData().toLongLong());
    m_plannedStart->setDate(dateField(m_base, "planned_start"));
    m_plannedEnd->setDate(dateField(m_base, "planned_end"));
    const bool hasActual = dateField(m_base, "actual_start").isValid();
    m_hasActual->setChecked(hasActual);
    for (QWidget *edit : actualFields())
        edit->setEnabled(hasActual);
    m_actualStartPrecision->setPrecision(
        store::DomainCodes::datePrecision(m_base.value(QStringLiteral("actual_start_precision")).toString()));
    if (hasActual) {
        m_actualStart->setDate(dateField(m_base, "actual_start"));
        m_actualEnd->setDate(dateField(m_base, "actual_end"));
        m_actualAnnouncedOn->setDate(dateField(m_base, "actual_announced_on"));
    }
}

std::unique_ptr<edit::EditCommand> StageDatesDialog::buildCommand()
{
    const bool actual = m_hasActual->isChecked();
    edit::StageDatesForm form{m_stage->currentData().toLongLong(), m_plannedStart->date(), m_plannedEnd->date(),
                              actual ? m_actualStart->date() : QDate(), actual ? m_actualEnd->date() : QDate(),
                              actual ? m_actualAnnouncedOn->date() : QDate(), m_base,
                              m_actualStartPrecision->precision()};
    return std::make_unique<edit::ChangeStageDatesCommand>(form, m_stage->currentText());
}

AllocationDialog::AllocationDialog(edit::EditSession &session, const DashboardState &state, qint64 consortiumId,
                                   QWidget *parent)
    : EditDialog(session, state, parent),
      m_consortium(consortiumBox(context().program(), state.language(), consortiumId, this)),
      m_provider(namedCodeBox(context().facts().providers(), state.language(), this)),
      m_model(namedCodeBox(context().facts().gpuModels(), state.language(), this)), m_countKind(new QComboBox(this)),
      m_count(new QSpinBox(this)), m_start(dateEdit()), m_end(dateEdit()), m_announcedOn(dateEdit())
{
    setWindowTitle(tr("Add GPU Allocation"));
    m_count->setRange(0, 1000000);
    // As the source gives it: an exact count, "about N", or that the team got none.
    m_countKind->addItem(tr("Exact count"), int(AllocationCountKind::Exact));
    m_countKind->addItem(tr("About (approximate count)"), int(AllocationCountKind::Approximate));
    m_countKind->addItem(tr("None allocated (the source says so)"), int(AllocationCountKind::None));
    connect(m_countKind, &QComboBox::currentIndexChanged, this, &AllocationDialog::followCountKind);
    addField(QStringLiteral("countKind"), tr("&What the source says:"), m_countKind);
    addField(QStringLiteral("consortium"), tr("&Consortium:"), m_consortium);
    addField(QStringLiteral("provider"), tr("&Provider:"), m_provider);
    addField(QStringLiteral("gpuModel"), tr("&GPU model:"), m_model);
    addField(QStringLiteral("gpuCount"), tr("&Number of GPUs:"), m_count);
    addField(QStringLiteral("periodStart"), tr("&From:"), m_start);
    addField(QStringLiteral("periodEnd"), tr("&To (last day):"), m_end);
    addField(QStringLiteral("announcedOn"), tr("A&nnounced on:"), m_announcedOn);
    addSourcePicker(true);
    finishLayout();
}

void AllocationDialog::followCountKind()
{
    const bool none = m_countKind->currentData().toInt() == int(AllocationCountKind::None);
    m_provider->setEnabled(!none);
    m_model->setEnabled(!none);
    m_count->setEnabled(!none);
}

std::unique_ptr<edit::EditCommand> AllocationDialog::buildCommand()
{
    const int kind = m_countKind->currentData().toInt();
    return std::make_unique<edit::AddAllocationCommand>(
        edit::AllocationForm{m_consortium->currentData().toLongLong(), m_provider->currentData().toLongLong(),
                             m_model->currentData().toLongLong(), m_count->value(), m_start->date(), m_end->date(),
                             m_announcedOn->date(), kind == int(AllocationCountKind::Approximate),
                             kind == int(AllocationCountKind::None)},
        selectedText(m_consortium));
}

EndAllocationDialog::EndAllocationDialog(edit::EditSession &session, const DashboardState &state, qint64 consortiumId,
                                         QWidget *parent)
    : EditDialog(session, state, parent), m_allocation(new QComboBox(this)), m_lastDay(dateEdit())
{
    setWindowTitle(tr("End GPU Allocation"));
    const domain::ProgramSnapshot &program = context().program();
    const DisplayFormat format(state.language());
    for (const domain::GpuAllocation &allocation : program.allocations) {
        if (consortiumId && allocation.consortiumId != consortiumId)
            continue;
        const domain::Consortium *consortium = program.consortium(allocation.consortiumId);
        const QString consortiumName = consortium ? consortium->name.in(state.language()) : QString();
        m_allocation->addItem(tr("%1: %2 × %3, %4 – %5")
                                  .arg(consortiumName, GpuCountText::of(allocation, state.language()), allocation.gpuModelCode,
                                       format.date(allocation.periodStart), format.date(allocation.periodEnd)),
                              allocation.id);
        m_allocation->setItemData(m_allocation->count() - 1, consortiumName, Qt::UserRole + 1);
        m_bases.insert(allocation.id, context().read(FactKind::GpuAllocation, allocation.id));
    }
    addField(QStringLiteral("allocation"), tr("&Allocation:"), m_allocation);
    addField(QStringLiteral("lastDay"), tr("&Last day:"), m_lastDay);
    addSourcePicker(false);
    finishLayout();
}

std::unique_ptr<edit::EditCommand> EndAllocationDialog::buildCommand()
{
    const qint64 id = m_allocation->currentData().toLongLong();
    return std::make_unique<edit::EndAllocationCommand>(
        edit::EndAllocationForm{id, m_lastDay->date(), m_bases.value(id)},
        m_allocation->currentData(Qt::UserRole + 1).toString());
}

SourceDialog::SourceDialog(edit::EditSession &session, const DashboardState &state, QWidget *parent)
    : EditDialog(session, state, parent), m_titleKo(new QLineEdit(this)), m_titleEn(new QLineEdit(this)),
      m_publisher(new QLineEdit(this)), m_url(new QLineEdit(this)), m_publishedOn(dateEdit()),
      m_publishedPrecision(new DatePrecisionBox(m_publishedOn, this)), m_confidence(new QComboBox(this))
{
    setWindowTitle(tr("Add Source"));
    m_confidence->addItem(tr("C · confirmed"), QStringLiteral("C"));
    m_confidence->addItem(tr("S · single source"), QStringLiteral("S"));
    m_confidence->addItem(tr("U · uncertain"), QStringLiteral("U"));
    addField(QStringLiteral("source.title"), tr("Title (&Korean):"), m_titleKo);
    addField(QStringLiteral("titleEn"), tr("Title (&English):"), m_titleEn);
    addField(QStringLiteral("publisher"), tr("&Publisher:"), m_publisher);
    addField(QStringLiteral("url"), tr("&Address (URL):"), m_url);
    addField(QStringLiteral("publishedOn"), tr("Published &on:"), m_publishedOn);
    addField(QStringLiteral("publishedPrecision"), tr("Publication date known &to:"), m_publishedPrecision);
    addField(QStringLiteral("source.confidence"), tr("&Confidence:"), m_confidence);
    finishLayout();
}

std::unique_ptr<edit::EditCommand> SourceDialog::buildCommand()
{
    return std::make_unique<edit::AddSourceCommand>(edit::SourceForm{m_titleKo->text(), m_titleEn->text(),
                                                                     m_publisher->text(), m_url->text(),
                                                                     m_publishedOn->date(), m_confidence->currentData().toString(),
                                                                     m_publishedPrecision->precision()});
}

} // namespace kai::ui
