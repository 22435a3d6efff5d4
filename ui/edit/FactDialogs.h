// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/EditDialog.h"
#include "store/FactStore.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace kai::ui {
class DatePrecisionBox;
}

namespace kai::ui {

// The single-fact edit forms: one class per kind of edit, each a few fields over EditDialog.

class ConsortiumDialog : public EditDialog
{
    Q_OBJECT
public:
    ConsortiumDialog(edit::EditSession &session, const DashboardState &state, QWidget *parent = nullptr);
protected:
    std::unique_ptr<edit::EditCommand> buildCommand() override;
private:
    QLineEdit *m_code, *m_nameKo, *m_nameEn;
    QComboBox *m_lead;
    QDateEdit *m_appliedOn, *m_announcedOn;
};

class OrganisationDialog : public EditDialog
{
    Q_OBJECT
public:
    // organisationId 0: a new organisation.
    OrganisationDialog(edit::EditSession &session, const DashboardState &state, qint64 organisationId, QWidget *parent = nullptr);
protected:
    std::unique_ptr<edit::EditCommand> buildCommand() override;
private:
    qint64 m_id;
    store::FactFields m_base;
    QLineEdit *m_code, *m_nameKo, *m_nameEn;
    QComboBox *m_kind;
};

class MemberJoinsDialog : public EditDialog
{
    Q_OBJECT
public:
    MemberJoinsDialog(edit::EditSession &session, const DashboardState &state, qint64 consortiumId, QWidget *parent = nullptr);
protected:
    std::unique_ptr<edit::EditCommand> buildCommand() override;
private:
    QComboBox *m_consortium, *m_organisation, *m_role;
    QDateEdit *m_joinedOn, *m_announcedOn;
};

class MemberLeavesDialog : public EditDialog
{
    Q_OBJECT
public:
    MemberLeavesDialog(edit::EditSession &session, const DashboardState &state, qint64 consortiumId, QWidget *parent = nullptr);
protected:
    std::unique_ptr<edit::EditCommand> buildCommand() override;
private:
    QComboBox *m_membership;
    QDateEdit *m_leftOn;
    QHash<qint64, store::FactFields> m_bases;  // as the form opened, for the "changed meanwhile" check
};

class ReleaseDialog : public EditDialog
{
    Q_OBJECT
public:
    ReleaseDialog(edit::EditSession &session, const DashboardState &state, qint64 consortiumId, QWidget *parent = nullptr);
protected:
    std::unique_ptr<edit::EditCommand> buildCommand() override;
private:
    QComboBox *m_consortium;
    QLineEdit *m_code, *m_name, *m_licence;
    QDoubleSpinBox *m_total, *m_active;
    QDateEdit *m_releasedOn, *m_announcedOn;
    DatePrecisionBox *m_releasedPrecision;
    QCheckBox *m_programmeOutput;
};

class StageDialog : public EditDialog
{
    Q_OBJECT
public:
    StageDialog(edit::EditSession &session, const DashboardState &state, QWidget *parent = nullptr);
protected:
    std::unique_ptr<edit::EditCommand> buildCommand() override;
private:
    QLineEdit *m_code, *m_nameKo, *m_nameEn;
    QComboBox *m_kind;
    QDateEdit *m_start, *m_end, *m_announcedOn;
    QCheckBox *m_approximate;
};

class StageDatesDialog : public EditDialog
{
    Q_OBJECT
public:
    // markAnnounced: opens with the planned dates as the actual ones, announced on the as-of date.
    StageDatesDialog(edit::EditSession &session, const DashboardState &state, qint64 stageId, bool markAnnounced,
                     QWidget *parent = nullptr);
protected:
    std::unique_ptr<edit::EditCommand> buildCommand() override;
private:
    void loadStage();
    QList<QWidget *> actualFields() const;  // enabled only while the actual dates are announced

    QComboBox *m_stage;
    store::FactFields m_base;
    QDateEdit *m_plannedStart, *m_plannedEnd, *m_actualStart, *m_actualEnd, *m_actualAnnouncedOn;
    DatePrecisionBox *m_actualStartPrecision;
    QCheckBox *m_hasActual;
};

class AllocationDialog : public EditDialog
{
    Q_OBJECT
public:
    AllocationDialog(edit::EditSession &session, const DashboardState &state, qint64 consortiumId, QWidget *parent = nullptr);
protected:
    std::unique_ptr<edit::EditCommand> buildCommand() override;
private:
    void followCountKind();

    QComboBox *m_consortium, *m_provider, *m_model, *m_countKind;
    QSpinBox *m_count;
    QDateEdit *m_start, *m_end, *m_announcedOn;
};

class EndAllocationDialog : public EditDialog
{
    Q_OBJECT
public:
    EndAllocationDialog(edit::EditSession &session, const DashboardState &state, qint64 consortiumId, QWidget *parent = nullptr);
protected:
    std::unique_ptr<edit::EditCommand> buildCommand() override;
private:
    QComboBox *m_allocation;
    QDateEdit *m_lastDay;
    QHash<qint64, store::FactFields> m_bases;
};

class SourceDialog : public EditDialog
{
    Q_OBJECT
public:
    SourceDialog(edit::EditSession &session, const DashboardState &state, QWidget *parent = nullptr);
protected:
    std::unique_ptr<edit::EditCommand> buildCommand() override;
private:
    QLineEdit *m_titleKo, *m_titleEn, *m_publisher, *m_url;
    QDateEdit *m_publishedOn;
    DatePrecisionBox *m_publishedPrecision;
    QComboBox *m_confidence;
};

} // namespace kai::ui
